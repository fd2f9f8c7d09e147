package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// readable is what a reader can see of the static document.
type readable struct {
	Paras []struct {
		ID, Text string
		Visible  bool
	}
	Required map[string][2]int // selector → [elements, visible ones]
	Controls map[string][2]int // wasm-only controls: selector → [elements, visible ones]
	Covered  string            // the element over the viewport's centre when it is not the document's
	Classes  string            // <html class>
}

// readableJS collects a readable with the browser's checkVisibility().
const readableJS = `(() => {
	const vis = e => !!e && e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true,
		opacityProperty: true, visibilityProperty: true}) && e.getClientRects().length > 0;
	const count = sels => Object.fromEntries(sels.map(s => {
		const all = [...document.querySelectorAll(s)];
		return [s, [all.length, all.filter(vis).length]];
	}));
	const mid = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
	return {
		Paras: [...document.querySelectorAll("div.para")].map(e => {
			const p = e.querySelector("p");
			return {ID: e.id, Visible: vis(e) && vis(p), Text: p ? p.innerText : ""};
		}),
		Required: count(["#speaker-directory", "table.place-table", "#speakers svg.map-svg"]),
		Controls: count(["[data-island=filters]", "[data-island=result]", "button[data-act]", "#share-open", ".map-zoom button"]),
		Covered: mid && mid.closest("#idm") ? "" : (mid ? mid.outerHTML.slice(0, 120) : "nothing"),
		Classes: document.documentElement.className,
	};
})()`

// checkReadable fails the test unless every paragraph of the report is
// visible with its text, the directory, tables and map are visible, nothing
// covers the page and, when controlsOff, no wasm-only control is visible.
func checkReadable(t *testing.T, ctx context.Context, controlsOff bool) {
	t.Helper()
	r := report(t)
	got := evaluate[readable](t, ctx, readableJS)
	byID := map[string]int{}
	for i, p := range got.Paras {
		byID[p.ID] = i
	}
	bad := 0
	for _, want := range r.Paragraphs {
		i, ok := byID[string(want.ID)]
		switch {
		case !ok:
			t.Errorf("paragraph %s is not in the page", want.ID)
		case !got.Paras[i].Visible || strings.TrimSpace(got.Paras[i].Text) == "":
			bad++
		case strings.Join(strings.Fields(got.Paras[i].Text), " ") != strings.Join(strings.Fields(want.Text), " "):
			t.Errorf("paragraph %s reads %.60q…, want %.60q…", want.ID, got.Paras[i].Text, want.Text)
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d paragraphs not visible or empty (html class %q)", bad, len(r.Paragraphs), got.Classes)
	}
	for sel, n := range got.Required {
		if n[0] == 0 || n[1] != n[0] {
			t.Errorf("%s: %d visible of %d, want all (and at least one)", sel, n[1], n[0])
		}
	}
	if got.Covered != "" {
		t.Errorf("the viewport's centre shows %s, not the report", got.Covered)
	}
	for sel, n := range got.Controls {
		if n[0] == 0 {
			t.Errorf("no %s in the page", sel)
		} else if controlsOff && n[1] > 0 {
			t.Errorf("%d of %d %s visible, but they cannot work without the wasm", n[1], n[0], sel)
		}
	}
}

// TestPrerenderedText proves the static document reads without the wasm:
// while the wasm loads, with JavaScript off, with ?wasm=false and under a
// search engine's user agent, all 86 paragraphs, the speaker directory, the
// tables and the map are visible (checkVisibility), nothing covers them, and
// (except while loading) the controls that need the wasm are out of sight.
// The failing wasm cases are in TestWasmFailure.
func TestPrerenderedText(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	p := newBrowser(t)
	ua := evaluate[string](t, p.ctx, `navigator.userAgent`)

	t.Run("loading", func(t *testing.T) {
		base, g := startSiteHeld(t, "/idm2017/")
		leaveAfter(t, p)
		navigate(t, p, base)
		waitHeld(t, p, g)
		if c := evaluate[string](t, p.ctx, `document.documentElement.className`); !strings.Contains(" "+c+" ", " js ") {
			t.Errorf("html class %q lacks js while the wasm loads", c)
		}
		checkReadable(t, p.ctx, false)
	})
	t.Run("javascript off", func(t *testing.T) {
		base := startSite(t, "/idm2017/")
		leaveAfter(t, p)
		setJS(t, p.ctx, false)
		defer setJS(t, p.ctx, true)
		p.reset()
		navigate(t, p, base)
		checkReadable(t, p.ctx, true)
		assertNoErrors(t, p)
	})
	t.Run("wasm=false", func(t *testing.T) {
		base := startSite(t, "/idm2017/")
		leaveAfter(t, p)
		p.reset()
		navigate(t, p, base+"?wasm=false")
		settle(t, p.ctx, 300)
		checkReadable(t, p.ctx, true)
		assertNoErrors(t, p)
	})
	t.Run("bot", func(t *testing.T) {
		base := startSite(t, "/idm2017/")
		leaveAfter(t, p)
		setUA(t, p.ctx, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
		defer setUA(t, p.ctx, ua)
		p.reset()
		navigate(t, p, base)
		settle(t, p.ctx, 300)
		checkReadable(t, p.ctx, true)
		assertNoErrors(t, p)
	})
}

// leaveAfter sends the shared tab to about:blank when the subtest ends,
// before its server closes, so no late request of the page fails.
func leaveAfter(t *testing.T, p *page) {
	t.Cleanup(func() { navigate(t, p, "about:blank") })
}

func setJS(t *testing.T, ctx context.Context, on bool) {
	t.Helper()
	spoil(ctx)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: !on}); err != nil {
		t.Fatal(err)
	}
}

func setUA(t *testing.T, ctx context.Context, ua string) {
	t.Helper()
	spoil(ctx)
	if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: ua}); err != nil {
		t.Fatal(err)
	}
}

// TestPrerenderedHead checks the head of index.html: the viewport allows
// zoom, no root-absolute /web/ path, no og:url pointing at the generator.
func TestPrerenderedHead(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	b, err := os.ReadFile(filepath.Join(siteDir(t), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"user-scalable=0", "maximum-scale=1", `="/web/`, `og:url`} {
		if strings.Contains(string(b), bad) {
			t.Errorf("index.html contains %q", bad)
		}
	}
}

// layoutShift sums the page's layout-shift entries so far (buffered).
const layoutShift = `new Promise(done => {
	let sum = 0;
	new PerformanceObserver(list => {
		for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
	}).observe({type: "layout-shift", buffered: true});
	setTimeout(() => done(sum), 300);
})`

// TestNoLayoutShift loads the page, lets the wasm take over, and checks that
// nothing moved: the first client render is the prerendered markup.
func TestNoLayoutShift(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	p := newBrowser(t)
	for _, width := range []int{1280, 360, 320} {
		base := startSite(t, "/idm2017/") // a new origin: no cache, no service worker
		setWidth(t, p, width)
		navigate(t, p, base)
		waitReady(t, p.ctx)
		if got := evaluate[float64](t, p.ctx, layoutShift); got != 0 {
			t.Errorf("width %d: cumulative layout shift %v, want 0", width, got)
		}
		if got := evaluate[bool](t, p.ctx, `document.documentElement.scrollWidth > document.documentElement.clientWidth`); got {
			t.Errorf("width %d: the page scrolls horizontally", width)
		}
		assertNoErrors(t, p)
	}
}
