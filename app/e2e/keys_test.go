package e2e

import (
	"strings"
	"testing"
)

// TestKeyboardShortcuts: "/" goes to the search box from anywhere but a
// field, Escape in the box clears the search (and the URL), and the skip
// link moves the focus to the report itself, not only the scroll position.
func TestKeyboardShortcuts(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "")

	evaluate[any](t, p.ctx, `document.activeElement.blur()`)
	pressKey(t, p.ctx, "/")
	waitFor(t, p.ctx, `document.activeElement && document.activeElement.id === "search"`)
	if v := evaluate[string](t, p.ctx, `document.querySelector("#search").value`); v != "" {
		t.Errorf(`"/" was typed into the search box: %q`, v)
	}
	sendKeys(t, p.ctx, "#search", "Ghana")
	waitFor(t, p.ctx, `location.search.includes("q=Ghana")`)
	pressKey(t, p.ctx, "\u001b") // Escape
	waitFor(t, p.ctx, `document.querySelector("#search").value === "" && !location.search.includes("q=")`)
	waitFor(t, p.ctx, `document.querySelectorAll(".para:not([hidden])").length === document.querySelectorAll(".para").length`)

	navigate(t, p, base)
	waitReady(t, p.ctx)
	evaluate[any](t, p.ctx, `document.querySelector(".skip").focus()`)
	pressKey(t, p.ctx, "\r")
	waitFor(t, p.ctx, `document.activeElement === document.querySelector("#report")`)
	assertNoErrors(t, p)
}

// TestResultBar: after a filter and a search, the result bar shows each as a
// chip; removing the search chip keeps the theme; a search that matches
// nothing says so; the groups it leaves empty (a kind of speakers, the good
// practices) disappear; Clear brings everything back.
func TestResultBar(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "?theme=children&q=detention")
	chips := `[...document.querySelectorAll(".active-filter")].map(b => b.dataset.remove).join()`
	if got := evaluate[string](t, p.ctx, chips); got != "q,theme:children" {
		t.Errorf("chips %q, want q,theme:children", got)
	}
	click(t, p.ctx, `.active-filter[data-remove="q"]`)
	waitFor(t, p.ctx, `!location.search.includes("q=") && location.search.includes("theme=children")`)
	if got := evaluate[string](t, p.ctx, chips); got != "theme:children" {
		t.Errorf("after removing the search, chips %q", got)
	}
	navigate(t, p, base+"?q=zzzzqqq")
	waitReady(t, p.ctx)
	if s := textOf(t, p.ctx, "[role=status]"); !strings.HasPrefix(s, "No paragraph matches.") {
		t.Errorf("no-match status %q", s)
	}
	type groups struct{ Practices, Kinds int }
	g := evaluate[groups](t, p.ctx, `({Practices: document.querySelector("#good-practices").checkVisibility() ? 1 : 0,
		Kinds: [...document.querySelectorAll(".kind-group")].filter(e => e.checkVisibility()).length})`)
	if g.Practices != 0 || g.Kinds != 0 {
		t.Errorf("empty groups still shown: %+v", g)
	}
	click(t, p.ctx, "#clear")
	waitFor(t, p.ctx, `document.querySelector("#good-practices").checkVisibility() && document.querySelectorAll(".para:not([hidden])").length === document.querySelectorAll(".para").length`)
	assertNoErrors(t, p)
}
