package main

import (
	"idmreport/app/bench/internal/latres"

	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// This file makes the interaction-latency table.

func ms1(v float64) string {
	switch {
	case math.IsNaN(v):
		return "n/a"
	case math.IsInf(v, 1):
		return "timeout"
	}
	return fmt.Sprintf("%.1f ms", v)
}

func (t *tables) latency() {
	fmt.Fprintf(t.w, "### 4. Interaction latency (headless Chromium, e2e launch flags, no CPU throttling)\n\n")
	var r latres.Result
	b, err := os.ReadFile(*latency)
	if err == nil {
		err = json.Unmarshal(b, &r)
	}
	if err != nil {
		fmt.Fprintf(t.w, "No latency result (%v).\n\n", err)
	} else {
		t.lat = &r
		fmt.Fprintf(t.w, "Window %s; data-ready %s after navigation start on the first (cold) load; map `#speakers figure` scrolled into view: %v.\n\n",
			r.Window, ms1(r.ReadyMS), r.MapInView)
		var lcp []string
		for _, c := range r.Load.LCP {
			lcp = append(lcp, fmt.Sprintf("%.0f ms `%s` (%.0f px²)", c.Time, c.Element, c.Size))
		}
		if len(lcp) > 0 {
			fmt.Fprintf(t.w, "LCP candidates of that load (unthrottled): %s.\n", strings.Join(lcp, " → "))
		}
		var shifts []string
		for _, x := range r.Load.Shifts {
			shifts = append(shifts, fmt.Sprintf("%.4f at %.0f ms (%s)", x.Value, x.Time, x.Sources))
		}
		fmt.Fprintf(t.w, "Layout shifts of that load until 500 ms after ready: CLS %.4f%s.\n\n", r.Load.CLS, map[bool]string{true: ": " + strings.Join(shifts, "; "), false: ""}[len(shifts) > 0])
		fmt.Fprintf(t.w, "| interaction | median | worst | n | notes |\n|---|---:|---:|---:|---|\n")
		for _, s := range []struct {
			name string
			s    latres.Series
		}{{"theme toggle (`button#theme-children`, map on screen)", r.Toggle}, {"search keystroke (`#search`, until `.filters [role=status]` changes)", r.Search}} {
			note := fmt.Sprintf("%s; map still on screen after %d of %d", s.s.What, s.s.MapInView, len(s.s.Samples)+s.s.Timeouts)
			if s.s.Timeouts > 0 {
				note += fmt.Sprintf("; **%d timeouts** (%s)", s.s.Timeouts, s.s.Note)
			}
			fmt.Fprintf(t.w, "| %s | %s | %s | %d | %s |\n", s.name, ms1(s.s.Median()), ms1(s.s.Worst()), len(s.s.Samples), note)
		}
		for _, f := range r.FirstClick {
			name := fmt.Sprintf("first filter click 2 s after navigation start (`#theme-health`, %s)", f.Mode)
			if f.Error != "" {
				fmt.Fprintf(t.w, "| %s | error | | | %s |\n", name, f.Error)
				continue
			}
			var notes []string
			if f.ClickAt > 2050 {
				notes = append(notes, fmt.Sprintf("the 2 s timer only ran at %.0f ms: main thread busy", f.ClickAt))
			}
			if f.ReadyAtClick {
				notes = append(notes, fmt.Sprintf("app ready at %.0f ms, before the click", f.ReadyAt))
			} else {
				notes = append(notes, fmt.Sprintf("app not ready at the click (ready at %.0f ms): **includes waiting for the wasm**", f.ReadyAt))
			}
			if f.Lost {
				notes = append(notes, fmt.Sprintf("the click on the prerendered page was lost; clicked again once ready (%.1f ms from that click)", f.AfterReadyMS))
			}
			notes = append(notes, fmt.Sprintf("%.1f ms from the actual click", f.TotalMS))
			var lt []string
			for _, x := range f.LongTasks {
				lt = append(lt, fmt.Sprintf("%.0f+%.0f", x.Start, x.Duration))
			}
			if len(lt) > 0 {
				notes = append(notes, "long tasks (start+ms): "+strings.Join(lt, ", "))
			}
			fmt.Fprintf(t.w, "| %s | %s (from 2.000 s) | | 1 | %s |\n", name, ms1(f.From2sMS), strings.Join(notes, "; "))
		}
		for _, e := range r.Errors {
			fmt.Fprintf(t.w, "\n- latency error: %s", e)
		}
	}
	// Decode time of the embedded data.
	t.decodeMS = "n/a"
	nat := benchLines(*decode)
	wasm := benchLines(*decodeWasm)
	if len(nat) == 0 {
		note := "there is no BenchmarkDecode in app/model"
		if b, err := os.ReadFile(*decode); err == nil {
			for _, l := range strings.Split(string(b), "\n") {
				if n, ok := strings.CutPrefix(l, "# note: "); ok {
					note = n
				}
			}
		}
		fmt.Fprintf(t.w, "| decode of the embedded data (`go test -bench BenchmarkDecode ./app/model/`) | n/a | | | %s |\n", strings.ReplaceAll(note, "|", "\\|"))
	}
	for _, l := range nat {
		fmt.Fprintf(t.w, "| decode `%s` native | %s | | %s | %s |\n", l.name, ms1(l.nsPerOp/1e6), l.n, l.extra)
		if t.decodeMS == "n/a" {
			t.decodeMS = ms1(l.nsPerOp / 1e6)
		}
	}
	for _, l := range wasm {
		fmt.Fprintf(t.w, "| decode `%s` js/wasm (Node) | %s | | %s | %s |\n", l.name, ms1(l.nsPerOp/1e6), l.n, l.extra)
	}
	for _, l := range benchLines(*decodeProg) {
		fmt.Fprintf(t.w, "| startup data work `%s` (app/bench/decode; js/wasm runs in Node) | %s | | %s | %s |\n", l.name, ms1(l.nsPerOp/1e6), l.n, l.extra)
	}
	fmt.Fprintln(t.w)
}

type benchLine struct {
	name, n, extra string
	nsPerOp        float64
}

var benchRe = regexp.MustCompile(`^(\S+)\s+(\d+)\s+([\d.]+) ns/op(.*)$`)

func benchLines(file string) []benchLine {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var out []benchLine
	for _, l := range strings.Split(string(b), "\n") {
		m := benchRe.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		v, _ := strconv.ParseFloat(m[3], 64)
		out = append(out, benchLine{name: m[1], n: m[2], nsPerOp: v, extra: strings.Join(strings.Fields(m[4]), " ")})
	}
	return out
}

// ---------- 5. targets
