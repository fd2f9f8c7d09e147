#!/usr/bin/env bash
# app/bench/run.sh — the built report against go-app's hello world (./build.sh
# bench builds, then runs this): snapshot the site, build testdata/hello alike,
# serve both, run Lighthouse and app/bench; the Markdown goes to stdout and
# bench/latest.md, the raw results (JSON) to bench/. Exits non-zero only when something could not be measured.
# Env: CHROME_PATH, LH_RUNS (default 3), BENCH_N (default 50), BENCH_KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD OUT=$PWD/bench START=$(date +%s) STATUS=0 PIDS=()
case " ${GOFLAGS:-} " in *" -mod=mod "*) ;; *) export GOFLAGS="${GOFLAGS:-} -mod=mod" ;; esac
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
LH_VERSION=12.2.3 LH="$ROOT/.cache/lighthouse/node_modules/.bin/lighthouse"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/idm-bench.XXXXXX")
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "bench: kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
log() { echo "== bench: $*" >&2; }
fail() { log "NOT MEASURED: $*"; STATUS=1; }
command -v brotli >/dev/null || { echo "bench: brotli missing (./build.sh installs it)" >&2; exit 1; }
[ -x "$CHROME_PATH" ] || { echo "bench: no Chromium at $CHROME_PATH" >&2; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT"

log "snapshot of the built site" # others may be rebuilding: check each .br, retry
FILES=$(go run ./app files -root .) # the site generator's one list of deployable files
for try in 1 2 3 4 5 6; do
  rm -rf "$WORK/report" && mkdir -p "$WORK/report" && ok=1
  for f in $FILES; do
    mkdir -p "$WORK/report/$(dirname "$f")" && cp -p "$f" "$WORK/report/$f" || ok=0
    for twin in "$f.br" "$f.gz"; do [ ! -f "$twin" ] || cp -p "$twin" "$WORK/report/$twin" || ok=0; done
  done
  for f in index.html app.js web/app.wasm web/style.css; do
    [ "$ok" = 1 ] && brotli -dc "$WORK/report/$f.br" 2>/dev/null | cmp -s - "$WORK/report/$f" || ok=0
  done
  [ "$ok" = 1 ] && break
  [ "$try" = 6 ] && { echo "bench: no consistent built site: run ./build.sh first" >&2; exit 1; } || sleep 10
done

log "tools and the go-app v9.8.0 hello world"
BIN="$WORK/bin" HELLO="$WORK/hello"
go build -o "$BIN/" ./app ./app/bench
cp -r app/bench/testdata/hello "$WORK/hello-src"
(
  cd "$WORK/hello-src" && go mod init hello >/dev/null 2>&1
  go get github.com/maxence-charriere/go-app/v9@v9.8.0 >/dev/null 2>&1 || go get github.com/maxence-charriere/go-app/v9@v9.8.0
  go run . "$HELLO"
  GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o "$HELLO/web/app.wasm" .
)
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" "$HELLO/wasm_exec.js"
for f in "$HELLO"/*.html "$HELLO"/*.js "$HELLO"/*.css "$HELLO"/*.webmanifest "$HELLO/web/app.wasm"; do
  brotli -f -q 11 -o "$f.br" "$f" && gzip -9 -n -k -f "$f" # build.sh's commands
done

serve() { # app/server for the site folder $1 under /$2/; sets URL
  "$BIN/app" serve -root "$1" -addr 127.0.0.1:0 -prefix "/$2/" >"$WORK/serve-$2.log" 2>&1 & PIDS+=($!)
  for _ in $(seq 100); do
    URL=$(grep -o 'http://[^ ]*' "$WORK/serve-$2.log" || true) && [ -n "$URL" ] && return 0 || sleep 0.1
  done
  echo "bench: the server for $1 did not start" >&2 && exit 1
}
serve "$WORK/report" idm2017 && REPORT_URL=$URL
serve "$HELLO" hello && HELLO_URL=$URL && log "report at $REPORT_URL, hello world at $HELLO_URL"

[ "$("$LH" --version 2>/dev/null)" = "$LH_VERSION" ] || npm install --prefix "$ROOT/.cache/lighthouse" \
  --no-audit --no-fund --loglevel=error "lighthouse@$LH_VERSION" >&2
for i in $(seq "${LH_RUNS:-3}"); do
  for site in report hello; do
    url=$REPORT_URL && [ "$site" = hello ] && url=$HELLO_URL
    log "lighthouse $site ($i/${LH_RUNS:-3})"
    "$LH" "$url" --quiet --output=json --output-path="$OUT/lighthouse-$site-$i.json" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
      >"$WORK/lh.log" 2>&1 || { fail "lighthouse $site run $i"; tail -5 "$WORK/lh.log" >&2; }
  done
done

log "cold loads on the throttled phone profile"
"$BIN/bench" load -report "$REPORT_URL" -hello "$HELLO_URL" -out "$OUT/load.json" || fail "throttled loads"
log "interaction latency (${BENCH_N:-50} repetitions)"
"$BIN/bench" latency -url "$REPORT_URL" -n "${BENCH_N:-50}" -out "$OUT/latency.json" || fail "latency"
log "decode benchmark, native then js/wasm in Node"
for goos in "" js; do
  PATH="$(go env GOROOT)/lib/wasm:$PATH" GOOS=$goos GOARCH=${goos:+wasm} timeout 300 \
    go test -run '^$' -bench BenchmarkDecode -benchtime 200x ./app/model/ | grep '^Benchmark' >>"$OUT/decode.txt" || fail "decode ($goos)"
done
"$BIN/bench" table -report "$WORK/report" -hello "$HELLO" -results "$OUT" \
  -elapsed "$(($(date +%s) - START)) s" | tee "$OUT/latest.md" || fail "table"
exit "$STATUS"
