package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// This file makes the targets table, the findings and the notes.

func (t *tables) targets() {
	fmt.Fprintf(t.w, "### 5. Targets\n\n| target | measured | |\n|---|---|---|\n")
	row := func(name, measured string, ok, known bool) {
		st := "not met"
		switch {
		case !known:
			st = "n/a"
		case ok:
			st = "met"
		}
		fmt.Fprintf(t.w, "| %s | %s | %s |\n", name, measured, st)
	}
	wr := float64(t.wasmBr[0]) / float64(t.wasmBr[1])
	row("wasm brotli ≤ 1.10 × hello", fmt.Sprintf("%.2f×", wr), wr <= 1.10, t.wasmBr[1] > 0)
	lr := float64(t.loadBr[0]) / float64(t.loadBr[1])
	row("first-load files ≤ 1.15 × hello", fmt.Sprintf("%.2f×", lr), lr <= 1.15, t.loadBr[1] > 0)
	r := t.lh[0]
	perf, tbt := r.scoreVal("performance"), r.metric("total-blocking-time")
	row("Lighthouse mobile performance ≥ 0.95 with TBT ≤ 200 ms",
		fmt.Sprintf("%s, TBT %s", r.score("performance"), ms(tbt)), perf >= 0.95 && tbt <= 200, !math.IsNaN(perf))
	for _, c := range []string{"accessibility", "best-practices", "seo"} {
		v := r.scoreVal(c)
		row(c+" = 1.00", r.score(c), v >= 1, !math.IsNaN(v))
	}
	if l := t.lat; l != nil {
		m := l.Toggle.Median()
		row("theme toggle median ≤ 16 ms, map on screen", fmt.Sprintf("%s (worst %s)", ms1(m), ms1(l.Toggle.Worst())), m <= 16 && l.MapInView, !math.IsNaN(m))
		m = l.Search.Median()
		row("search keystroke median ≤ 16 ms, map on screen", fmt.Sprintf("%s (worst %s)", ms1(m), ms1(l.Search.Worst())), m <= 16 && l.MapInView, !math.IsNaN(m))
		for _, f := range l.FirstClick {
			name := "first filter click 2 s after load ≤ 100 ms (" + f.Mode + ")"
			if strings.Contains(f.Mode, "slowdown") {
				name += " — informational"
			}
			if f.Error != "" {
				row(name, "error: "+f.Error, false, false)
				continue
			}
			measured := fmt.Sprintf("%s from 2 s (%s from the actual click)", ms1(f.From2sMS), ms1(f.TotalMS))
			if !f.ReadyAtClick {
				measured += fmt.Sprintf("; app not ready at 2 s (ready at %.0f ms)", f.ReadyAt)
			}
			if f.Lost {
				measured += "; the 2 s click was lost"
			}
			row(name, measured, f.From2sMS <= 100, true)
		}
	} else {
		row("interaction latency", "no result", false, false)
	}
	cls := r.metric("cumulative-layout-shift")
	measured, ok := fmt.Sprintf("Lighthouse CLS %.3f", cls), cls == 0
	if t.lat != nil {
		measured += fmt.Sprintf("; observed in Chromium during the load %.4f", t.lat.Load.CLS)
		ok = ok && t.lat.Load.CLS == 0
	}
	row("layout shift 0", measured, ok, !math.IsNaN(cls))
	fmt.Fprintln(t.w)
}

// ---------- findings

type bootItem struct {
	URL                string  `json:"url"`
	Total              float64 `json:"total"`
	Scripting          float64 `json:"scripting"`
	ScriptParseCompile float64 `json:"scriptParseCompile"`
}

type mainItem struct {
	Group      string  `json:"group"`
	GroupLabel string  `json:"groupLabel"`
	Duration   float64 `json:"duration"`
}

type taskItem struct {
	URL       string  `json:"url"`
	Duration  float64 `json:"duration"`
	StartTime float64 `json:"startTime"`
}

func items[T any](r *lhr, id string) []T {
	if r == nil {
		return nil
	}
	var d struct {
		Items []T `json:"items"`
	}
	json.Unmarshal(r.Audits[id].Details, &d)
	return d.Items
}

func (t *tables) findings() {
	fmt.Fprintf(t.w, "### Where the time and the bytes go\n\n")
	for i, r := range t.lh {
		if r == nil {
			continue
		}
		name := []string{"report", "hello world"}[i]
		var parts []string
		for _, it := range items[mainItem](r, "mainthread-work-breakdown") {
			if it.Duration >= 20 {
				parts = append(parts, fmt.Sprintf("%s %s", it.GroupLabel, ms(it.Duration)))
			}
		}
		fmt.Fprintf(t.w, "- %s, Lighthouse main-thread work (simulated mobile CPU): %s\n", name, strings.Join(parts, ", "))
		parts = nil
		for _, it := range items[bootItem](r, "bootup-time") {
			parts = append(parts, fmt.Sprintf("%s %s (script eval %s, parse/compile %s)", path(it.URL), ms(it.Total), ms(it.Scripting), ms(it.ScriptParseCompile)))
		}
		if len(parts) > 0 {
			fmt.Fprintf(t.w, "- %s, boot-up time by file: %s\n", name, strings.Join(parts, "; "))
		}
		// TBT by file: the part over 50 ms of each long task between FCP and
		// TTI (Lighthouse's definition, on its simulated timeline).
		fcp, tti := r.metric("first-contentful-paint"), r.metric("interactive")
		byURL := map[string]float64{}
		var sum float64
		for _, it := range items[taskItem](r, "long-tasks") {
			start, end := math.Max(it.StartTime, fcp), math.Min(it.StartTime+it.Duration, tti)
			if d := end - start; d > 50 {
				byURL[path(it.URL)] += d - 50
				sum += d - 50
			}
		}
		if sum > 0 {
			keys := make([]string, 0, len(byURL))
			for k := range byURL {
				keys = append(keys, k)
			}
			sort.Slice(keys, func(i, j int) bool { return byURL[keys[i]] > byURL[keys[j]] })
			parts = nil
			for _, k := range keys {
				parts = append(parts, fmt.Sprintf("%s %s", k, ms(byURL[k])))
			}
			note := ""
			if v, ok := byURL["_lighthouse-eval.js"]; ok {
				note = fmt.Sprintf(" — `_lighthouse-eval.js` is Lighthouse's own script run in the page; without it TBT would be about %s", ms(r.metric("total-blocking-time")-v))
			}
			fmt.Fprintf(t.w, "- %s, TBT by file (long tasks between FCP and TTI, minus 50 ms each; sum %s vs TBT %s): %s%s\n",
				name, ms(sum), ms(r.metric("total-blocking-time")), strings.Join(parts, ", "), note)
		}
		parts = nil
		for j, it := range items[taskItem](r, "long-tasks") {
			if j == 6 {
				break
			}
			parts = append(parts, fmt.Sprintf("%s at %s (%s)", ms(it.Duration), ms(it.StartTime), path(it.URL)))
		}
		if len(parts) > 0 {
			fmt.Fprintf(t.w, "- %s, longest main-thread tasks: %s\n", name, strings.Join(parts, "; "))
		}
		if a, ok := r.Audits["largest-contentful-paint-element"]; ok && a.DisplayValue != "" {
			fmt.Fprintf(t.w, "- %s, LCP element: %s\n", name, a.DisplayValue)
		}
	}
	if b, err := os.ReadFile(*profile); err == nil && len(b) > 0 {
		fmt.Fprintf(t.w, "\n%s", b)
	}
	if b, err := os.ReadFile(*wasmSize); err == nil && len(b) > 0 {
		fmt.Fprintf(t.w, "\nwasm code by Go package, from builds without `-s -w` (uncompressed bytes; `go tool nm` does not read wasm, so app/bench/wasmsize reads the name and code sections):\n\n%s\n", b)
	}
	if b, err := os.ReadFile(*deps); err == nil {
		if s := strings.TrimSpace(string(b)); s != "" {
			fmt.Fprintf(t.w, "Packages in the report's js/wasm build and not in the hello world's (`go list -deps`): %s\n\n",
				strings.Join(strings.Fields(s), ", "))
		}
	}
}

func path(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		if j := strings.IndexByte(u[i+3:], '/'); j >= 0 {
			return u[i+3+j:]
		}
	}
	return u
}

// ---------- notes

func (t *tables) notes() {
	fmt.Fprintf(t.w, `### Notes

- The hello world is go-app's canonical example (a component rendering h1 "Hello World!", app.Route("/"), app.RunWhenOnBrowser(), app.GenerateStaticWebsite with app.Handler{Name: "Hello", Description: "An Hello World! example"}), generated at bench time outside the repository, with the same Go, the same build flags and the same brotli/gzip commands; wasm_exec.js is the toolchain's. The one addition is Resources: app.GitHubPages("hello"), go-app's way to run under a sub-path (/hello/); without it its absolute URLs would 404 there.
- It is left as go-app generates it: its icons point at raw.githubusercontent.com (not counted above, blocked by the server's CSP img-src 'self' and unreachable offline), its title is empty and its viewport blocks zoom — so its accessibility, best-practices and SEO scores say little.
- Both sites are served by app/server (brotli .br siblings, the production CSP, Cache-Control: no-cache) from snapshots taken after the build.
- Latency: element.click() / an "input" event dispatched in the page; the time runs from just before the dispatch until the change is in the DOM (aria-pressed / the text of the filters' role=status live region, seen by a MutationObserver) and the next frame has run (requestAnimationFrame, then a task). go-app handles events on its own goroutine, so the change can come after click() returns. The first-click rows: "cold" is a new browser context (no HTTP cache, no service worker); "warm" a new tab after the other visits; "cold, 4× CPU slowdown" adds Chromium's CPU throttling at Lighthouse's mobile rate, for information. The click is scheduled by a script injected at document start to run at performance.now() = 2000; the row reports the time from 2.000 s, which includes any time the main thread was still busy.
- Lighthouse uses simulated throttling (4× CPU slowdown, slow 4G), so its TBT is an estimate scaled from this machine's trace; the latency rows are unthrottled. The machine is shared and noisy: one Lighthouse run can be far off (a 10 s stall was seen once), so each site gets LH_RUNS (default 3) runs and the run with the median performance score is shown.
`)
}

// ---------- helpers

func size(p string) int64 {
	fi, err := os.Stat(p)
	if err != nil {
		return -1
	}
	return fi.Size()
}

func ratio(a, b int64) string {
	if a <= 0 || b <= 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f×", float64(a)/float64(b))
}

// num formats n with thousands separators ("—" when negative: missing).
func num(n int64) string {
	if n < 0 {
		return "—"
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
