//go:build !wasm

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

// Result is what the program writes (-out); app/bench/table reads it.
type Result struct {
	URL        string       `json:"url"`
	Window     string       `json:"window"`
	ReadyMS    float64      `json:"ready_ms"`    // data-ready on the first (cold) load, from navigation start
	Load       LoadObs      `json:"load"`        // LCP candidates and layout shifts of that load, before any interaction
	MapInView  bool         `json:"map_in_view"` // #speakers figure intersected the viewport before measuring
	Toggle     Series       `json:"toggle"`
	Search     Series       `json:"search"`
	FirstClick []FirstClick `json:"first_click"`
	Errors     []string     `json:"errors,omitempty"`
}

// LoadObs is what PerformanceObservers saw during the first load, until
// 500 ms after data-ready (unthrottled).
type LoadObs struct {
	LCP []struct {
		Time    float64 `json:"time"`
		Size    float64 `json:"size"`
		Element string  `json:"element"`
	} `json:"lcp"`
	CLS    float64 `json:"cls"`
	Shifts []struct {
		Time    float64 `json:"time"`
		Value   float64 `json:"value"`
		Sources string  `json:"sources"`
	} `json:"shifts"`
}

// Series is one repeated interaction.
type Series struct {
	What      string    `json:"what"`
	Samples   []float64 `json:"samples"`            // ms, one per completed repetition
	Timeouts  int       `json:"timeouts"`           // repetitions that never showed the change
	MapInView int       `json:"map_in_view"`        // repetitions after which the map was still on screen
	Statuses  []string  `json:"statuses,omitempty"` // distinct [role=status] texts seen (search)
	Note      string    `json:"note,omitempty"`
}

// FirstClick is one "first filter click 2 s after navigation start".
type FirstClick struct {
	Mode         string  `json:"mode"`     // cold: new browser context; warm: new tab after earlier visits; "cold, 4× CPU slowdown"
	ClickAt      float64 `json:"click_at"` // when the 2 s timer actually ran (later if the main thread was busy)
	ReadyAt      float64 `json:"ready_at"` // data-ready="true", from navigation start (0: never)
	ReadyAtClick bool    `json:"ready_at_click"`
	Lost         bool    `json:"lost"` // the 2 s click did nothing: re-clicked when ready
	ReclickAt    float64 `json:"reclick_at,omitempty"`
	PressedAt    float64 `json:"pressed_at"`
	TotalMS      float64 `json:"total_ms"`             // from the (late) 2 s click to the frame after aria-pressed="true"
	From2sMS     float64 `json:"from_2s_ms"`           // from 2000 ms after navigation start to that frame: what a user clicking at 2 s waits
	AfterReadyMS float64 `json:"after_ready_ms"`       // from the (re)click after ready to that frame, when lost
	LongTasks    []Task  `json:"long_tasks,omitempty"` // main-thread tasks > 50 ms until the result
	Error        string  `json:"error,omitempty"`
}

// Task is one long task (PerformanceLongTaskTiming), ms from navigation start.
type Task struct {
	Start    float64 `json:"start"`
	Duration float64 `json:"duration"`
}

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

func run(chrome, url string, n int, toggleSel, firstSel, q1, q2 string) (res Result, err error) {
	res = Result{URL: url, Window: fmt.Sprintf("%dx%d", width, height)}
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
	if obs, err := eval[LoadObs](tab, `window.__idmObs`); err == nil {
		res.Load = obs
	}
	res.MapInView, err = eval[bool](tab, scrollMapJS)
	if err != nil {
		return res, fmt.Errorf("scroll to the map: %w", err)
	}
	settle(tab)

	// 2. Theme toggle.
	res.Toggle = Series{What: "click " + toggleSel}
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
	res.Search = Series{What: fmt.Sprintf("#search ← %q / %q", q1, q2)}
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
func firstClick(ctx context.Context, mode, url, sel string, cpuSlowdown float64) FirstClick {
	fc := FirstClick{Mode: mode}
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
		if v, err := eval[FirstClick](ctx, `window.__idmFirst`); err != nil {
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

// readyJS records when data-ready becomes "true" (window.__idmReadyAt, ms
// from navigation start).
const readyJS = `(() => {
  const O = window.__idmObs = {lcp: [], cls: 0, shifts: []};
  const describe = el => {
    if (!el) return "(removed)";
    let d = el.tagName.toLowerCase();
    if (el.id) d += "#" + el.id;
    if (typeof el.className === "string" && el.className) d += "." + el.className.trim().split(/\s+/).join(".");
    return d + (el.isConnected ? "" : " (removed)");
  };
  try {
    new PerformanceObserver(l => { for (const e of l.getEntries()) O.lcp.push({time: e.startTime, size: e.size, element: describe(e.element)}); })
      .observe({type: "largest-contentful-paint", buffered: true});
    new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) {
      O.cls += e.value;
      O.shifts.push({time: e.startTime, value: e.value, sources: (e.sources || []).map(s => describe(s.node)).join(", ")});
    } }).observe({type: "layout-shift", buffered: true});
  } catch (e) {}
  const check = () => {
    const el = document.documentElement;
    if (!window.__idmReadyAt && el && el.dataset.ready === "true") window.__idmReadyAt = performance.now();
  };
  new MutationObserver(check).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-ready"]});
})()`

// scrollMapJS scrolls the map to the middle of the viewport and reports
// whether it is on screen.
const scrollMapJS = `(() => {
  const m = document.querySelector("#speakers figure");
  if (!m) return false;
  m.scrollIntoView({block: "center", behavior: "instant"});
  const r = m.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.width > 0 && r.height > 0;
})()`

// helpersJS: nextFrame resolves after the next frame (rAF, then a task so
// that the frame has been produced); until(pred, ms) resolves true when pred
// holds after a DOM mutation, false after ms.
const helpersJS = `
  const nextFrame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  const until = (pred, ms) => new Promise(resolve => {
    if (pred()) return resolve(true);
    let done = false;
    const finish = v => { if (!done) { done = true; mo.disconnect(); clearTimeout(timer); resolve(v); } };
    const mo = new MutationObserver(() => { if (pred()) finish(true); });
    mo.observe(document.documentElement, {subtree: true, childList: true, attributes: true, characterData: true});
    const timer = setTimeout(() => finish(pred()), ms);
  });
  const mapInView = () => {
    const m = document.querySelector("#speakers figure");
    if (!m) return false;
    const r = m.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.width > 0 && r.height > 0;
  };
`

// toggleJS clicks the theme button sel and measures until its aria-pressed
// flips, plus the next frame.
const toggleJS = `async (sel) => {` + helpersJS + `
  const btn = document.querySelector(sel);
  if (!btn) return {ms: 0, ok: false, mapInView: mapInView(), status: "no " + sel};
  const before = btn.getAttribute("aria-pressed");
  const flipped = () => { const b = document.querySelector(sel); return !!b && b.getAttribute("aria-pressed") !== before; };
  const t0 = performance.now();
  const changed = until(flipped, 3000);
  btn.click();
  const ok = await changed;
  await nextFrame();
  return {ms: performance.now() - t0, ok, mapInView: mapInView(), status: ""};
}`

// searchJS focuses #search, sets its value to q, dispatches "input" and
// measures until the text of the filters' [role=status] changes, plus the
// next frame.
const searchJS = `async (q) => {` + helpersJS + `
  const input = document.querySelector("#search");
  // The filters' live region: the page has other role=status elements
  // (the map's zoom level, the share dialog).
  const status = () => { const s = document.querySelector(".filters [role=status]") || document.querySelector("[role=status]"); return s ? s.textContent : ""; };
  if (!input) return {ms: 0, ok: false, mapInView: mapInView(), status: "no #search"};
  input.focus();
  const before = status();
  const t0 = performance.now();
  const changed = until(() => status() !== before, 3000);
  input.value = q;
  input.dispatchEvent(new Event("input", {bubbles: true}));
  const ok = await changed;
  await nextFrame();
  return {ms: performance.now() - t0, ok, mapInView: mapInView(), status: status()};
}`

// firstClickJS runs at document start: at performance.now() == 2000 it
// clicks sel; if that click is lost because the wasm was not ready, it
// clicks again once data-ready is "true". The result is window.__idmFirst.
const firstClickJS = `(sel) => {
  const R = window.__idmFirst = {done: false, long_tasks: []};
  try {
    new PerformanceObserver(l => { for (const e of l.getEntries()) R.long_tasks.push({start: e.startTime, duration: e.duration}); })
      .observe({type: "longtask", buffered: true});
  } catch (e) {}
  const nextFrame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  const pressed = () => { const b = document.querySelector(sel); return !!b && b.getAttribute("aria-pressed") === "true"; };
  const ready = () => document.documentElement.dataset.ready === "true";
  const waitFor = (pred, ms) => new Promise(resolve => {
    const t = setInterval(() => { if (pred()) { clearInterval(t); resolve(true); } }, 1);
    setTimeout(() => { clearInterval(t); resolve(pred()); }, ms);
  });
  const onMutation = (pred, ms) => new Promise(resolve => {
    if (pred()) return resolve(true);
    const mo = new MutationObserver(() => { if (pred()) { mo.disconnect(); resolve(true); } });
    mo.observe(document.documentElement, {subtree: true, childList: true, attributes: true});
    setTimeout(() => { mo.disconnect(); resolve(pred()); }, ms);
  });
  setTimeout(async () => {
    try {
      R.click_at = performance.now();
      R.ready_at_click = ready();
      const btn = document.querySelector(sel);
      if (!btn) { R.error = "no " + sel + " at 2 s"; return; }
      const changed = onMutation(pressed, 60000);
      btn.click();
      // Either the click works, or the app becomes ready without it.
      await Promise.race([changed, waitFor(ready, 60000).then(() => new Promise(r => setTimeout(r, 300)))]);
      if (!pressed()) {
        if (!ready()) { R.error = "app not ready within 60 s"; return; }
        R.lost = true;
        await nextFrame();
        R.reclick_at = performance.now();
        const again = onMutation(pressed, 10000);
        const b = document.querySelector(sel);
        if (b) b.click();
        if (!(await again)) { R.error = "re-click after ready had no effect"; return; }
      }
      await nextFrame();
      R.pressed_at = performance.now();
      R.total_ms = R.pressed_at - R.click_at;
      R.from_2s_ms = R.pressed_at - 2000;
      if (R.lost) R.after_ready_ms = R.pressed_at - R.reclick_at;
    } catch (e) {
      R.error = String(e);
    } finally {
      R.ready_at = window.__idmReadyAt || 0;
      R.done = true;
    }
  }, Math.max(0, 2000 - performance.now()));
}`
