package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestPrint renders the report for print: no control is visible; the cite-as
// text with the report's address and the access date, the address of the
// view and the source of record are; links to other sites are written out,
// in-page links are not.
func TestPrint(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "?theme=children")
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	if !evaluate[bool](t, p.ctx, `matchMedia("print").matches`) {
		t.Fatal("print media not emulated")
	}
	visible := func(css string) []bool {
		return evaluate[[]bool](t, p.ctx, `[...document.querySelectorAll(`+jsString(css)+`)].map(e => e.checkVisibility())`)
	}
	for _, css := range []string{"#search", ".theme", ".gcm-filter", "#clear", "#share-open", ".copy", ".map-zoom-in", ".map-zoom-out",
		".map-zoom-reset", ".place-select", ".select", ".skip", "#toc"} {
		v := visible(css)
		if len(v) == 0 {
			t.Errorf("no %s in the page", css)
		}
		for i, on := range v {
			if on {
				t.Errorf("printed page shows control %s (#%d)", css, i)
				break
			}
		}
	}
	for _, css := range []string{"#cite-text", "#cite-url", "#cite-accessed", "#print-url", "#source-of-record", ".place-name", "#area-3"} {
		v := visible(css)
		if len(v) == 0 || !v[0] {
			t.Errorf("printed page does not show %s", css)
		}
	}
	cite := textOf(t, p.ctx, "#cite-text")
	if !strings.Contains(cite, base) || !strings.Contains(cite, "(accessed ") || !strings.Contains(cite, "International Organization for Migration (2017)") {
		t.Errorf("printed citation %q lacks the address %s or the access date", cite, base)
	}
	if got := textOf(t, p.ctx, "#print-url"); !strings.Contains(got, "theme=children") {
		t.Errorf("printed view address %q lacks the view", got)
	}
	after := func(css string) string {
		return evaluate[string](t, p.ctx, `getComputedStyle(document.querySelector(`+jsString(css)+`), "::after").content`)
	}
	src := evaluate[string](t, p.ctx, `document.querySelector("#source-of-record").href`)
	if got := after("#source-of-record"); !strings.Contains(got, src) || !strings.HasPrefix(src, "https://www.iom.int/") {
		t.Errorf("source of record printed as %q, want its address %s written out", got, src)
	}
	if got := after(`.figure a[href^="#"]`); got != "none" && got != "normal" {
		t.Errorf("in-page link printed with %q after it", got)
	}
	assertNoErrors(t, p)
}
