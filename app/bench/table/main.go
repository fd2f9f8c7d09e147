// Command table prints the Markdown result of ./build.sh bench: sizes of the
// report and of the go-app hello world, Lighthouse scores, interaction
// latency, decode time and the targets. app/bench/run.sh gathers the inputs.
package main

import (
	"idmreport/app/bench/internal/latres"

	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"
)

var (
	reportDir  = flag.String("report", "", "snapshot of the built report site")
	helloDir   = flag.String("hello", "", "the generated hello world site")
	lhReport   = flag.String("lh-report", "", "Lighthouse JSON of the report (comma-separated for several runs)")
	lhHello    = flag.String("lh-hello", "", "Lighthouse JSON of the hello world (comma-separated)")
	latency    = flag.String("latency", "", "JSON written by app/bench/latency")
	decode     = flag.String("decode", "", "output of go test -bench BenchmarkDecode (native)")
	decodeWasm = flag.String("decode-wasm", "", "the same under GOOS=js GOARCH=wasm (node)")
	decodeProg = flag.String("decode-prog", "", "output of app/bench/decode, native and js/wasm")
	profile    = flag.String("profile", "", "Markdown written by app/bench/profile")
	wasmSize   = flag.String("wasmsize", "", "Markdown written by app/bench/wasmsize")
	deps       = flag.String("deps", "", "file: packages in the report's js/wasm build but not in the hello world's")
	chrome     = flag.String("chrome", "/usr/bin/chromium", "Chromium binary (for its version)")
	elapsed    = flag.String("elapsed", "", "bench duration so far, for the header")
)

func main() {
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	t := &tables{w: w}
	t.header()
	t.wasm()
	t.firstLoad()
	t.lighthouse()
	t.latency()
	t.targets()
	t.findings()
	t.notes()
}

type tables struct {
	w io.Writer

	wasmBr   [2]int64
	loadBr   [2]int64
	lh       [2]*lhr
	lat      *latres.Result
	decodeMS string
}

// ---------- header

func (t *tables) header() {
	fmt.Fprintf(t.w, "## go-app report vs go-app v9.8.0 hello world — `./build.sh bench`\n\n")
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		if m := regexp.MustCompile(`MemTotal:\s+(\d+) kB`).FindSubmatch(b); m != nil {
			kb, _ := strconv.Atoi(string(m[1]))
			mem = fmt.Sprintf(" · %.0f GiB RAM", float64(kb)/1024/1024)
		}
	}
	cv := "?"
	if out, err := exec.Command(*chrome, "--version").Output(); err == nil {
		cv = strings.TrimSpace(string(out))
	}
	fmt.Fprintf(t.w, "%s · %s %s/%s · %d CPUs%s · %s",
		time.Now().UTC().Format("2006-01-02 15:04 UTC"), runtime.Version(), runtime.GOOS, runtime.GOARCH,
		runtime.NumCPU(), mem, cv)
	if *elapsed != "" {
		fmt.Fprintf(t.w, " · bench took %s", *elapsed)
	}
	fmt.Fprintf(t.w, "\n\n")
}

// ---------- 1. wasm

func (t *tables) wasm() {
	fmt.Fprintf(t.w, "### 1. web/app.wasm (built with `GOOS=js GOARCH=wasm go build -trimpath -ldflags=\"-s -w\"`)\n\n")
	fmt.Fprintf(t.w, "| bytes | report | hello world | report ÷ hello |\n|---|---:|---:|---:|\n")
	for _, v := range []struct{ name, suffix string }{{"raw", ""}, {"gzip -9", ".gz"}, {"brotli -q 11", ".br"}} {
		a := size(filepath.Join(*reportDir, "web/app.wasm"+v.suffix))
		b := size(filepath.Join(*helloDir, "web/app.wasm"+v.suffix))
		if v.suffix == ".br" {
			t.wasmBr = [2]int64{a, b}
		}
		fmt.Fprintf(t.w, "| %s | %s | %s | %s |\n", v.name, num(a), num(b), ratio(a, b))
	}
	fmt.Fprintln(t.w)
}

// ---------- 2. first-load files
