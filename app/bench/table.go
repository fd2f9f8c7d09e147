package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

// results is everything the table reads.
type results struct {
	wasm    [3][2]float64 // raw, gzip, brotli × report, hello
	lh      [2]lhRuns     // report, hello
	lat     Latency
	loads   []Load
	errs    []string // what could not be read
	decode  string   // go test -bench output
	elapsed string
}

func tableCmd(args []string) error {
	fs := flag.NewFlagSet("table", flag.ExitOnError)
	report := fs.String("report", "", "the built report (site folder)")
	hello := fs.String("hello", "", "the built hello world (site folder)")
	dir := fs.String("results", "bench", "folder with latency.json, load.json, decode.txt, lighthouse-{report,hello}-N.json")
	elapsed := fs.String("elapsed", "?", "how long the bench took, for the header")
	fs.Parse(args)
	r := results{lh: [2]lhRuns{readLighthouse(*dir, "report"), readLighthouse(*dir, "hello")}, elapsed: *elapsed}
	for i, suffix := range []string{"", ".gz", ".br"} {
		for j, site := range []string{*report, *hello} {
			r.wasm[i][j] = math.NaN()
			if fi, err := os.Stat(filepath.Join(site, "web/app.wasm"+suffix)); err == nil {
				r.wasm[i][j] = float64(fi.Size())
			}
		}
	}
	if err := readJSON(filepath.Join(*dir, "latency.json"), &r.lat); err != nil {
		r.errs = append(r.errs, "interaction latency: "+err.Error())
	}
	if err := readJSON(filepath.Join(*dir, "load.json"), &r.loads); err != nil {
		r.errs = append(r.errs, "throttled loads: "+err.Error())
	}
	for _, l := range r.loads {
		if l.Error != "" {
			r.errs = append(r.errs, fmt.Sprintf("throttled load of the %s (scroll %v): %s", l.Site, l.Scroll, l.Error))
		}
	}
	if len(r.lh[0]) == 0 || len(r.lh[1]) == 0 {
		r.errs = append(r.errs, fmt.Sprintf("Lighthouse: %d report and %d hello world runs", len(r.lh[0]), len(r.lh[1])))
	}
	b, _ := os.ReadFile(filepath.Join(*dir, "decode.txt"))
	r.decode = string(b)
	r.write(os.Stdout)
	return nil
}

// load returns the throttled load of site (with scrolling or not).
func (r *results) load(site string, scroll bool) Load {
	for _, l := range r.loads {
		if l.Site == site && l.Scroll == scroll {
			return l
		}
	}
	return Load{Site: site, Error: "not measured"}
}

// write prints the whole Markdown result.
func (r *results) write(w io.Writer) {
	cv, _ := exec.Command(chromePath(), "--version").Output()
	fmt.Fprintf(w, "## IDM 2017 report vs go-app v9.8.0 hello world — `./build.sh bench`\n\n%s · %s %s/%s · %d CPUs · %s · bench took %s\n\n",
		time.Now().UTC().Format("2006-01-02 15:04 UTC"), runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), strings.TrimSpace(string(cv)), r.elapsed)
	for _, e := range r.errs {
		fmt.Fprintf(w, "- **not measured**: %s\n", e)
	}
	r.summary(w)
	r.sizes(w)
	r.lighthouse(w)
	if r.decode != "" {
		fmt.Fprintf(w, "### Decoding the embedded data (`go test -bench BenchmarkDecode -benchtime 200x ./app/model/`, native, then js/wasm in Node)\n\n```\n%s```\n\n", r.decode)
	}
	fmt.Fprint(w, notes)
}

// summary is the table of the figures that issue 10 sets targets for.
func (r *results) summary(w io.Writer) {
	fmt.Fprintf(w, "\n### Figures and the targets of issue 10\n\n| figure | report | hello world | report ÷ hello | target | met |\n|---|---:|---:|---:|---|---|\n")
	// row prints one row; met is judged only when measured.
	row := func(name, report, hello string, ratio float64, target string, ok, measured bool) {
		met, rs := "", ""
		if target != "—" && measured {
			met = map[bool]string{true: "yes", false: "**no**"}[ok]
		}
		if !math.IsNaN(ratio) && !math.IsInf(ratio, 0) {
			rs = fmt.Sprintf("%.2f×", ratio)
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", name, report, hello, rs, target, met)
	}
	for i, name := range []string{"wasm, raw", "wasm, gzip -9", "wasm, brotli -q 11"} {
		v, target := r.wasm[i], map[bool]string{true: "≤ 1.10×", false: "—"}[i == 2]
		row(name, num(v[0])+" B", num(v[1])+" B", v[0]/v[1], target, v[0]/v[1] <= 1.10, v[0]/v[1] > 0)
	}
	rl, hl, sl := r.load("report", false), r.load("hello", false), r.load("report", true)
	q, measured := float64(rl.Bytes)/float64(hl.Bytes), rl.Error+hl.Error == ""
	row("first-load bytes (cold, until ready)", num(float64(rl.Bytes))+" B", num(float64(hl.Bytes))+" B", q, "≤ 1.15×", q <= 1.15, measured)
	perf := [2]float64{r.lh[0].value("performance", ""), r.lh[1].value("performance", "")}
	tbt := [2]float64{r.lh[0].value("", "total-blocking-time"), r.lh[1].value("", "total-blocking-time")}
	row(fmt.Sprintf("Lighthouse mobile performance (median of %d)", len(r.lh[0])), fmt.Sprintf("%.2f", perf[0]), fmt.Sprintf("%.2f", perf[1]), math.NaN(), "—", false, false)
	row("Lighthouse mobile TBT (median)", ms(tbt[0]), ms(tbt[1]), tbt[0]/tbt[1], "≤ 1.2×", tbt[0]/tbt[1] <= 1.2, tbt[1] > 0)
	for _, s := range r.lat.Series {
		m, p := quantile(s.Judged, 0.5), quantile(s.Judged, 0.95)
		row(s.Name+", median / p95", ms1(m)+" / "+ms1(p), "", math.NaN(), "≤ 16 ms / ≤ 33 ms", m <= 16 && p <= 33 && s.Timeouts == 0, len(s.Judged) > 0)
	}
	row("throttled phone: first paint", ms(rl.FirstPaint), ms(hl.FirstPaint), rl.FirstPaint/hl.FirstPaint, "—", false, false)
	row("throttled phone: first paragraph visible", firstShown(rl), firstShown(hl)+" (h1)", math.NaN(), "≤ 1,500 ms", rl.FirstText > 0 && rl.FirstText <= 1500, measured)
	row("throttled phone: ready", ms(rl.Ready), ms(hl.Ready), rl.Ready/hl.Ready, "—", false, false)
	row("throttled phone: CLS, still load", fmt.Sprintf("%.3f", rl.CLS), fmt.Sprintf("%.3f", hl.CLS), math.NaN(), "0.00", math.Round(rl.CLS*100) == 0, measured)
	row("throttled phone: CLS, scrolling 300 px / 200 ms until ready", fmt.Sprintf("%.3f", sl.CLS), "", math.NaN(), "0.00", math.Round(sl.CLS*100) == 0, sl.Error == "")
	lr, lh := slices.Max(append(rl.LongTasks, 0)), slices.Max(append(hl.LongTasks, 0))
	row("throttled phone: longest task after ready (3 s)", fmt.Sprintf("%s (%d > 50 ms in all)", ms(lr), rl.AllLong), fmt.Sprintf("%s (%d)", ms(lh), hl.AllLong),
		math.NaN(), "≤ 50 ms", lr <= 50, measured)
	fmt.Fprintf(w, "\n- Latency method: the larger of the rAF method and the Event Timing API's duration per repetition (see the notes); Event Timing in this Chromium: %v.\n", r.lat.EventTiming)
	for _, s := range r.lat.Series {
		byET := 0
		for i := range s.Judged {
			if s.Event[i] > s.RAF[i] {
				byET++
			}
		}
		fmt.Fprintf(w, "- %s: %s; rAF method %s / %s, Event Timing %s / %s (0: no entry ≥ 16 ms; the larger in %d of %d); map on screen after %d; timeouts %d\n",
			s.Name, s.What, ms1(quantile(s.RAF, 0.5)), ms1(quantile(s.RAF, 0.95)), ms1(quantile(s.Event, 0.5)), ms1(quantile(s.Event, 0.95)),
			byET, len(s.Judged), s.OnScreen, s.Timeouts)
	}
	fmt.Fprintln(w)
}

// firstShown says when the first paragraph was visible, or why it was not.
func firstShown(l Load) string {
	switch {
	case l.Error != "":
		return "n/a"
	case l.FirstText > 0:
		return ms(l.FirstText)
	case l.Rendered > 0:
		return fmt.Sprintf("never on screen (%s px down the page; rendered at %s)", num(l.FirstTop), ms(l.Rendered))
	}
	return "never rendered"
}

// num formats v with thousands separators ("n/a" when NaN).
func num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "n/a"
	}
	s := fmt.Sprintf("%.0f", v)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// ms formats milliseconds as a whole number.
func ms(v float64) string {
	if math.IsNaN(v) {
		return "n/a"
	}
	return num(v) + " ms"
}

// ms1 formats milliseconds with one decimal.
func ms1(v float64) string {
	if math.IsNaN(v) {
		return "n/a"
	}
	return fmt.Sprintf("%.1f ms", v)
}
