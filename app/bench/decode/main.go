// Command decode times what the client does with the embedded data before
// its first render (app/main.go setup): model.Decode of data.Report, then
// state.NewIndex. It prints benchmark-style lines, natively or under
// js/wasm in Node (GOOS=js GOARCH=wasm go run ./app/bench/decode, with
// $(go env GOROOT)/lib/wasm on PATH), for ./build.sh bench.
//
// It stands in for a BenchmarkDecode in app/model until there is one.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/data"
)

func main() {
	n := flag.Int("n", 200, "iterations")
	flag.Parse()
	r, err := model.Decode(data.Report) // warm-up, and the input of NewIndex
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	where := runtime.GOOS + "/" + runtime.GOARCH
	report(fmt.Sprintf("model.Decode[%s,%dB]", where, len(data.Report)), *n, func() {
		if _, err := model.Decode(data.Report); err != nil {
			panic(err)
		}
	})
	report(fmt.Sprintf("state.NewIndex[%s]", where), *n, func() { state.NewIndex(r) })
}

// report runs f n times and prints "name n ns/op B/op allocs/op".
func report(name string, n int, f func()) {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	start := time.Now()
	for range n {
		f()
	}
	d := time.Since(start)
	runtime.ReadMemStats(&m1)
	fmt.Printf("%s\t%d\t%.0f ns/op\t%d B/op\t%d allocs/op\n", name, n,
		float64(d.Nanoseconds())/float64(n), (m1.TotalAlloc-m0.TotalAlloc)/uint64(n), (m1.Mallocs-m0.Mallocs)/uint64(n))
}
