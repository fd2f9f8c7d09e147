#!/usr/bin/env bash
# build.sh — build, serve, test and benchmark the IDM 2017 report.
#   ./build.sh          ingest → wasm → site (index.html, app.js, … at the repository root)
#   ./build.sh serve    build, then serve the site on http://127.0.0.1:8080/
#   ./build.sh test     build, then run every test (unit, fuzz seeds, headless Chromium)
#   ./build.sh bench    build, then measure size and speed against a go-app hello world
# PUBLIC_URL=https://example.org/idm2017/ makes the shared and cited addresses absolute (not for test).
set -euo pipefail
cd "$(dirname "$0")"
export GOFLAGS="${GOFLAGS:-} -mod=mod"

build() {
  echo "== ingest"
  go run ./app/cmd/ingest -data data -out data/report.msgpack -open web/data
  echo "== wasm"
  GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o web/app.wasm ./app
  echo "== site"
  cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" wasm_exec.js
  go run ./app gen -root . -base "${PUBLIC_URL:-}"
  compress
}

# compress writes .br and .gz beside every compressible deployable file of
# the site in $1 (default .): the list is the site generator's (app files).
# BROTLI_QUALITY (default 11, the smallest) is lowered only by the tests,
# which check what is served, not its size: quality 11 takes ~20 s here.
compress() {
  need brotli brotli
  local f root="${1:-.}"
  # Drop the twins of files that are gone.
  for f in $(find "$root" "$root/web" -maxdepth 3 \( -name '*.br' -o -name '*.gz' \) -not -path '*/.git/*' -not -path '*/.cache/*'); do
    [ -e "${f%.*}" ] || rm -f "$f"
  done
  for f in $(go run ./app files -root "$root"); do
    case "$f" in
      *.html|*.js|*.css|*.wasm|*.json|*.csv|*.svg|*.webmanifest)
        brotli -f -q "${BROTLI_QUALITY:-11}" -o "$root/$f.br" "$root/$f"
        gzip -9 -n -k -f "$root/$f" ;;
    esac
  done
}

# need installs a Debian package when its command is missing.
need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "== installing $2"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  local apt="$sudo env DEBIAN_FRONTEND=noninteractive apt-get"
  $apt install -y "$2" >/dev/null 2>&1 || { $apt update >/dev/null && $apt install -y "$2" >/dev/null; }
}

# npm_tools installs pinned npm packages into .cache/npm (git-ignored), all in
# one npm command: a later --no-save install would prune the earlier ones.
npm_tools() {
  local pkg dir=".cache/npm" missing=""
  for pkg in "$@"; do
    grep -qs "\"version\": \"${pkg##*@}\"" "$dir/node_modules/${pkg%@*}/package.json" || missing=1
  done
  if [ -n "$missing" ]; then
    echo "== installing npm $*"
    need npm npm
    npm install --prefix "$dir" --no-save --no-audit --no-fund "$@" >/dev/null
  fi
}

case "${1:-build}" in
  build) build ;;
  serve)
    build
    go run ./app serve -root . -addr "${ADDR:-127.0.0.1:8080}" -prefix "${PREFIX:-/}"
    ;;
  test)
    # Chromium and the npm tools install while the site builds (one apt at
    # a time: brotli, which the build needs, first).
    need brotli brotli
    { need chromium chromium && npm_tools axe-core@4.14.1 html-validate@9.7.1; } &
    tools=$!
    # The tests serve the site on 127.0.0.1: its addresses must be relative.
    PUBLIC_URL="" BROTLI_QUALITY=5 build
    wait "$tools"
    export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
    export AXE_PATH="$PWD/.cache/npm/node_modules/axe-core/axe.min.js"
    echo "== html-validate"
    .cache/npm/node_modules/.bin/html-validate index.html fr/index.html es/index.html
    echo "== go vet"
    go vet ./...
    GOOS=js GOARCH=wasm go vet ./app/ ./app/ui/ ./app/state/ ./app/model/ ./app/words/ ./app/mapmarks/
    echo "== tests (unit, fuzz seed corpus, headless Chromium)"
    go test -count=1 ./...
    ;;
  bench)
    build
    need chromium chromium
    need npm npm # Lighthouse (installed by app/bench/run.sh) and the js/wasm decode benchmark in Node
    export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
    ./app/bench/run.sh
    ;;
  *) echo "usage: $0 [build|serve|test|bench]" >&2; exit 2 ;;
esac
