// Command bench measures the built IDM 2017 report against go-app's hello
// world for ./build.sh bench (app/bench/run.sh builds, serves and runs it):
//
//	bench latency -url URL -n 50 -out latency.json       # toggle and keystroke latency
//	bench load -report URL -hello URL -out load.json     # cold loads on a throttled phone
//	bench table -report DIR -hello DIR -results DIR     # the Markdown result
//
// A missed target is a result: a subcommand fails only when it cannot measure.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"slices"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	launch "idmreport/app/chrome"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	cmds := map[string]func([]string) error{"latency": latencyCmd, "load": loadCmd, "table": tableCmd}
	if len(os.Args) < 2 || cmds[os.Args[1]] == nil {
		log.Fatal("usage: bench latency|load|table [flags]")
	}
	if err := cmds[os.Args[1]](os.Args[2:]); err != nil {
		log.Fatal(err)
	}
}

// chromePath is $CHROME_PATH, else /usr/bin/chromium.
func chromePath() string { return cmp.Or(os.Getenv("CHROME_PATH"), "/usr/bin/chromium") }

// startBrowser starts headless Chromium with the launch options of app/e2e
// and a fresh profile, and returns the context of its first tab.
func startBrowser(width, height int) (context.Context, func(), error) {
	dir, err := os.MkdirTemp("", "idm-bench-chrome-")
	if err != nil {
		return nil, nil, err
	}
	opts := launch.Options(chromePath(), dir, width, height, io.Discard)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	stop := func() { cancelCtx(); cancelAlloc(); os.RemoveAll(dir) }
	if err := chromedp.Do(ctx); err != nil {
		stop()
		return nil, nil, fmt.Errorf("starting %s: %w", chromePath(), err)
	}
	return ctx, stop, nil
}

// eval evaluates a JavaScript expression in the tab (awaiting a promise)
// and decodes its value.
func eval[T any](ctx context.Context, expr string) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// call sends one DevTools protocol command to the tab.
func call[P, R any](ctx context.Context, cmd cdp.Command[P, R], params P) error {
	_, err := chromedp.Call(ctx, cmd, params)
	return err
}

// navigate starts loading url without waiting for the load event.
func navigate(ctx context.Context, url string) error {
	r, err := chromedp.Call(ctx, page.Navigate, page.NavigateParams{URL: url})
	if err == nil && r.ErrorText != "" {
		err = fmt.Errorf("navigate %s: %s", url, r.ErrorText)
	}
	return err
}

// poll evaluates the boolean expression every 50 ms until it is true.
func poll(ctx context.Context, expr string, timeout time.Duration) error {
	for end := time.Now().Add(timeout); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if ok, err := eval[bool](ctx, expr); err == nil && ok {
			return nil
		}
	}
	return fmt.Errorf("%s still false after %v", expr, timeout)
}

// writeJSON writes v as JSON to path.
func writeJSON(path string, v any) error {
	b, _ := json.Marshal(v) // plain structs: cannot fail
	return os.WriteFile(path, b, 0o644)
}

// readJSON decodes the JSON file at path into v.
func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// quantile is the q-quantile (0.5: median, 0.95: p95) of the samples by
// the nearest-rank method, NaN when there are none.
func quantile(samples []float64, q float64) float64 {
	if len(samples) == 0 {
		return math.NaN()
	}
	v := slices.Sorted(slices.Values(samples))
	return v[max(0, int(math.Ceil(q*float64(len(v))))-1)]
}
