package main

import (
	"context"
	"errors"
	"flag"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Load is one cold load of a site on the throttled phone profile; times
// are in ms from navigation start.
type Load struct {
	Site       string           `json:"site"`   // "report" or "hello"
	Scroll     bool             `json:"scroll"` // scrolled 300 px every 200 ms from first paint until ready
	Files      map[string]int64 `json:"files"`  // bytes received by URL, for the responses finished before ready
	Bytes      int64            `json:"bytes"`  // their sum
	FirstPaint float64          `json:"first_paint_ms"`
	FirstText  float64          `json:"first_text_ms"`     // firstText[Site] rendered and in the viewport or above; 0: never
	Rendered   float64          `json:"first_rendered_ms"` // firstText[Site] rendered (checkVisibility())
	FirstTop   float64          `json:"first_top"`         // where it is in the page (px), at the end
	Ready      float64          `json:"ready_ms"`          // readyExpr[Site] true
	CLS        float64          `json:"cls"`               // until 3 s after ready
	AllLong    int              `json:"all_long_tasks"`    // tasks > 50 ms from the start
	LongTasks  []float64        `json:"long_tasks"`        // durations of those that started after ready
	Scrolls    int              `json:"scrolls"`
	Error      string           `json:"error,omitempty"`
}

// readyExpr says when each site is interactive: the report sets
// data-ready; go-app's app.js removes its loader once the wasm runs.
var readyExpr = map[string]string{
	"report": `document.documentElement.dataset.ready === "true"`,
	"hello":  `document.readyState === "complete" && !document.getElementById("app-wasm-loader")`,
}

// firstText finds the first paragraph of each site.
var firstText = map[string]string{
	"report": `(document.querySelector(".para") || document.getElementById("intro-p1"))`,
	"hello":  `document.querySelector("h1")`,
}

func loadCmd(args []string) error {
	fs := flag.NewFlagSet("load", flag.ExitOnError)
	urls := map[string]*string{"report": fs.String("report", "", "the served report"), "hello": fs.String("hello", "", "the served hello world")}
	out := fs.String("out", "load.json", "result file")
	fs.Parse(args)
	browser, stop, err := startBrowser(1280, 900)
	if err != nil {
		return err
	}
	defer stop()
	loads := []Load{{Site: "report"}, {Site: "report", Scroll: true}, {Site: "hello"}}
	for i := range loads {
		if err := coldLoad(browser, *urls[loads[i].Site], &loads[i]); err != nil {
			loads[i].Error = err.Error()
		}
	}
	return writeJSON(*out, loads)
}

// coldLoad loads url in a new browser context (empty cache, no service
// worker) on the phone profile and fills l.
func coldLoad(browser context.Context, url string, l *Load) error {
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer cancel()
	var mu sync.Mutex
	urls, files := map[network.RequestID]string{}, map[string]int64{}
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventResponseReceived:
			urls[ev.RequestID] = ev.Response.URL
		case *network.EventLoadingFinished:
			if files != nil {
				files[urls[ev.RequestID]] += int64(ev.EncodedDataLength)
			}
		}
	})
	// The phone profile: 4× CPU slowdown, 1.6 Mbps down, 750 kbps up,
	// 150 ms RTT, 360×740, no HTTP cache. Every call runs, in order; any
	// error fails the load. Network.emulateNetworkConditions is deprecated
	// (no longer in cdproto) but still served by Chromium.
	err = errors.Join(err,
		call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}),
		call(ctx, cdp.Command[map[string]any, cdp.Empty]{Method: "Network.emulateNetworkConditions"},
			map[string]any{"offline": false, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}),
		call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4}),
		call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: 360, Height: 740, DeviceScaleFactor: 2, Mobile: true}),
		call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: loadScript(l.Site, l.Scroll)}))
	if err == nil {
		err = navigate(ctx, url)
	}
	if err == nil {
		err = poll(ctx, `!!window.__load && window.__load.ready_ms > 0`, 3*time.Minute)
	}
	mu.Lock()
	l.Files, files = files, nil // stop counting
	mu.Unlock()
	if err != nil {
		return err
	}
	time.Sleep(3 * time.Second) // long tasks and layout shifts after ready
	r, err := eval[Load](ctx, `__load.result()`)
	r.Site, r.Scroll, r.Files = l.Site, l.Scroll, l.Files
	for _, n := range r.Files {
		r.Bytes += n
	}
	*l = r
	return err
}
