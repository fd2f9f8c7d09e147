package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
)

// This file reads the Lighthouse reports and makes their table.

type lhr struct {
	file              string
	runs              []float64 // performance scores of every run
	LighthouseVersion string    `json:"lighthouseVersion"`
	RuntimeError      *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"runtimeError"`
	RunWarnings    []string `json:"runWarnings"`
	ConfigSettings struct {
		FormFactor       string `json:"formFactor"`
		ThrottlingMethod string `json:"throttlingMethod"`
	} `json:"configSettings"`
	Categories map[string]struct {
		Title     string   `json:"title"`
		Score     *float64 `json:"score"`
		AuditRefs []struct {
			ID     string  `json:"id"`
			Weight float64 `json:"weight"`
		} `json:"auditRefs"`
	} `json:"categories"`
	Audits map[string]struct {
		Title        string          `json:"title"`
		Score        *float64        `json:"score"`
		ScoreMode    string          `json:"scoreDisplayMode"`
		NumericValue *float64        `json:"numericValue"`
		DisplayValue string          `json:"displayValue"`
		Details      json.RawMessage `json:"details"`
	} `json:"audits"`
}

// loadLH reads the runs in the comma-separated list and returns the one
// with the median performance score.
func loadLH(list string) *lhr {
	var runs []*lhr
	for _, f := range strings.Split(list, ",") {
		if f == "" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		var r lhr
		if json.Unmarshal(b, &r) != nil {
			continue
		}
		r.file = f
		runs = append(runs, &r)
	}
	if len(runs) == 0 {
		return nil
	}
	perf := func(r *lhr) float64 {
		if s := r.Categories["performance"].Score; s != nil {
			return *s
		}
		return -1
	}
	sort.SliceStable(runs, func(i, j int) bool { return perf(runs[i]) < perf(runs[j]) })
	m := runs[(len(runs)-1)/2]
	for _, r := range runs {
		m.runs = append(m.runs, perf(r))
	}
	return m
}

func (r *lhr) score(cat string) string {
	if r == nil {
		return "n/a"
	}
	c, ok := r.Categories[cat]
	if !ok || c.Score == nil {
		return "n/a"
	}
	return fmt.Sprintf("%.2f", *c.Score)
}

func (r *lhr) scoreVal(cat string) float64 {
	if r == nil {
		return math.NaN()
	}
	if c, ok := r.Categories[cat]; ok && c.Score != nil {
		return *c.Score
	}
	return math.NaN()
}

func (r *lhr) metric(id string) float64 {
	if r == nil {
		return math.NaN()
	}
	if a, ok := r.Audits[id]; ok && a.NumericValue != nil {
		return *a.NumericValue
	}
	return math.NaN()
}

func ms(v float64) string {
	if math.IsNaN(v) {
		return "n/a"
	}
	return fmt.Sprintf("%s ms", num(int64(math.Round(v))))
}

func (t *tables) lighthouse() {
	t.lh[0], t.lh[1] = loadLH(*lhReport), loadLH(*lhHello)
	ver, mode := "12.2.3", "mobile, simulated throttling"
	for _, r := range t.lh {
		if r != nil {
			ver = r.LighthouseVersion
			mode = r.ConfigSettings.FormFactor + ", " + r.ConfigSettings.ThrottlingMethod + " throttling"
		}
	}
	fmt.Fprintf(t.w, "### 3. Lighthouse %s (%s), served with brotli by app/server under a sub-path\n\n", ver, mode)
	fmt.Fprintf(t.w, "| | report `/idm2017/` | hello world `/hello/` |\n|---|---:|---:|\n")
	for _, c := range []string{"performance", "accessibility", "best-practices", "seo"} {
		fmt.Fprintf(t.w, "| %s | %s | %s |\n", c, t.lh[0].score(c), t.lh[1].score(c))
	}
	for _, m := range []struct{ name, id string }{
		{"First Contentful Paint", "first-contentful-paint"},
		{"Largest Contentful Paint", "largest-contentful-paint"},
		{"Total Blocking Time", "total-blocking-time"},
		{"Speed Index", "speed-index"},
	} {
		fmt.Fprintf(t.w, "| %s | %s | %s |\n", m.name, ms(t.lh[0].metric(m.id)), ms(t.lh[1].metric(m.id)))
	}
	cls := func(r *lhr) string {
		v := r.metric("cumulative-layout-shift")
		if math.IsNaN(v) {
			return "n/a"
		}
		return fmt.Sprintf("%.3f", v)
	}
	fmt.Fprintf(t.w, "| Cumulative Layout Shift | %s | %s |\n", cls(t.lh[0]), cls(t.lh[1]))
	fmt.Fprintf(t.w, "| main-thread work | %s | %s |\n", ms(t.lh[0].metric("mainthread-work-breakdown")), ms(t.lh[1].metric("mainthread-work-breakdown")))
	fmt.Fprintf(t.w, "| JS/wasm boot-up | %s | %s |\n", ms(t.lh[0].metric("bootup-time")), ms(t.lh[1].metric("bootup-time")))
	fmt.Fprintf(t.w, "| total transfer (as Lighthouse saw it) | %s | %s |\n", kib(t.lh[0].metric("total-byte-weight")), kib(t.lh[1].metric("total-byte-weight")))
	runs := func(r *lhr) string {
		if r == nil || len(r.runs) < 2 {
			return ""
		}
		var s []string
		for _, v := range r.runs {
			s = append(s, fmt.Sprintf("%.2f", v))
		}
		return strings.Join(s, " / ")
	}
	if a, b := runs(t.lh[0]), runs(t.lh[1]); a != "" || b != "" {
		fmt.Fprintf(t.w, "| performance of every run (median shown) | %s | %s |\n", a, b)
	}
	fmt.Fprintln(t.w)
	for i, r := range t.lh {
		name := []string{"report", "hello world"}[i]
		if r == nil {
			fmt.Fprintf(t.w, "- %s: no Lighthouse result.\n", name)
			continue
		}
		if r.RuntimeError != nil && r.RuntimeError.Code != "" {
			fmt.Fprintf(t.w, "- %s: Lighthouse error %s: %s\n", name, r.RuntimeError.Code, r.RuntimeError.Message)
		}
		for _, wn := range r.RunWarnings {
			fmt.Fprintf(t.w, "- %s: Lighthouse warning: %s\n", name, oneLine(wn))
		}
		var errored []string
		for id, a := range r.Audits {
			if a.ScoreMode == "error" {
				errored = append(errored, "`"+id+"`")
			}
		}
		if len(errored) > 0 {
			sort.Strings(errored)
			fmt.Fprintf(t.w, "- %s: audits Lighthouse could not run (a Lighthouse 12.2.3 / Chromium trace mismatch, not the page): %s\n", name, strings.Join(errored, ", "))
		}
		var failed []string
		for _, c := range []string{"accessibility", "best-practices", "seo"} {
			for _, ref := range r.Categories[c].AuditRefs {
				a := r.Audits[ref.ID]
				if ref.Weight > 0 && a.Score != nil && *a.Score < 1 && a.ScoreMode != "informative" && a.ScoreMode != "notApplicable" {
					failed = append(failed, fmt.Sprintf("%s: `%s`", c, ref.ID))
				}
			}
		}
		if len(failed) > 0 {
			fmt.Fprintf(t.w, "- %s: failed audits — %s\n", name, strings.Join(failed, ", "))
		}
	}
	fmt.Fprintf(t.w, "\n")
}

func kib(v float64) string {
	if math.IsNaN(v) {
		return "n/a"
	}
	return fmt.Sprintf("%s B", num(int64(v)))
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// ---------- 4. latency
