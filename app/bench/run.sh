#!/usr/bin/env bash
# app/bench/run.sh — size and speed of the built report against go-app's
# hello world. ./build.sh bench builds the site, then runs this script.
#
# It snapshots the built site, generates and builds a go-app v9.8.0 hello
# world outside the repository (same Go, same flags, same compression), then
# measures both: app.wasm and first-load bytes, Lighthouse (mobile), the
# interaction latency of the report in Chromium (app/bench/latency) and the
# decode time of the embedded data. The Markdown result goes to stdout and to
# bench/latest.md; the Lighthouse JSON reports to bench/.
#
# Environment: CHROME_PATH (default /usr/bin/chromium), LH_RUNS (Lighthouse
# runs per site, the median is kept; default 3), BENCH_N (latency
# repetitions, default 20), BENCH_KEEP=1 keeps the work directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
case " ${GOFLAGS:-} " in *" -mod=mod "*) ;; *) export GOFLAGS="${GOFLAGS:-} -mod=mod" ;; esac
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
LH_VERSION=12.2.3
LH_DIR="$ROOT/.cache/lighthouse"
LH_RUNS="${LH_RUNS:-3}"
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
OUT="$ROOT/bench"
START=$(date +%s)
mkdir -p "$OUT"
rm -f "$OUT"/lighthouse-*.json "$OUT/latest.md"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/idm-bench.XXXXXX")
BIN="$WORK/bin"
PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "bench: kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

log() { echo "== bench: $*" >&2; }

# Files the server deploys at the site root; compress() in build.sh writes
# .br/.gz beside them and beside web/ assets.
TOP_FILES="index.html app.js app.css wasm_exec.js app-worker.js manifest.webmanifest"

# compress writes .br and .gz beside every compressible file of a site, with
# the commands of build.sh.
compress() {
  local f
  (
    cd "$1"
    for f in $TOP_FILES $(find web -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.json' \
      -o -name '*.csv' -o -name '*.svg' \)); do
      [ -f "$f" ] || continue
      brotli -f -q 11 -o "$f.br" "$f"
      gzip -9 -n -k -f "$f"
    done
  )
}

# snapshot copies the built site (deployable files and their .br/.gz) to $2
# and checks that it is complete and consistent; others may rebuild the
# working tree meanwhile, so it retries.
snapshot() {
  local src=$1 dst=$2 try f ok
  for try in 1 2 3 4 5 6; do
    rm -rf "$dst" && mkdir -p "$dst"
    ok=1
    for f in $TOP_FILES; do
      cp -p "$src/$f" "$src/$f.br" "$src/$f.gz" "$dst/" 2>/dev/null || ok=0
    done
    cp -pr "$src/web" "$dst/web" 2>/dev/null || ok=0
    if [ "$ok" = 1 ]; then
      for f in index.html app.js wasm_exec.js web/app.wasm web/style.css; do
        [ -f "$dst/$f" ] && brotli -dc "$dst/$f.br" 2>/dev/null | cmp -s - "$dst/$f" &&
          gzip -dc "$dst/$f.gz" 2>/dev/null | cmp -s - "$dst/$f" || { ok=0; break; }
      done
    fi
    [ "$ok" = 1 ] && return 0
    log "site incomplete or being rebuilt (try $try); retrying in 10 s"
    sleep 10
  done
  echo "bench: no consistent built site in $src: run ./build.sh first" >&2
  exit 1
}

# serve starts app/server on a free port in the background (in this shell,
# so that cleanup can stop it) and sets URL to the site's address.
serve() {
  local root=$1 prefix=$2 logf="$WORK/serve-$(basename "$1").log" i
  "$BIN/app" serve -root "$root" -addr 127.0.0.1:0 -prefix "$prefix" >"$logf" 2>&1 &
  PIDS+=($!)
  URL=""
  for i in $(seq 100); do
    URL=$(grep -o 'http://[^ ]*' "$logf" 2>/dev/null || true)
    [ -n "$URL" ] && return 0
    sleep 0.1
  done
  echo "bench: server for $root did not start:" >&2
  cat "$logf" >&2
  exit 1
}

command -v brotli >/dev/null || { echo "bench: brotli missing (./build.sh installs it)" >&2; exit 1; }
[ -x "$CHROME_PATH" ] || { echo "bench: no Chromium at $CHROME_PATH (apt-get install -y chromium)" >&2; exit 1; }

log "snapshot of the built site"
snapshot "$ROOT" "$WORK/report"

log "tools"
mkdir -p "$BIN"
go build -o "$BIN/" ./app ./app/bench/latency ./app/bench/table ./app/bench/wasmsize ./app/bench/profile

log "go-app v9.8.0 hello world"
HELLO_SRC="$WORK/hello-src"
HELLO="$WORK/hello"
mkdir -p "$HELLO_SRC"
cat >"$HELLO_SRC/main.go" <<'EOF'
// Command hello is go-app's canonical hello world, the baseline of
// ./build.sh bench in the IDM 2017 report.
package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// hello is a component that displays a simple "Hello World!".
type hello struct {
	app.Compo
}

// Render returns what to display.
func (h *hello) Render() app.UI {
	return app.H1().Text("Hello World!")
}

func main() {
	app.Route("/", &hello{})
	app.RunWhenOnBrowser()
	generate()
}
EOF
cat >"$HELLO_SRC/native.go" <<'EOF'
//go:build !wasm

package main

import (
	"log"
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// generate writes the static website into the directory os.Args[1]. The
// handler is go-app's default one; GitHubPages("hello") only prefixes its
// URLs so that it runs under /hello/.
func generate() {
	err := app.GenerateStaticWebsite(os.Args[1], &app.Handler{
		Name:        "Hello",
		Description: "An Hello World! example",
		Resources:   app.GitHubPages("hello"),
	})
	if err != nil {
		log.Fatal(err)
	}
}
EOF
cat >"$HELLO_SRC/client.go" <<'EOF'
//go:build wasm

package main

func generate() {}
EOF
(
  cd "$HELLO_SRC"
  go mod init hello >/dev/null 2>&1
  go get github.com/maxence-charriere/go-app/v9@v9.8.0 >/dev/null 2>&1 ||
    go get github.com/maxence-charriere/go-app/v9@v9.8.0
  go run . "$HELLO"
  GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o "$HELLO/web/app.wasm" .
  # Symbol-keeping build for the size breakdown (same flags minus -s -w).
  GOOS=js GOARCH=wasm go build -trimpath -o "$WORK/hello-syms.wasm" .
  GOOS=js GOARCH=wasm go list -deps . >"$WORK/hello-deps.txt"
)
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" "$HELLO/wasm_exec.js"
compress "$HELLO"

log "wasm size breakdown"
GOOS=js GOARCH=wasm go build -trimpath -o "$WORK/report-syms.wasm" ./app
GOOS=js GOARCH=wasm go list -deps ./app >"$WORK/report-deps.txt"
"$BIN/wasmsize" -top 20 -funcs 10 -pkgs "$WORK/report-deps.txt,$WORK/hello-deps.txt" "$WORK/report-syms.wasm" "$WORK/hello-syms.wasm" >"$WORK/wasmsize.md" || true
grep -vxF -f "$WORK/hello-deps.txt" "$WORK/report-deps.txt" | grep -v '^idmreport/' | grep -v '\.' >"$WORK/deps-extra.txt" || true
grep -vxF -f "$WORK/hello-deps.txt" "$WORK/report-deps.txt" | grep -v '^idmreport/' | grep '\.' >>"$WORK/deps-extra.txt" || true

# A copy of the site with the symbol-keeping wasm (served raw), for the CPU
# profile of the load.
mkdir -p "$WORK/report-syms"
cp -p "$WORK/report/"*.* "$WORK/report-syms/"
cp -pr "$WORK/report/web" "$WORK/report-syms/web"
rm -f "$WORK/report-syms/web/app.wasm" "$WORK/report-syms/web/app.wasm.br" "$WORK/report-syms/web/app.wasm.gz"
cp "$WORK/report-syms.wasm" "$WORK/report-syms/web/app.wasm"

log "servers"
serve "$WORK/report" /idm2017/
REPORT_URL=$URL
serve "$HELLO" /hello/
HELLO_URL=$URL
serve "$WORK/report-syms" /idm2017/
SYMS_URL=$URL
log "report at $REPORT_URL, hello world at $HELLO_URL"

log "Lighthouse $LH_VERSION"
LH="$LH_DIR/node_modules/.bin/lighthouse"
if ! [ -x "$LH" ] || [ "$("$LH" --version 2>/dev/null)" != "$LH_VERSION" ]; then
  log "installing lighthouse@$LH_VERSION into $LH_DIR"
  mkdir -p "$LH_DIR"
  npm install --prefix "$LH_DIR" --no-audit --no-fund --loglevel=error "lighthouse@$LH_VERSION" >&2
fi
LH_REPORT=""
LH_HELLO=""
for i in $(seq "$LH_RUNS"); do
  for site in report hello; do
    if [ "$site" = report ]; then url=$REPORT_URL; else url=$HELLO_URL; fi
    json="$OUT/lighthouse-$site.json"
    [ "$LH_RUNS" -gt 1 ] && json="$OUT/lighthouse-$site-$i.json"
    log "lighthouse $site ($i/$LH_RUNS)"
    "$LH" "$url" --quiet --output=json --output-path="$json" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="$CHROME_FLAGS" >"$WORK/lh-$site-$i.log" 2>&1 ||
      { log "lighthouse $site failed:"; tail -20 "$WORK/lh-$site-$i.log" >&2; }
    if [ "$site" = report ]; then LH_REPORT="$LH_REPORT,$json"; else LH_HELLO="$LH_HELLO,$json"; fi
  done
done

log "interaction latency (Chromium)"
"$BIN/latency" -url "$REPORT_URL" -n "${BENCH_N:-20}" -out "$WORK/latency.json" ||
  log "latency measurement failed (partial result kept)"

log "CPU profile of the load (unstripped wasm)"
"$BIN/profile" -url "$SYMS_URL" -pkgs "$WORK/report-deps.txt" >"$WORK/profile.md" ||
  log "profile failed"

log "decode benchmark"
: >"$WORK/decode.txt"
: >"$WORK/decode-wasm.txt"
if ! go test -list '^BenchmarkDecode' ./app/model/ >"$WORK/decode-list.txt" 2>&1; then
  log "app/model tests do not build:"
  tail -5 "$WORK/decode-list.txt" >&2
  echo "# note: app/model tests did not build at bench time: $(grep -m1 -v '^#' "$WORK/decode-list.txt")" >"$WORK/decode.txt"
elif grep -q '^BenchmarkDecode' "$WORK/decode-list.txt"; then
  go test -run '^$' -bench BenchmarkDecode -benchtime 200x ./app/model/ | tee "$WORK/decode.txt" >&2 || true
  # The same under js/wasm in Node, with the toolchain's runner.
  PATH="$(go env GOROOT)/lib/wasm:$PATH" GOOS=js GOARCH=wasm \
    timeout 120 go test -run '^$' -bench BenchmarkDecode -benchtime 200x ./app/model/ >"$WORK/decode-wasm.txt" 2>&1 ||
    log "js/wasm decode benchmark did not run (see $WORK/decode-wasm.txt)"
else
  log "no BenchmarkDecode in app/model: decode time n/a"
  echo "# note: there is no BenchmarkDecode in app/model" >"$WORK/decode.txt"
fi
# What setup() does with the data before the first render (decode + index),
# natively and in Node.
go run ./app/bench/decode -n 200 >"$WORK/decode-prog.txt" 2>&1 || true
PATH="$(go env GOROOT)/lib/wasm:$PATH" GOOS=js GOARCH=wasm timeout 120 \
  go run ./app/bench/decode -n 200 >>"$WORK/decode-prog.txt" 2>&1 || log "js/wasm decode program did not run"

ELAPSED="$(($(date +%s) - START)) s"
"$BIN/table" -report "$WORK/report" -hello "$HELLO" \
  -lh-report "${LH_REPORT#,}" -lh-hello "${LH_HELLO#,}" \
  -latency "$WORK/latency.json" -decode "$WORK/decode.txt" -decode-wasm "$WORK/decode-wasm.txt" \
  -decode-prog "$WORK/decode-prog.txt" -profile "$WORK/profile.md" \
  -wasmsize "$WORK/wasmsize.md" -deps "$WORK/deps-extra.txt" \
  -chrome "$CHROME_PATH" -elapsed "$ELAPSED" | tee "$OUT/latest.md"
