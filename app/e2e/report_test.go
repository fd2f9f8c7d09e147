package e2e

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"idmreport/app/model"
	"idmreport/data"
)

// report decodes the embedded dataset the page shows.
func report(t testing.TB) *model.Report {
	t.Helper()
	r, err := model.Decode(data.Report)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// shownParagraphs lists the ids of the paragraphs the page shows.
const shownParagraphs = `[...document.querySelectorAll(".para")].filter(e => !e.hidden && !e.closest("[hidden]")).map(e => e.id)`

// tagged lists the ids of the paragraphs carrying a theme, in order.
func tagged(r *model.Report, theme string) []string {
	var ids []string
	for _, p := range r.Paragraphs {
		if slices.Contains(p.Themes, model.ThemeID(theme)) {
			ids = append(ids, string(p.ID))
		}
	}
	return ids
}

// TestReportText checks that every paragraph of the dataset is on the page,
// with its words, after the wasm has taken over.
func TestReportText(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "")
	texts := evaluate[map[string]string](t, p.ctx,
		`Object.fromEntries([...document.querySelectorAll(".para")].map(e => [e.id, e.querySelector("p").textContent]))`)
	for _, para := range r.Paragraphs {
		if got := texts[string(para.ID)]; got != para.Text {
			t.Errorf("paragraph %s: got %.80q, want %.80q", para.ID, got, para.Text)
		}
	}
	if got, want := len(evaluate[[]string](t, p.ctx, shownParagraphs)), len(r.Paragraphs); got != want {
		t.Errorf("%d paragraphs shown by default, want all %d", got, want)
	}
	assertNoErrors(t, p)
	assertSameHost(t, p, base)
}

// TestThemeFilterAndURL clicks "Children", checks the report narrows to the
// paragraphs tagged children and the URL says so, then opens that URL fresh.
func TestThemeFilterAndURL(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	want := tagged(r, "children")
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "")
	click(t, p.ctx, "#theme-children")
	waitFor(t, p.ctx, `document.querySelector("#theme-children").getAttribute("aria-pressed") === "true"`)
	if got := evaluate[[]string](t, p.ctx, shownParagraphs); !slices.Equal(got, want) {
		t.Errorf("shown with Children on:\n got %v\nwant %v", got, want)
	}
	href := evaluate[string](t, p.ctx, `location.href`)
	if !strings.Contains(href, "theme=children") {
		t.Fatalf("URL %s does not carry the theme", href)
	}
	status := textOf(t, p.ctx, "[role=status]")
	if !strings.Contains(status, "Showing "+strconv.Itoa(len(want))+" of") {
		t.Errorf("status %q does not report %d paragraphs", status, len(want))
	}

	// Back restores the default view; forward brings the filter back.
	evaluate[any](t, p.ctx, `history.back()`)
	waitFor(t, p.ctx, `document.querySelector("#theme-children").getAttribute("aria-pressed") === "false"`)
	if got := len(evaluate[[]string](t, p.ctx, shownParagraphs)); got != len(r.Paragraphs) {
		t.Errorf("after back: %d paragraphs shown, want %d", got, len(r.Paragraphs))
	}
	evaluate[any](t, p.ctx, `history.forward()`)
	waitFor(t, p.ctx, `document.querySelector("#theme-children").getAttribute("aria-pressed") === "true"`)

	// A fresh tab on the URL restores the view.
	q := openPage(t, href, "")
	waitFor(t, q.ctx, `document.querySelector("#theme-children").getAttribute("aria-pressed") === "true"`)
	if got := evaluate[[]string](t, q.ctx, shownParagraphs); !slices.Equal(got, want) {
		t.Errorf("reopened URL shows %v, want %v", got, want)
	}
	assertNoErrors(t, p)
	assertNoErrors(t, q)
}

// TestSearchPalermo types "Palermo" and expects the Palermo Protocol paragraph,
// marked, and the search in the URL.
func TestSearchPalermo(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	var want []string
	for _, para := range r.Paragraphs {
		if strings.Contains(para.Text, "Palermo Protocol") {
			want = append(want, string(para.ID))
		}
	}
	if len(want) == 0 {
		t.Fatal("no paragraph names the Palermo Protocol")
	}
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "")
	sendKeys(t, p.ctx, "#search", "Palermo")
	waitFor(t, p.ctx, `location.search.includes("q=Palermo") && `+highlighted+`.some(t => t === "Palermo")`)
	if got := evaluate[[]string](t, p.ctx, shownParagraphs); !slices.Equal(got, want) {
		t.Errorf("search Palermo shows %v, want %v", got, want)
	}
	if marks := evaluate[[]string](t, p.ctx, highlighted); len(marks) == 0 || marks[0] != "Palermo" {
		t.Errorf("marks = %q, want Palermo", marks)
	}
	assertNoErrors(t, p)
}

// TestHostileURL opens the report with markup in every parameter: it shows as
// text (in the search box) and runs nothing; unknown values are ignored.
func TestHostileURL(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, `?q=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E&theme=%3Cscript%3E&country=zz&speaker=%22%3E&bogus=1`)
	if evaluate[bool](t, p.ctx, `window.pwned === 1 || document.querySelector(".para img, .para script") !== null`) {
		t.Fatal("markup from the URL was run or inserted")
	}
	if got := evaluate[string](t, p.ctx, `document.querySelector("#search").value`); !strings.Contains(got, "<img") {
		t.Errorf("search box = %q, want the text as typed", got)
	}
	if got := len(evaluate[[]string](t, p.ctx, `[...document.querySelectorAll(".theme[aria-pressed=true]")].map(e => e.id)`)); got != 0 {
		t.Errorf("%d themes on from a bogus theme parameter", got)
	}
	// The markup is searched for as text: nothing matches it.
	if got, want := evaluate[int](t, p.ctx, shownCount), 0; got != want {
		t.Errorf("%d of %d paragraphs shown for a search that matches nothing", got, len(r.Paragraphs))
	}
}

// TestKeyboard operates the theme filter, the clear button and the search
// with the keyboard only.
func TestKeyboard(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "")
	// The skip link is the first stop of the tab order.
	pressKey(t, p.ctx, "\t")
	if got := evaluate[string](t, p.ctx, `document.activeElement.className`); got != "skip" {
		t.Errorf("first tab stop has class %q, want the skip link", got)
	}
	evaluate[any](t, p.ctx, `document.querySelector("#theme-health").focus()`)
	pressKey(t, p.ctx, " ")
	waitFor(t, p.ctx, `document.querySelector("#theme-health").getAttribute("aria-pressed") === "true"`)
	pressKey(t, p.ctx, "\r")
	waitFor(t, p.ctx, `document.querySelector("#theme-health").getAttribute("aria-pressed") === "false"`)
	evaluate[any](t, p.ctx, `document.querySelector("#theme-health").focus()`)
	pressKey(t, p.ctx, "\r")
	waitFor(t, p.ctx, `!document.querySelector("#clear").disabled`)
	evaluate[any](t, p.ctx, `document.querySelector("#clear").focus()`)
	pressKey(t, p.ctx, "\r")
	waitFor(t, p.ctx, `document.querySelector("#theme-health").getAttribute("aria-pressed") === "false"`)
	assertNoErrors(t, p)
}

// TestCopyParagraphLink presses a paragraph's "Copy link": the link is on the
// clipboard or, where the browser refuses, in the address bar; nothing fails.
func TestCopyParagraphLink(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	id := string(r.Paragraphs[3].ID)
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "?theme=children")
	evaluate[any](t, p.ctx, `document.querySelector("#`+id+` .copy").click()`)
	waitFor(t, p.ctx, `document.querySelector("#`+id+` .copy").textContent.startsWith("Link ")`)
	label := evaluate[string](t, p.ctx, `document.querySelector("#`+id+` .copy").textContent`)
	if label == "Link in the address bar" {
		waitFor(t, p.ctx, `location.hash === "#`+id+`" && location.search.includes("theme=children")`)
	} else if label != "Link copied" {
		t.Errorf("copy button says %q", label)
	}
	evaluate[any](t, p.ctx, `new Promise(r => setTimeout(r, 300))`)
	assertNoErrors(t, p)
}

// highlighted lists the texts the search highlights in shown paragraphs (CSS
// Custom Highlight API ranges named "search"), in document order.
const highlighted = `[...(CSS.highlights.get("search") || [])]
	.filter(r => r.startContainer.parentElement.closest(".para") && r.startContainer.parentElement.checkVisibility())
	.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
	.map(r => r.toString())`
