package e2e

import (
	"context"
	"errors"
	"strings"
	"testing"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// clsObserverJS runs at document start: it sums every layout shift of the
// page (buffered) in window.__cls and describes each in window.__shifts.
const clsObserverJS = `window.__cls = 0; window.__shifts = [];
new PerformanceObserver(list => {
	for (const e of list.getEntries()) {
		if (e.hadRecentInput) continue;
		window.__cls += e.value;
		const name = n => !n ? "?" : n.id ? "#" + n.id : n.nodeName.toLowerCase() + (typeof n.className === "string" && n.className ? "." + n.className.split(" ")[0] : "");
		window.__shifts.push(e.value.toFixed(4) + " at " + Math.round(e.startTime) + " ms: " + e.sources.map(s => name(s.node)).join(" "));
	}
}).observe({type: "layout-shift", buffered: true});`

// scrollerJS scrolls the page 300 px every 200 ms from DOMContentLoaded
// until it is ready: a reader who starts reading at once.
const scrollerJS = `addEventListener("DOMContentLoaded", () => {
	const id = setInterval(() => {
		if (document.documentElement.dataset.ready === "true") { clearInterval(id); return; }
		scrollBy(0, 300);
	}, 200);
});`

// onNewDocument adds a script that runs at the start of every document of the tab.
func onNewDocument(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	spoil(ctx)
	if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: js}); err != nil {
		t.Fatal(err)
	}
}

// checkCLS fails the test when the page's cumulative layout shift is 0.01
// or more, and lists the shifts.
func checkCLS(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	type cls struct {
		Sum    float64
		Shifts []string
	}
	c := evaluate[cls](t, ctx, `({Sum: window.__cls, Shifts: window.__shifts})`)
	t.Logf("%s: CLS %.4f %s", what, c.Sum, strings.Join(c.Shifts, "; "))
	if c.Sum >= 0.01 {
		t.Errorf("%s: cumulative layout shift %.4f, want < 0.01; shifts:\n  %s", what, c.Sum, strings.Join(c.Shifts, "\n  "))
	}
}

// TestNoLayoutShiftWhileLoading proves nothing moves while the page starts:
// on a still load (wasm held, then released) the CLS is below 0.01 and the
// page is exactly as tall before and after the wasm starts; on a throttled
// load (4× CPU, 1.6 Mbps, 150 ms RTT, no cache) while the reader scrolls
// 300 px every 200 ms until ready, the CLS is below 0.01 too.
func TestNoLayoutShiftWhileLoading(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	t.Run("still", func(t *testing.T) {
		base, g := startSiteHeld(t, "/idm2017/")
		p := newBrowser(t)
		onNewDocument(t, p.ctx, clsObserverJS)
		navigate(t, p, base)
		waitHeld(t, p, g)
		settle(t, p.ctx, 100)
		before := evaluate[float64](t, p.ctx, `document.documentElement.scrollHeight`)
		g.release()
		waitReady(t, p.ctx)
		settle(t, p.ctx, 500)
		if after := evaluate[float64](t, p.ctx, `document.documentElement.scrollHeight`); after != before {
			t.Errorf("page height %v px before the wasm started, %v px after", before, after)
		}
		checkCLS(t, p.ctx, "still load")
	})
	t.Run("throttled, scrolling", func(t *testing.T) {
		base := startSite(t, "/idm2017/")
		// A browser of its own: a throttled tab beside the other tests' tabs
		// in one Chromium sometimes stalls for good (see TestDeepLinksLand).
		p := newOwnBrowser(t)
		onNewDocument(t, p.ctx, clsObserverJS)
		onNewDocument(t, p.ctx, scrollerJS)
		if err := throttle(p.ctx); err != nil {
			t.Fatal(err)
		}
		err := loadParsed(p.ctx, base)
		if errors.Is(err, errStalled) {
			t.Log(err, "; retrying")
			err = loadParsed(p.ctx, base)
		}
		if err != nil {
			t.Fatal(err)
		}
		waitReady(t, p.ctx)
		settle(t, p.ctx, 500)
		if y := evaluate[float64](t, p.ctx, `scrollY`); y < 300 {
			t.Errorf("the page scrolled to %v px only: the reader did not scroll during the load", y)
		}
		checkCLS(t, p.ctx, "throttled load while scrolling")
	})
}
