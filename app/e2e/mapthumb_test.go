package e2e

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"idmreport/app/model"
)

// markSizes is, per map control shown, its place and the smaller side of
// its box on screen.
const markSizes = `[...document.querySelectorAll("#map-marks [role=button]")]
	.filter(e => getComputedStyle(e).display !== "none")
	.map(e => { const r = e.getBoundingClientRect(); return {id: e.dataset.place, px: Math.min(r.width, r.height)}; })`

type markSize struct {
	ID string  `json:"id"`
	PX float64 `json:"px"`
}

// TestMapThumbTargets checks, on a 360 px phone, that the map has one
// control per place, each at least 24 × 24 CSS px (WCAG 2.5.8), in the world
// view and zoomed to Europe (where marks are densest).
func TestMapThumbTargets(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	p := openPhone(t, startSite(t, "/idm2017/"), "")
	check := func(view string, want int) {
		marks := evaluate[[]markSize](t, p.ctx, markSizes)
		if len(marks) != want {
			t.Errorf("%s: %d map controls shown, want %d", view, len(marks), want)
		}
		least, small := 1e9, 0
		for _, m := range marks {
			least = min(least, m.PX)
			if m.PX < 24 {
				small++
				t.Errorf("%s: %s's target is %.1f px, less than 24", view, m.ID, m.PX)
			}
		}
		t.Logf("%s: %d targets, smallest %.1f px, %d under 24 px", view, len(marks), least, small)
	}
	check("world", len(r.Places))
	click(t, p.ctx, `.map-region[data-region="europe"]`)
	waitFor(t, p.ctx, `location.search.includes("region=europe")`)
	check("Europe", inRegion(r, "150"))
	assertNoErrors(t, p)
}

// inRegion counts the places of M49 region code.
func inRegion(r *model.Report, code string) int {
	n := 0
	for _, p := range r.Places {
		if p.Region == code {
			n++
		}
	}
	return n
}

// markShown says whether place id's map control is displayed inside the
// svg's box on screen.
func markShown(id string) string {
	return `(() => { const e = document.querySelector('#map-marks [data-place="` + id + `"]');
		if (!e || getComputedStyle(e).display === "none") return false;
		const r = e.getBoundingClientRect(), s = document.getElementById("map-svg").getBoundingClientRect();
		return r.width > 0 && r.left >= s.left - 1 && r.right <= s.right + 1 && r.top >= s.top - 1 && r.bottom <= s.bottom + 1; })()`
}

const viewBox = `document.getElementById("map-svg").getAttribute("viewBox")`

// TestMapThumbRegions checks the region buttons and ?region=: the map zooms
// to the region (its viewBox changes), marks and table rows outside it are
// hidden, World brings everything back, and a bad value opens the default
// view.
func TestMapThumbRegions(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPhone(t, base, "")
	world := evaluate[string](t, p.ctx, viewBox)
	if !evaluate[bool](t, p.ctx, markShown("gh")) || !evaluate[bool](t, p.ctx, markShown("gb")) {
		t.Fatal("Ghana or the United Kingdom is not shown on the world map")
	}
	click(t, p.ctx, `.map-region[data-region="europe"]`)
	waitFor(t, p.ctx, `location.search.includes("region=europe") &&
		document.querySelector('.map-region[data-region="europe"]').getAttribute("aria-pressed") === "true"`)
	if got := evaluate[string](t, p.ctx, viewBox); got == world {
		t.Errorf("Europe: viewBox stays %q", got)
	}
	for _, id := range []string{"gb", "es", "it", "se", "dfid"} {
		if !evaluate[bool](t, p.ctx, markShown(id)) {
			t.Errorf("Europe: %s is not shown inside the map", id)
		}
	}
	for _, id := range []string{"gh", "us", "tr", "iom"} {
		if evaluate[bool](t, p.ctx, markShown(id)) {
			t.Errorf("Europe: %s is still shown", id)
		}
		if !evaluate[bool](t, p.ctx, `document.getElementById("place-`+id+`").hidden`) {
			t.Errorf("Europe: the table row of %s is not hidden", id)
		}
	}
	if evaluate[bool](t, p.ctx, `document.getElementById("place-gb").hidden`) {
		t.Error("Europe: the table row of the United Kingdom is hidden")
	}
	click(t, p.ctx, `.map-region[data-region="world"]`)
	waitFor(t, p.ctx, `!location.search.includes("region=")`)
	if got := evaluate[string](t, p.ctx, viewBox); got != world {
		t.Errorf("World: viewBox %q, want %q", got, world)
	}
	if !evaluate[bool](t, p.ctx, markShown("gh")) || evaluate[bool](t, p.ctx, `document.getElementById("place-gh").hidden`) {
		t.Error("World: Ghana is not back")
	}

	navigate(t, p, base+"?region=africa")
	waitReady(t, p.ctx)
	waitFor(t, p.ctx, `document.querySelector('.map-region[data-region="africa"]').getAttribute("aria-pressed") === "true"`)
	if got := evaluate[string](t, p.ctx, viewBox); got == world {
		t.Errorf("?region=africa: viewBox stays %q", got)
	}
	if !evaluate[bool](t, p.ctx, markShown("gh")) || evaluate[bool](t, p.ctx, markShown("gb")) {
		t.Error("?region=africa: want Ghana shown and the United Kingdom hidden")
	}

	navigate(t, p, base+"?region=atlantis")
	waitReady(t, p.ctx)
	if got := evaluate[string](t, p.ctx, viewBox); got != world {
		t.Errorf("?region=atlantis: viewBox %q, want the world %q", got, world)
	}
	if got := evaluate[int](t, p.ctx, `document.querySelectorAll(".place-row[hidden]").length`); got != 0 {
		t.Errorf("?region=atlantis: %d table rows hidden", got)
	}
	if evaluate[string](t, p.ctx, `document.querySelector('.map-region[data-region="world"]').getAttribute("aria-pressed")`) != "true" {
		t.Error("?region=atlantis: World is not pressed")
	}
	assertNoErrors(t, p)
}

// TestMapThumbTable checks that the places table fits a 360 px phone (no
// horizontal scroller, no page overflow) and is still a table with a row
// header per place for assistive technology.
func TestMapThumbTable(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	p := openPhone(t, startSite(t, "/idm2017/"), "")
	type widths struct{ Table, Wrap, Scroll, Page float64 }
	w := evaluate[widths](t, p.ctx, `(() => { const w = document.getElementById("place-table-wrap");
		return {Table: document.querySelector(".place-table").getBoundingClientRect().width,
			Wrap: w.clientWidth, Scroll: w.scrollWidth, Page: document.documentElement.scrollWidth}; })()`)
	t.Logf("places table at 360 px: %.0f px wide in %.0f px (scroll width %.0f); page %.0f px", w.Table, w.Wrap, w.Scroll, w.Page)
	if w.Scroll > w.Wrap+0.5 || w.Table > w.Wrap+0.5 {
		t.Errorf("the places table overflows: %.0f px (scroll %.0f) in %.0f px", w.Table, w.Scroll, w.Wrap)
	}
	if w.Page > 360 {
		t.Errorf("the page is %.0f px wide at 360 px", w.Page)
	}
	roles := axRoles(t, p)
	if roles["table"] == 0 || roles["rowheader"] < len(r.Places) {
		t.Errorf("stacked table lost its semantics: %d tables, %d row headers (want ≥ %d)", roles["table"], roles["rowheader"], len(r.Places))
	}
	assertNoErrors(t, p)
}

// axNode is what the tests read of an accessibility node.
type axNode struct{ Role, Name string }

// axTree is the page's accessibility tree without ignored nodes.
func axTree(t *testing.T, p *page) []axNode {
	t.Helper()
	res, err := chromedp.Call(p.ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		t.Fatalf("Accessibility.getFullAXTree: %v", err)
	}
	var out []axNode
	str := func(v *accessibility.Value) string {
		var s string
		if v != nil {
			_ = json.Unmarshal(v.Value, &s)
		}
		return s
	}
	for _, n := range res.Nodes {
		if !n.Ignored {
			out = append(out, axNode{str(n.Role), str(n.Name)})
		}
	}
	return out
}

// axRoles counts the roles in the accessibility tree.
func axRoles(t *testing.T, p *page) map[string]int {
	roles := map[string]int{}
	for _, n := range axTree(t, p) {
		roles[n.Role]++
	}
	return roles
}

// TestMapThumbAnnouncedOnce checks that each place is one node of the
// accessibility tree in the map (its button "Name: …"), not two (the
// outline and the circle).
func TestMapThumbAnnouncedOnce(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	p := openPhone(t, startSite(t, "/idm2017/"), "")
	tree := axTree(t, p)
	for _, pl := range r.Places {
		n := 0
		for _, node := range tree {
			if strings.HasPrefix(node.Name, pl.Name+":") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s is %d nodes of the accessibility tree, want 1", pl.Name, n)
		}
	}
	assertNoErrors(t, p)
}

// TestMapThumbRoving checks the map's roving focus: one tab stop; the arrow
// keys, Home and End move through the marks in the places table's order;
// the tab stop follows; Enter selects.
func TestMapThumbRoving(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	p := openPhone(t, startSite(t, "/idm2017/"), "")
	order := evaluate[[]string](t, p.ctx, `[...document.querySelectorAll(".place-row")].map(e => e.id.slice("place-".length))`)
	marks := evaluate[[]string](t, p.ctx, `[...document.querySelectorAll("#map-marks [role=button]")].map(e => e.dataset.place)`)
	if strings.Join(order, ",") != strings.Join(marks, ",") {
		t.Errorf("marks' order %v is not the table's %v", marks, order)
	}
	if n := evaluate[int](t, p.ctx, `document.querySelectorAll('#map-svg [tabindex="0"]').length`); n != 1 {
		t.Fatalf("the map has %d tab stops, want 1", n)
	}
	// Tab into the map from the control before it.
	evaluate[any](t, p.ctx, `document.querySelector(".map-region:last-child").focus()`)
	pressKey(t, p.ctx, "\t")
	focused := `document.activeElement.dataset.place`
	if got := evaluate[string](t, p.ctx, focused); got != order[0] {
		t.Fatalf("Tab into the map focuses %q, want %q", got, order[0])
	}
	steps := []struct {
		key  string
		want string
	}{
		{kb.ArrowRight, order[1]},
		{kb.ArrowDown, order[2]},
		{kb.ArrowLeft, order[1]},
		{kb.End, order[len(order)-1]},
		{kb.ArrowRight, order[0]}, // wraps
		{kb.ArrowUp, order[len(order)-1]},
		{kb.Home, order[0]},
		{kb.ArrowRight, order[1]},
	}
	for _, s := range steps {
		pressKey(t, p.ctx, s.key)
		waitFor(t, p.ctx, focused+` === "`+s.want+`"`)
	}
	if got := evaluate[[]string](t, p.ctx, `[...document.querySelectorAll('#map-svg [tabindex="0"]')].map(e => e.dataset.place)`); len(got) != 1 || got[0] != order[1] {
		t.Errorf("tab stop after moving: %v, want [%s]", got, order[1])
	}
	pressKey(t, p.ctx, "\r")
	waitFor(t, p.ctx, `location.search.includes("country=`+order[1]+`") &&
		document.querySelector('#map-marks [data-place="`+order[1]+`"]').getAttribute("aria-pressed") === "true"`)
	assertNoErrors(t, p)
}
