package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"
)

// TestPhoneFolds opens and closes the contents and the filters on a phone:
// folded at first, one tap shows the list, another hides it; on a wide
// screen both show without a tap, and the key figures fit their cards.
func TestPhoneFolds(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPhone(t, base, "")
	for _, f := range []struct{ fold, inside string }{
		{"#toc-fold", `#toc a[href="#intro"]`},
		{"#filter-fold", ".theme-list .theme"},
	} {
		shown := `document.querySelector('` + f.inside + `').checkVisibility()`
		if evaluate[bool](t, p.ctx, shown) {
			t.Errorf("%s shows before its fold %s is opened", f.inside, f.fold)
		}
		tapCentred(t, p, f.fold+" > summary")
		waitFor(t, p.ctx, shown)
		tapCentred(t, p, f.fold+" > summary")
		waitFor(t, p.ctx, "!"+shown)
	}
	setWidth(t, p, 1280)
	waitFor(t, p.ctx, `document.querySelector('#toc a[href="#intro"]').checkVisibility() && document.querySelector(".theme-list .theme").checkVisibility()`)
	if evaluate[bool](t, p.ctx, `document.querySelector("#toc-fold > summary").checkVisibility() || document.querySelector("#filter-fold > summary").checkVisibility()`) {
		t.Error("a fold's summary shows on a wide screen")
	}
	checkFigures(t, p, 1280)
	assertNoErrors(t, p)
}

// TestChipRovingFocus operates the theme chips on a phone with the keyboard:
// Tab enters the group once and leaves it with the next Tab, ArrowRight
// moves to the next chip, which takes the group's one tab stop, Space
// presses it and the result bar reports the filter.
func TestChipRovingFocus(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPhone(t, base, "")
	tapCentred(t, p, "#filter-fold > summary")
	waitVisible(t, p.ctx, "#search")
	const chips = `[...document.querySelectorAll(".theme-list .theme")]`
	if n := evaluate[int](t, p.ctx, chips+`.filter(c => c.tabIndex >= 0).length`); n != 1 {
		t.Errorf("%d theme chips in the tab order, want 1", n)
	}
	evaluate[any](t, p.ctx, `document.querySelector("#search").focus()`)
	pressKey(t, p.ctx, "\t")
	const focused = chips + `.indexOf(document.activeElement)`
	if i := evaluate[int](t, p.ctx, focused); i != 0 {
		t.Fatalf("Tab from the search box focused chip %d (-1: none: %s), want the first", i, evaluate[string](t, p.ctx, `document.activeElement.outerHTML.slice(0, 200)`))
	}
	pressKey(t, p.ctx, kb.ArrowRight)
	waitFor(t, p.ctx, focused+` === 1`)
	waitFor(t, p.ctx, chips+`.map(c => c.tabIndex).join() === `+chips+`.map((c, i) => i === 1 ? 0 : -1).join()`)
	label := evaluate[string](t, p.ctx, chips+`[1].querySelector(".theme-label").textContent`)
	pressKey(t, p.ctx, " ")
	waitFor(t, p.ctx, chips+`[1].getAttribute("aria-pressed") === "true"`)
	waitFor(t, p.ctx, `[...document.querySelectorAll(".result-bar .active-filter")].some(b => b.textContent.includes(`+jsString(label)+`))`)
	if s := textOf(t, p.ctx, ".result-bar .status"); !strings.Contains(s, "86") {
		t.Errorf("result bar says %q after the filter, want how many of the 86 paragraphs show", s)
	}
	pressKey(t, p.ctx, kb.End)
	waitFor(t, p.ctx, focused+` === `+chips+`.length - 1`)
	pressKey(t, p.ctx, "\t")
	if i := evaluate[int](t, p.ctx, focused); i >= 0 {
		t.Errorf("Tab stayed in the theme group (chip %d), want the next control after it", i)
	}
	assertNoErrors(t, p)
}

// checkPracticeCards fails when a practice card repeats its paragraph's
// words: each keeps its title and a link to the paragraph, whose text is
// on the page.
func checkPracticeCards(t *testing.T, p *page) {
	t.Helper()
	bad := evaluate[[]string](t, p.ctx, `[...document.querySelectorAll("#good-practices .card")].flatMap(card => {
		const link = card.querySelector('a[href^="#"]'), id = link ? link.getAttribute("href").slice(1) : "";
		const text = document.getElementById(id + "-text");
		if (!card.querySelector("h3") || !text) return [card.id + ": no title or no paragraph"];
		const words = text.textContent.trim(), probe = words.slice(0, 40);
		if (!probe) return [card.id + ": ¶ " + id + " has no text"];
		return card.textContent.includes(probe) ? [card.id + ": repeats ¶ " + id] : [];
	})`)
	if n := evaluate[int](t, p.ctx, `document.querySelectorAll("#good-practices .card").length`); n == 0 {
		t.Fatal("no practice cards")
	}
	for _, b := range bad {
		t.Error(b)
	}
}

// checkFigures fails when a key figure's value does not fit its card at the
// page's present width: a word broken across lines, or wider than the card.
func checkFigures(t *testing.T, p *page, w int) {
	t.Helper()
	bad := evaluate[[]string](t, p.ctx, `[...document.querySelectorAll(".figure dt")].flatMap(dt => {
		const out = [], text = dt.firstChild, s = text.textContent;
		if (dt.scrollWidth > dt.clientWidth || dt.getBoundingClientRect().right > dt.parentElement.getBoundingClientRect().right)
			out.push(s + ": wider than its card");
		for (const m of s.matchAll(/\S+/g)) {
			const r = document.createRange(); r.setStart(text, m.index); r.setEnd(text, m.index + m[0].length);
			if (new Set([...r.getClientRects()].map(q => Math.round(q.top))).size > 1) out.push(s + ": " + m[0] + " broken across lines");
		}
		return out;
	})`)
	for _, b := range bad {
		t.Errorf("%d px: %s", w, b)
	}
}

// tapCentred scrolls an element to the middle of the screen and clicks it
// there, clear of the notices at the screen's bottom.
func tapCentred(t *testing.T, p *page, css string) {
	t.Helper()
	evaluate[any](t, p.ctx, `document.querySelector(`+jsString(css)+`).scrollIntoView({block: "center"})`)
	click(t, p.ctx, css)
}
