package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The phone layout (issue 11) at 360×740: the text starts within the first
// two screens, nothing is wider than the screen, the contents and the
// filters fold behind one summary each, a chip group is one tab stop, and a
// practice card points at its paragraph instead of repeating it.

// phoneMeasure is what the phone tests read from the page.
type phoneMeasure struct {
	FirstPara float64  // top of the first paragraph of the text, in page px
	Height    float64  // the page's scroll height
	TabStops  int      // focusable elements in the tab order, shown
	Before    int      // of those, the ones before the report text
	Overflow  bool     // the page is wider than the viewport
	Offenders []string // the outermost shown elements that stick out
}

// phoneMeasureJS computes a phoneMeasure. A tab stop is a shown element
// (checkVisibility: not in a closed details, not display:none or
// visibility:hidden) with tabIndex ≥ 0 that is not disabled or inert. An
// offender is a shown element that reaches past either edge of the viewport
// and is not inside a scroller (whose overflow does not widen the page).
const phoneMeasureJS = `(() => {
	const de = document.documentElement, w = de.clientWidth;
	const p = document.querySelector("main .para"), body = document.querySelector(".report-body");
	const sel = "a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]";
	const stops = [...document.querySelectorAll(sel)].filter(el =>
		el.tabIndex >= 0 && !el.disabled && !el.closest("[inert]") && !el.matches("input[type=hidden]") &&
		el.checkVisibility({visibilityProperty: true}));
	const scrolled = el => { for (let a = el.parentElement; a && a !== de && a !== document.body; a = a.parentElement) {
		if (getComputedStyle(a).overflowX !== "visible") return true; } return false; };
	const name = el => el.nodeName.toLowerCase() + (el.id ? "#" + el.id : "") +
		(typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\s+/).join(".") : "");
	const out = [...document.body.querySelectorAll("*")].filter(el => {
		if (!el.checkVisibility()) return false;
		const r = el.getBoundingClientRect();
		return r.width > 0 && (r.right > w + 0.5 || r.left < -0.5) && !scrolled(el);
	});
	return {FirstPara: p ? p.getBoundingClientRect().top + scrollY : -1, Height: de.scrollHeight,
		TabStops: stops.length,
		Before: stops.filter(el => body.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING).length,
		Overflow: de.scrollWidth > w,
		Offenders: out.filter(el => !out.includes(el.parentElement)).slice(0, 20).map(el => {
			const r = el.getBoundingClientRect(); return name(el) + " [" + Math.round(r.left) + ", " + Math.round(r.right) + "]"; })};
})()`

// measurePhone reads the phone measures of the page in ctx.
func measurePhone(t testing.TB, ctx context.Context) phoneMeasure {
	t.Helper()
	return evaluate[phoneMeasure](t, ctx, phoneMeasureJS)
}

// setPhone emulates a 360×740 phone screen.
func setPhone(t testing.TB, p *page) {
	t.Helper()
	if err := chromedp.Do(p.ctx, chromedp.EmulateViewport(360, 740)); err != nil {
		t.Fatalf("viewport 360×740: %v", err)
	}
}

// openPhone opens the report at base+query on a 360×740 phone screen and
// waits until it is ready.
func openPhone(t *testing.T, base, query string) *page {
	t.Helper()
	p := newBrowser(t)
	setPhone(t, p)
	navigate(t, p, base+query)
	waitReady(t, p.ctx)
	return p
}

// openPage opens the report at base+query in a tab of the test's (the
// shared browser's 1280×900 window) and waits until it is ready.
func openPage(t *testing.T, base, query string) *page {
	t.Helper()
	p := newBrowser(t)
	navigate(t, p, base+query)
	waitReady(t, p.ctx)
	return p
}

// Budgets of the phone layout.
const (
	twoScreens = 1480 // the first paragraph starts within the first two 740 px screens
	stopsFirst = 20   // tab stops before the report text: masthead, contents, filters, result bar
	stopsAll   = 125  // tab stops in the whole page (issue 11: "at most ~120"): one per paragraph, one per long list
)

// checkPhoneOrder fails when the text starts below two screens or the page
// is wider than the screen.
func checkPhoneOrder(t *testing.T, what string, m phoneMeasure) {
	t.Helper()
	t.Logf("%s: first paragraph at %.0f px, page %.0f px, %d tab stops (%d before the text), wider: %v",
		what, m.FirstPara, m.Height, m.TabStops, m.Before, m.Overflow)
	if m.FirstPara < 0 || m.FirstPara > twoScreens {
		t.Errorf("%s: the first paragraph starts at %.0f px, want within %d px", what, m.FirstPara, twoScreens)
	}
	checkWidth(t, what, m)
}

// checkWidth fails when the page is wider than the screen.
func checkWidth(t *testing.T, what string, m phoneMeasure) {
	t.Helper()
	if m.Overflow || len(m.Offenders) > 0 {
		t.Errorf("%s: the page is wider than 360 px; sticking out:\n  %s", what, strings.Join(m.Offenders, "\n  "))
	}
}

// TestPhoneOrder loads the report on a phone with JavaScript on (after
// ready) and off: the first paragraph starts within two screens, nothing
// sticks out, even with every fold of the page open, few tab stops come
// before the text, the key figures fit their cards and no practice card
// repeats its paragraph.
func TestPhoneOrder(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	p := newBrowser(t)
	setPhone(t, p)
	t.Run("javascript on", func(t *testing.T) {
		base := startSite(t, "/idm2017/")
		leaveAfter(t, p)
		navigate(t, p, base)
		waitReady(t, p.ctx)
		m := measurePhone(t, p.ctx)
		checkPhoneOrder(t, "ready", m)
		if m.Before > stopsFirst {
			t.Errorf("%d tab stops before the report text, want at most %d", m.Before, stopsFirst)
		}
		if m.TabStops > stopsAll {
			t.Errorf("%d tab stops in the page, want at most %d", m.TabStops, stopsAll)
		}
		checkFigures(t, p, 360)
		checkPracticeCards(t, p)
		evaluate[any](t, p.ctx, `document.querySelectorAll("details").forEach(d => d.open = true)`)
		checkWidth(t, "every fold open", measurePhone(t, p.ctx))
		assertNoErrors(t, p)
	})
	t.Run("javascript off", func(t *testing.T) {
		base := startSite(t, "/idm2017/")
		leaveAfter(t, p)
		setJS(t, p.ctx, false)
		defer setJS(t, p.ctx, true)
		navigate(t, p, base)
		checkPhoneOrder(t, "no script", measurePhone(t, p.ctx))
	})
}
