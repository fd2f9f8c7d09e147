package main

import (
	"fmt"
	"io"
	"maps"
	"math"
	"path/filepath"
	"slices"
	"strings"
)

// This file prints the sections below the summary.

// lhRun is the part of a Lighthouse JSON report that the table reads.
type lhRun struct {
	Categories map[string]struct{ Score *float64 }
	Audits     map[string]struct{ NumericValue *float64 }
}

// lhRuns are the reports of one site, one per run.
type lhRuns []lhRun

// readLighthouse reads dir/lighthouse-<site>-*.json.
func readLighthouse(dir, site string) lhRuns {
	files, _ := filepath.Glob(filepath.Join(dir, "lighthouse-"+site+"-*.json"))
	var runs lhRuns
	for _, f := range files {
		var r lhRun
		if readJSON(f, &r) == nil && r.Categories["performance"].Score != nil {
			runs = append(runs, r)
		}
	}
	return runs
}

// value is the median over the runs of a category's score (audit "") or
// of an audit's numeric value.
func (rs lhRuns) value(cat, audit string) float64 {
	var v []float64
	for _, r := range rs {
		p := r.Categories[cat].Score
		if audit != "" {
			p = r.Audits[audit].NumericValue
		}
		if p != nil {
			v = append(v, *p)
		}
	}
	return quantile(v, 0.5)
}

// lighthouse prints the medians of both sites.
func (r *results) lighthouse(w io.Writer) {
	fmt.Fprintf(w, "### Lighthouse 12.2.3, mobile (simulated throttling), median of %d / %d runs\n\n| | report | hello world |\n|---|---:|---:|\n", len(r.lh[0]), len(r.lh[1]))
	for _, c := range []string{"performance", "accessibility", "best-practices", "seo"} {
		fmt.Fprintf(w, "| %s | %.2f | %.2f |\n", c, r.lh[0].value(c, ""), r.lh[1].value(c, ""))
	}
	for _, m := range [][2]string{{"First Contentful Paint", "first-contentful-paint"}, {"Largest Contentful Paint", "largest-contentful-paint"},
		{"Total Blocking Time", "total-blocking-time"}, {"Speed Index", "speed-index"}, {"main-thread work", "mainthread-work-breakdown"},
		{"JS/wasm boot-up", "bootup-time"}, {"total transfer (bytes, as Lighthouse saw it)", "total-byte-weight"}, {"Cumulative Layout Shift", "cumulative-layout-shift"}} {
		f := map[string]func(float64) string{"cumulative-layout-shift": func(v float64) string { return fmt.Sprintf("%.3f", v) }, "total-byte-weight": num}[m[1]]
		if f == nil {
			f = ms
		}
		fmt.Fprintf(w, "| %s | %s | %s |\n", m[0], f(r.lh[0].value("", m[1])), f(r.lh[1].value("", m[1])))
	}
	var runs [2][]string
	for i := range r.lh {
		for _, run := range r.lh[i] {
			runs[i] = append(runs[i], fmt.Sprintf("%.2f", *run.Categories["performance"].Score))
		}
	}
	fmt.Fprintf(w, "| performance of every run | %s | %s |\n", strings.Join(runs[0], " / "), strings.Join(runs[1], " / "))
	fmt.Fprintln(w)
}

// sizes prints the first-load bytes by file, as Chromium received them on
// the still throttled loads.
func (r *results) sizes(w io.Writer) {
	by := map[string]*[2]float64{}
	for i, l := range []Load{r.load("report", false), r.load("hello", false)} {
		for u, n := range l.Files {
			p := "(the page)"
			if parts := strings.SplitN(u, "/", 5); len(parts) == 5 && parts[4] != "" { // drop scheme, host and prefix
				p = parts[4]
			}
			if by[p] == nil {
				by[p] = &[2]float64{math.NaN(), math.NaN()}
			}
			by[p][i] = float64(n)
		}
	}
	fmt.Fprintf(w, "### First-load bytes by file (received, brotli where served; cold, until ready)\n\n| file | report | hello world |\n|---|---:|---:|\n")
	for _, p := range slices.Sorted(maps.Keys(by)) {
		fmt.Fprintf(w, "| %s | %s | %s |\n", p, num(by[p][0]), num(by[p][1]))
	}
	fmt.Fprintln(w)
}

// notes says how the figures were made.
const notes = `### Notes

- The hello world is go-app v9.8.0's canonical example (app/bench/testdata/hello: an h1 "Hello World!" component), generated and built at bench time with the same Go, ` + "`-trimpath -ldflags=\"-s -w\"`" + `, the toolchain's wasm_exec.js and build.sh's brotli/gzip commands, under /hello/ (app.GitHubPages). Both sites are served by app/server (brotli, the production CSP). The hello world's "first paragraph" is its h1; its "ready" is when go-app's app.js has removed the loader (the wasm runs).
- First-load bytes: what Chromium received (Network.loadingFinished encodedDataLength, headers included) for the requests that finished before ready on the still throttled load; the service worker's precache runs later in its own target and is not counted.
- Latency: headless Chromium, 1280×900, unthrottled, after a cold load. The input is a trusted DevTools event (Input.dispatchKeyEvent) except in the "input event" series, which sets the search box's value and dispatches "input" in the page (typing scrolls the box into view, which would take the map off screen). Each repetition gives two figures: the rAF method, from the input event's timeStamp until the DOM shows the change (aria-pressed flipped and the [role=status] text changed, or the status changed), then requestAnimationFrame + setTimeout 0; and the Event Timing API's duration for the interaction (PerformanceObserver type "event", durationThreshold 16: 0 below 16 ms, rounded to 8 ms; it cannot see synthetic events). The judged figure is the larger of the two.
- Throttled phone: 4× CPU (Emulation.setCPUThrottlingRate), 1.6 Mbps down / 750 kbps up / 150 ms RTT (Network.emulateNetworkConditions), 360×740 viewport at 2×, cache disabled, a new browser context per load (no service worker); times from navigation start. "Visible" is checkVisibility() and in the viewport or above it, polled every frame by a script injected with Page.addScriptToEvaluateOnNewDocument. Long tasks are PerformanceObserver "longtask" entries.
- CLS here is the sum of all layout-shift entries without recent input, from navigation start to 3 s after ready.
- The hello world's accessibility, best-practices and SEO scores are low because go-app's default page has no title, a viewport that blocks zoom and icons on an external host (blocked by the CSP).
- Lighthouse uses simulated throttling: its TBT is scaled from this machine's trace. The machine is shared and noisy; compare runs made on the same day.
- No longer measured since the bench rewrite (see git history): the V8 CPU profile of the load and of 10 toggles, the wasm code by Go package, and Lighthouse's per-file breakdowns and audit lists (the JSON reports stay in bench/).
`
