// Command profile records a V8 CPU profile of one cold load of the report
// in headless Chromium (the launch flags of app/e2e), from navigation until
// data-ready plus 300 ms, and prints where the time went as Markdown: by
// Go package (self time) and by function (inclusive time). Serve a copy of
// the site whose web/app.wasm was built without -s -w (and without its
// .br/.gz twins) so that the wasm functions have names.
//
//	profile -url http://127.0.0.1:PORT/idm2017/ -pkgs deps.txt
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"

	launch "idmreport/app/chrome"

	"idmreport/app/bench/internal/wasmname"
)

func main() {
	url := flag.String("url", "", "the report served with an unstripped app.wasm")
	pkgs := flag.String("pkgs", "", "comma-separated go list -deps outputs, to name packages")
	top := flag.Int("top", 12, "rows per table")
	chrome := flag.String("chrome", os.Getenv("CHROME_PATH"), "Chromium binary")
	flag.Parse()
	if *url == "" {
		log.Fatal("profile: -url is required")
	}
	if *chrome == "" {
		*chrome = "/usr/bin/chromium"
	}
	known, err := wasmname.Load(*pkgs)
	if err != nil {
		log.Fatal(err)
	}
	load, toggles, err := record(*chrome, *url)
	if err != nil {
		log.Fatalf("profile: %v", err)
	}
	report(os.Stdout, "CPU profile of one cold load until data-ready + 300 ms", load, known, *top)
	if toggles != nil {
		report(os.Stdout, "CPU profile of 10 theme toggles (`#theme-children`, map on screen, each until aria-pressed flips + a frame + 100 ms)", toggles, known, *top)
	}
}

// togglesJS clicks the theme button 10 times, waiting each time for the
// change, a frame and 100 ms.
const togglesJS = `(async () => {
  const m = document.querySelector("#speakers figure");
  if (m) m.scrollIntoView({block: "center", behavior: "instant"});
  const sel = "#theme-children";
  for (let i = 0; i < 10; i++) {
    const b = document.querySelector(sel);
    if (!b) return false;
    const before = b.getAttribute("aria-pressed");
    const t0 = performance.now();
    b.click();
    while ((document.querySelector(sel) || {getAttribute: () => before}).getAttribute("aria-pressed") === before && performance.now() - t0 < 3000) {
      await new Promise(r => setTimeout(r, 1));
    }
    await new Promise(r => requestAnimationFrame(() => setTimeout(r, 100)));
  }
  return true;
})()`

func startProfile(ctx context.Context, t *chromedp.Target) error {
	if _, err := cdp.Call(ctx, t, profiler.Enable, cdp.Empty{}); err != nil {
		return err
	}
	if _, err := cdp.Call(ctx, t, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200}); err != nil {
		return err
	}
	_, err := cdp.Call(ctx, t, profiler.Start, cdp.Empty{})
	return err
}

func stopProfile(ctx context.Context, t *chromedp.Target) (*profiler.Profile, error) {
	r, err := cdp.Call(ctx, t, profiler.Stop, cdp.Empty{})
	return r.Profile, err
}

func record(chrome, url string) (load, toggles *profiler.Profile, err error) {
	dataDir, err := os.MkdirTemp("", "idm-bench-chrome-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dataDir)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	opts := launch.Options(chrome, dataDir, 1280, 900, io.Discard)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	tab, cancelTab := chromedp.NewContext(allocCtx)
	defer cancelTab()
	if err := chromedp.Do(tab, chromedp.Func(startProfile), chromedp.Navigate(url)); err != nil {
		return nil, nil, err
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](`document.documentElement.dataset.ready === "true"`))
		if err == nil && ok {
			break
		}
		if time.Now().After(deadline) {
			return nil, nil, fmt.Errorf("page not ready after 60 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	if load, err = chromedp.Run(tab, stopProfile); err != nil {
		return nil, nil, err
	}
	time.Sleep(500 * time.Millisecond)
	if err := chromedp.Do(tab, chromedp.Func(startProfile)); err != nil {
		return load, nil, nil
	}
	ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](togglesJS, chromedp.EvalAwaitPromise))
	toggles, err2 := chromedp.Run(tab, stopProfile)
	if err != nil || !ok || err2 != nil {
		return load, nil, nil
	}
	return load, toggles, nil
}

// report prints self time by category/package and inclusive time by
// function.
func report(w io.Writer, title string, p *profiler.Profile, known wasmname.Packages, top int) {
	nodes := map[int64]*profiler.ProfileNode{}
	parent := map[int64]int64{}
	for _, n := range p.Nodes {
		nodes[n.ID] = n
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	label := func(n *profiler.ProfileNode) (group, fn string) {
		cf := n.CallFrame
		name := cf.FunctionName
		switch {
		case strings.HasPrefix(cf.URL, "wasm://"):
			name = strings.TrimPrefix(name, "$")
			return "Go: " + known.Of(name), known.Pretty(name)
		case strings.HasPrefix(name, "(") && cf.URL == "":
			return name, name
		case cf.URL == "":
			return "native / browser", name
		default:
			file := cf.URL[strings.LastIndex(cf.URL, "/")+1:]
			if name == "" {
				name = "(anonymous)"
			}
			return "JS: " + file, file + " " + name
		}
	}
	self := map[string]float64{}
	incl := map[string]float64{}
	var total, busy float64
	for i, id := range p.Samples {
		if i >= len(p.TimeDeltas) {
			break
		}
		// A sample's time is the delta to the next sample.
		d := 0.0
		if i+1 < len(p.TimeDeltas) {
			d = float64(p.TimeDeltas[i+1]) / 1000
		}
		n := nodes[id]
		if n == nil {
			continue
		}
		total += d
		g, _ := label(n)
		self[g] += d
		if g == "(idle)" || g == "(program)" {
			continue
		}
		busy += d
		seen := map[string]bool{}
		for cur := id; cur != 0; cur = parent[cur] {
			cn := nodes[cur]
			if cn == nil {
				break
			}
			_, fn := label(cn)
			if fn == "(root)" || seen[fn] {
				continue
			}
			seen[fn] = true
			incl[fn] += d
		}
	}
	fmt.Fprintf(w, "%s (unthrottled; unstripped wasm built from the same sources): %.0f ms recorded, %.0f ms busy.\n\n", title, total, busy)
	fmt.Fprintf(w, "| self time by package / category | ms | %% of busy |\n|---|---:|---:|\n")
	for _, k := range sorted(self, top+2) {
		if k == "(idle)" || k == "(program)" {
			continue
		}
		fmt.Fprintf(w, "| %s | %.0f | %.0f %% |\n", k, self[k], 100*self[k]/busy)
	}
	fmt.Fprintf(w, "\n| inclusive time by function | ms | %% of busy |\n|---|---:|---:|\n")
	for _, k := range sorted(incl, top*2) {
		fmt.Fprintf(w, "| `%s` | %.0f | %.0f %% |\n", k, incl[k], 100*incl[k]/busy)
	}
	fmt.Fprintln(w)
}

func sorted(m map[string]float64, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}
