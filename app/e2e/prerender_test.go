package e2e

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPrerenderedText reads index.html as a browser without JavaScript would
// get it: every paragraph of the report is in it, and the viewport allows zoom.
func TestPrerenderedText(t *testing.T) {
	t.Parallel()
	r := report(t)
	b, err := os.ReadFile(filepath.Join(siteDir(t), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(string(b), ""))
	page = strings.Join(strings.Fields(page), " ")
	for _, p := range r.Paragraphs {
		if !strings.Contains(page, p.Text) {
			t.Errorf("index.html lacks paragraph %s: %.60q…", p.ID, p.Text)
		}
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
	t.Parallel()
	for _, width := range []int{1280, 360, 320} {
		base := startSite(t, "/idm2017/")
		p := newBrowser(t)
		evaluate[any](t, p.ctx, "0") // start the browser
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
