package e2e

import (
	"regexp"
	"slices"
	"strconv"
	"testing"

	"idmreport/app/state"
)

// TestEarlyTapApplied proves taps made before the wasm is ready are kept:
// with the wasm held at the server, a click on the Children chip shows at
// once (aria-pressed="true" and class is-pending) and "Palermo" is typed in
// the search box; once the wasm is released and ready, the chip is pressed,
// nothing is pending, the URL carries theme=children and q=Palermo, the
// status counts fewer than all paragraphs, and exactly the paragraphs of
// that view are shown (the others hidden).
func TestEarlyTapApplied(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	view := state.View{Query: "Palermo"}.ToggleTheme("children", r)
	res := state.NewIndex(r).Apply(view)
	want := []string{}
	for i, shown := range res.Paragraphs {
		if shown {
			want = append(want, string(r.Paragraphs[i].ID))
		}
	}

	base, g := startSiteHeld(t, "/idm2017/")
	p := newBrowser(t)
	navigate(t, p, base)
	waitHeld(t, p, g)
	click(t, p.ctx, "#theme-children")
	type chip struct {
		Pressed string
		Pending bool
	}
	const chipJS = `(() => { const c = document.getElementById("theme-children");
		return {Pressed: c.getAttribute("aria-pressed"), Pending: c.classList.contains("is-pending")}; })()`
	if c := evaluate[chip](t, p.ctx, chipJS); c.Pressed != "true" || !c.Pending {
		t.Errorf("just after the early tap: aria-pressed=%q, is-pending=%v; want \"true\" and pending", c.Pressed, c.Pending)
	}
	sendKeys(t, p.ctx, "#search", "Palermo")
	if evaluate[bool](t, p.ctx, `document.documentElement.dataset.ready === "true"`) {
		t.Fatal("the page is ready while its wasm is held: the test proves nothing")
	}

	g.release()
	waitReady(t, p.ctx)
	waitFor(t, p.ctx, `document.getElementById("theme-children").getAttribute("aria-pressed") === "true" &&
		document.querySelectorAll(".is-pending").length === 0 &&
		new URLSearchParams(location.search).get("q") === "Palermo"`)
	type after struct {
		Theme, Query, Search, Status string
		Shown                        []string
	}
	a := evaluate[after](t, p.ctx, `(() => { const q = new URLSearchParams(location.search); return {
		Theme: q.get("theme"), Query: q.get("q"), Search: document.getElementById("search").value,
		Status: document.querySelector("[data-island=result] [role=status]").textContent,
		Shown: `+shownParagraphs+`}; })()`)
	if a.Theme != "children" || a.Query != "Palermo" || a.Search != "Palermo" {
		t.Errorf("URL theme=%q q=%q, search box %q; want children, Palermo, Palermo", a.Theme, a.Query, a.Search)
	}
	m := regexp.MustCompile(`Showing (\d+) of (\d+)`).FindStringSubmatch(a.Status)
	if m == nil {
		t.Errorf("status %q does not say \"Showing N of M\"", a.Status)
	} else if n, _ := strconv.Atoi(m[1]); n != len(want) || n >= len(r.Paragraphs) || m[2] != strconv.Itoa(len(r.Paragraphs)) {
		t.Errorf("status %q, want Showing %d of %d", a.Status, len(want), len(r.Paragraphs))
	}
	if !slices.Equal(a.Shown, want) {
		t.Errorf("shown paragraphs %v, want %v (the rest hidden)", a.Shown, want)
	}
	assertNoErrors(t, p)
}
