// Command latency measures interaction latency of the built report in
// headless Chromium (the launch flags of app/e2e), for ./build.sh bench:
//
//   - theme toggle: element.click() on button#theme-children with the map
//     (#speakers figure) on screen, until its aria-pressed flips, then the
//     next frame (requestAnimationFrame, then a task);
//   - search keystroke: set #search's value and dispatch "input", until the
//     text of the filters' [role=status] (".filters [role=status]") changes,
//     then the next frame;
//   - first filter click: a fresh page, element.click() on #theme-health
//     exactly 2 s after navigation start (performance.now() == 2000), until
//     aria-pressed is "true", then the next frame. If the wasm is not ready
//     at 2 s, the click lands on the prerendered markup, which has no
//     handler: the script then clicks again as soon as the app is ready and
//     reports the total from the first click (so it includes the wait).
//     Measured cold (new browser context), warm (new tab after the other
//     visits) and, for information, cold with a 4× CPU slowdown (the CPU
//     model of Lighthouse's mobile run).
//
// It writes the raw samples as JSON (-out) for app/bench/table.
//
//	go run ./app/bench/latency -url http://127.0.0.1:PORT/idm2017/ -out latency.json
package main

import (
	"idmreport/app/bench/internal/latres"

	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	launch "idmreport/app/chrome"
)

func main() {
	url := flag.String("url", "", "the report, e.g. http://127.0.0.1:8080/idm2017/")
	out := flag.String("out", "", "write the JSON result here (default stdout)")
	n := flag.Int("n", 20, "repetitions of the toggle and of the search keystroke")
	toggleSel := flag.String("toggle", "#theme-children", "theme button for the toggle")
	firstSel := flag.String("first", "#theme-health", "theme button for the first click")
	q1 := flag.String("q1", "migrant", "first search query")
	q2 := flag.String("q2", "migrants", "second search query (must give another status text than -q1)")
	chrome := flag.String("chrome", os.Getenv("CHROME_PATH"), "Chromium binary (default $CHROME_PATH or /usr/bin/chromium)")
	flag.Parse()
	if *url == "" {
		log.Fatal("latency: -url is required")
	}
	if *chrome == "" {
		*chrome = "/usr/bin/chromium"
		if _, err := os.Stat(*chrome); err != nil {
			if p, err := exec.LookPath("chromium"); err == nil {
				*chrome = p
			}
		}
	}
	res, err := run(*chrome, *url, *n, *toggleSel, *firstSel, *q1, *q2)
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
	}
	b, _ := json.MarshalIndent(res, "", "  ")
	if *out == "" {
		os.Stdout.Write(append(b, '\n'))
	} else if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
		log.Fatal(err)
	}
	if err != nil {
		log.Fatalf("latency: %v", err)
	}
}

const width, height = 1280, 900

func run(chrome, url string, n int, toggleSel, firstSel, q1, q2 string) (res latres.Result, err error) {
	res = latres.Result{URL: url, Window: fmt.Sprintf("%dx%d", width, height)}
	dataDir, err := os.MkdirTemp("", "idm-bench-chrome-")
	if err != nil {
		return res, err
	}
	defer removeAllRetry(dataDir)

	rootCtx, cancelRoot := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancelRoot()
	// The launch flags of app/e2e/harness_test.go.
	opts := launch.Options(chrome, dataDir, width, height, io.Discard)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(rootCtx, opts...)
	defer cancelAlloc()
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()
	if err := chromedp.Do(browserCtx); err != nil {
		return res, fmt.Errorf("starting %s: %w", chrome, err)
	}

	// 1. Cold load in the first tab (fresh profile), then the map on screen.
	tab := browserCtx
	if err := chromedp.Do(tab, addScript(readyJS)); err != nil {
		return res, err
	}
	if err := step(tab, 30*time.Second, chromedp.Navigate(url)); err != nil {
		return res, fmt.Errorf("navigate: %w", err)
	}
	if err := waitReady(tab, 60*time.Second); err != nil {
		return res, err
	}
	res.ReadyMS, _ = eval[float64](tab, `window.__idmReadyAt || 0`)
	time.Sleep(500 * time.Millisecond)
	if obs, err := eval[latres.LoadObs](tab, `window.__idmObs`); err == nil {
		res.Load = obs
	}
	res.MapInView, err = eval[bool](tab, scrollMapJS)
	if err != nil {
		return res, fmt.Errorf("scroll to the map: %w", err)
	}
	settle(tab)

	// 2. Theme toggle.
	res.Toggle = latres.Series{What: "click " + toggleSel}
	for range n {
		eval[bool](tab, scrollMapJS)
		settle(tab)
		s, err := eval[sample](tab, fmt.Sprintf(`(%s)(%q)`, toggleJS, toggleSel), chromedp.EvalAwaitPromise)
		switch {
		case err != nil:
			res.Errors = append(res.Errors, "toggle: "+err.Error())
			res.Toggle.Timeouts++
		case !s.OK:
			res.Toggle.Timeouts++
		default:
			res.Toggle.Samples = append(res.Toggle.Samples, s.MS)
		}
		if s.MapInView {
			res.Toggle.MapInView++
		}
		time.Sleep(250 * time.Millisecond) // let any follow-up render (OnNav) finish
	}

	// 3. Search keystroke, alternating two queries.
	res.Search = latres.Series{What: fmt.Sprintf("#search ← %q / %q", q1, q2)}
	seen := map[string]bool{}
	for i := range n {
		q := q1
		if i%2 == 1 {
			q = q2
		}
		eval[bool](tab, scrollMapJS)
		settle(tab)
		s, err := eval[sample](tab, fmt.Sprintf(`(%s)(%q)`, searchJS, q), chromedp.EvalAwaitPromise)
		switch {
		case err != nil:
			res.Errors = append(res.Errors, "search: "+err.Error())
			res.Search.Timeouts++
		case !s.OK:
			res.Search.Timeouts++
		default:
			res.Search.Samples = append(res.Search.Samples, s.MS)
		}
		if s.MapInView {
			res.Search.MapInView++
		}
		if s.Status != "" && !seen[s.Status] {
			seen[s.Status] = true
			res.Search.Statuses = append(res.Search.Statuses, s.Status)
		}
		time.Sleep(250 * time.Millisecond)
	}
	if res.Search.Timeouts > 0 {
		res.Search.Note = "a timeout means [role=status] did not change within 3 s (the two queries may give the same status text, or the input was not handled)"
	}

	// 4. First filter click 2 s after navigation start: a fresh browser
	// context (no HTTP cache, no service worker), then a new tab of the
	// first context (warm: HTTP cache, service worker installed).
	coldCtx, cancelCold := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	res.FirstClick = append(res.FirstClick, firstClick(coldCtx, "cold", url, firstSel, 1))
	cancelCold()
	warmCtx, cancelWarm := chromedp.NewContext(browserCtx)
	res.FirstClick = append(res.FirstClick, firstClick(warmCtx, "warm", url, firstSel, 1))
	cancelWarm()
	// Informational: cold again with Lighthouse's mobile CPU model (4×
	// slowdown), where the app may not be ready at 2 s.
	slowCtx, cancelSlow := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	res.FirstClick = append(res.FirstClick, firstClick(slowCtx, "cold, 4× CPU slowdown", url, firstSel, 4))
	cancelSlow()
	return res, nil
}

// sample is what toggleJS and searchJS return.
type sample struct {
	MS        float64 `json:"ms"`
	OK        bool    `json:"ok"`
	MapInView bool    `json:"mapInView"`
	Status    string  `json:"status"`
}

// firstClick opens url in the tab of ctx with firstClickJS injected, and
// waits for its result.
func firstClick(ctx context.Context, mode, url, sel string, cpuSlowdown float64) latres.FirstClick {
	fc := latres.FirstClick{Mode: mode}
	if err := chromedp.Do(ctx, addScript(readyJS), addScript(fmt.Sprintf(`(%s)(%q)`, firstClickJS, sel))); err != nil {
		fc.Error = err.Error()
		return fc
	}
	if cpuSlowdown > 1 {
		throttle := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpuSlowdown})
			return err
		})
		if err := chromedp.Do(ctx, throttle); err != nil {
			fc.Error = "cpu throttling: " + err.Error()
			return fc
		}
	}
	// Page.navigate without waiting for the load event: the injected script
	// clicks on its own clock.
	nav := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		r, err := cdp.Call(ctx, t, page.Navigate, page.NavigateParams{URL: url})
		if err == nil && r.ErrorText != "" {
			err = errors.New(r.ErrorText)
		}
		return err
	})
	if err := step(ctx, 30*time.Second, nav); err != nil {
		fc.Error = "navigate: " + err.Error()
		return fc
	}
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
		done, _ := eval[bool](ctx, `!!(window.__idmFirst && window.__idmFirst.done)`)
		if !done {
			continue
		}
		if v, err := eval[latres.FirstClick](ctx, `window.__idmFirst`); err != nil {
			fc.Error = err.Error()
		} else {
			v.Mode = mode
			fc = v
		}
		return fc
	}
	fc.Error = "no result within 90 s"
	return fc
}

// addScript runs src at the start of every new document of the tab.
func addScript(src string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src})
		return err
	})
}

func step(ctx context.Context, d time.Duration, a chromedp.Action[chromedp.Void]) error {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	return chromedp.Do(ctx, a)
}

func eval[T any](ctx context.Context, expr string, opts ...chromedp.EvaluateOption) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
}

// settle waits two frames and a short idle period.
func settle(ctx context.Context) {
	eval[bool](ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(true), 50))))`, chromedp.EvalAwaitPromise)
}

func waitReady(ctx context.Context, d time.Duration) error {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if ok, err := eval[bool](ctx, `document.documentElement.dataset.ready === "true"`); err == nil && ok {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("page not ready after %v (data-ready never became \"true\")", d)
}

func removeAllRetry(dir string) {
	for range 50 {
		if os.RemoveAll(dir) == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}
