package e2e

import (
	"slices"
	"strings"
	"testing"
)

// shownText is the text of the paragraphs on show.
const shownText = `[...document.querySelectorAll(".para:not([hidden])")].map(e => e.textContent).join(" ")`

// TestMapSelectGhana selects Ghana on the map with the mouse, then with the
// keyboard: the report narrows to Tijani Mohammed's paragraph and the URL
// carries the country; Escape clears it.
func TestMapSelectGhana(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "")
	// Ghana's outline answers the pointer; its mark is the one control.
	const shape = `#speaker-map [data-place="gh"][data-mark="shape"]`
	const ghana = `#speaker-map [data-place="gh"][role="button"]`

	evaluate[any](t, p.ctx, `document.querySelector('`+shape+`').scrollIntoView({block: "center"})`)
	click(t, p.ctx, shape)
	waitFor(t, p.ctx, `location.search.includes("country=gh") &&
		document.querySelector('`+ghana+`').getAttribute("aria-pressed") === "true"`)
	text := evaluate[string](t, p.ctx, shownText)
	if !strings.Contains(text, "Tijani Mohammed") {
		t.Error("selecting Ghana does not show Tijani Mohammed's paragraph")
	}
	if got, all := evaluate[int](t, p.ctx, shownCount), len(r.Paragraphs); got == 0 || got >= all/2 {
		t.Errorf("selecting Ghana shows %d of %d paragraphs; want a narrow subset", got, all)
	}
	if got := evaluate[string](t, p.ctx, `document.querySelector('`+ghana+`').getAttribute("aria-pressed")`); got != "true" {
		t.Errorf("Ghana's aria-pressed = %q after selecting", got)
	}

	// Keyboard: clear, then select again with Enter on the focused state.
	evaluate[any](t, p.ctx, `document.querySelector('`+ghana+`').focus()`)
	pressKey(t, p.ctx, "\x1b")
	pressKey(t, p.ctx, "\x1b")
	waitFor(t, p.ctx, `!location.search.includes("country=") &&
		document.querySelector('`+ghana+`').getAttribute("aria-pressed") === "false"`)
	// The map's svg is rebuilt when the selection changes: focus the new one.
	evaluate[any](t, p.ctx, `document.querySelector('`+ghana+`').focus()`)
	waitFor(t, p.ctx, `document.activeElement === document.querySelector('`+ghana+`')`)
	pressKey(t, p.ctx, "\r")
	waitFor(t, p.ctx, `location.search.includes("country=gh") &&
		document.querySelector('`+ghana+`').getAttribute("aria-pressed") === "true"`)
	if !strings.Contains(evaluate[string](t, p.ctx, shownText), "Tijani Mohammed") {
		t.Error("Enter on Ghana does not show Tijani Mohammed's paragraph")
	}
	assertNoErrors(t, p)
}

// TestMapHonduras opens ?country=hn: the call to end the detention of
// children is on show.
func TestMapHonduras(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "?country=hn")
	waitFor(t, p.ctx, `document.querySelector('#speaker-map [data-place="hn"][role="button"]').getAttribute("aria-pressed") === "true"`)
	if text := evaluate[string](t, p.ctx, shownText); !strings.Contains(text, "end to the practice of detaining children") {
		t.Errorf("Honduras does not show the call to end the detention of children: %.200q", text)
	}
	assertNoErrors(t, p)
}

// TestMapNamesEveryPlace checks that every state and organisation of the
// dataset is named on the map (an aria-label) and in the table, and that the
// speakers directory lists every named speaker.
func TestMapNamesEveryPlace(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "")
	labels := evaluate[[]string](t, p.ctx, `[...document.querySelectorAll("#speaker-map [data-place][aria-label]")].map(e => e.getAttribute("aria-label"))`)
	table := evaluate[string](t, p.ctx, `document.querySelector(".place-table").textContent`)
	for _, pl := range r.Places {
		if !slices.ContainsFunc(labels, func(l string) bool { return strings.HasPrefix(l, pl.Name+":") }) {
			t.Errorf("%s (%s) is not named on the map", pl.Name, pl.ID)
		}
		if !strings.Contains(table, pl.Name) {
			t.Errorf("%s is not in the map's table", pl.Name)
		}
	}
	cards := evaluate[[]string](t, p.ctx, `[...document.querySelectorAll("#speakers .speaker h4")].map(e => e.textContent)`)
	for _, s := range r.Speakers {
		if !slices.Contains(cards, s.Name) {
			t.Errorf("speaker %s has no card in the directory", s.Name)
		}
	}
	assertNoErrors(t, p)
}

// TestMapInfoKeepsSelection checks that a place chosen outside the map (its
// button in the places table) stays described in the map's info box, with
// nothing hovered or focused on the map.
func TestMapInfoKeepsSelection(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "")
	if got := textOf(t, p.ctx, "#map-info"); strings.Contains(got, "Ghana") {
		t.Fatalf("the info box names Ghana before any choice: %q", got)
	}
	click(t, p.ctx, "#place-gh-select")
	waitFor(t, p.ctx, `location.search.includes("country=gh")`)
	waitFor(t, p.ctx, `(document.querySelector("#map-info .map-info-name") || {}).textContent === "Ghana"`)
	assertNoErrors(t, p)
}
