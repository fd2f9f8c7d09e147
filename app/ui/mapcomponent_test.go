package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
)

func TestViewBox(t *testing.T) {
	mp := &model.Map{Width: 1000, Height: 500}
	for _, tc := range []struct {
		z      int
		cx, cy float64
		want   string
	}{
		{1, 500, 250, "0 0 1000 500"},
		{2, 500, 250, "250 125 500 250"},
		{4, 500, 250, "375 187.5 250 125"},
		{4, 10, 10, "0 0 250 125"},          // clamped to the top-left
		{8, 990, 490, "875 437.5 125 62.5"}, // clamped to the bottom-right
	} {
		if got := viewBoxFor(mp, tc.z, tc.cx, tc.cy); got != tc.want {
			t.Errorf("viewBoxFor(%d, %v, %v) = %q, want %q", tc.z, tc.cx, tc.cy, got, tc.want)
		}
	}
}

func TestZoomCentresOnSelection(t *testing.T) {
	ix := realReport(t)
	gh := placeByID(ix.R, "gh")
	m := &worldMap{Ix: ix, View: state.View{Place: "gh"}}
	m.zoomBy(1)
	m.zoomBy(1)
	if m.zoomLevel() != 4 || m.cx != gh.X || m.cy != gh.Y {
		t.Fatalf("zoom %d centre %v,%v; want 4 on Ghana %v,%v", m.zoomLevel(), m.cx, m.cy, gh.X, gh.Y)
	}
	x, y, w, h := parseViewBox(m.viewBox(), &ix.R.Map)
	if gh.X < x || gh.X > x+w || gh.Y < y || gh.Y > y+h {
		t.Errorf("Ghana %v,%v outside viewBox %v", gh.X, gh.Y, m.viewBox())
	}
	for range 5 {
		m.zoomBy(1)
	}
	if m.zoomLevel() != maxZoom {
		t.Errorf("zoom went past %d: %d", maxZoom, m.zoomLevel())
	}
	m.View.Place = ""
	m.zoomBy(-1)
	if m.zoomLevel() != maxZoom/2 || m.cx != gh.X {
		t.Errorf("zoom out without selection should keep the centre: zoom %d centre %v", m.zoomLevel(), m.cx)
	}
	m.resetZoom()
	if m.viewBox() != fullViewBox(&ix.R.Map) {
		t.Errorf("reset: %q", m.viewBox())
	}
}

func TestToggledAndSelector(t *testing.T) {
	if toggled(state.View{Place: "gh"}, "gh") != "" || toggled(state.View{Place: "gh"}, "ke") != "ke" || toggled(state.View{}, "gh") != "gh" {
		t.Error("toggled")
	}
	if got := markSelector("gh", markShape); got != `[data-place="gh"][data-mark="shape"]` {
		t.Errorf("markSelector = %q", got)
	}
	for _, bad := range []string{"", `a"]`, "A", "x y"} {
		if markSelector(bad, markShape) != "" {
			t.Errorf("markSelector(%q) should be empty", bad)
		}
	}
}

func TestMapSVGDeterministic(t *testing.T) {
	ix := realReport(t)
	for _, vb := range []string{fullViewBox(&ix.R.Map), viewBoxFor(&ix.R.Map, 4, 500, 80)} {
		a := mapSVG(ix, state.View{}, ix.Apply(state.View{}), vb)
		b := mapSVG(ix, state.View{}, ix.Apply(state.View{}), vb)
		if a != b {
			t.Fatal("mapSVG is not deterministic")
		}
	}
}

// TestWorldMapComponent mounts the component in go-app's native client
// tester and checks the rendered HTML.
func TestWorldMapComponent(t *testing.T) {
	ix := realReport(t)
	r := ix.R
	v := state.View{}
	m := &worldMap{Ix: ix, View: v, Res: ix.Apply(v)}

	// What the prerender writes (an unmounted component printed to HTML) is
	// the markup of the first client render.
	pre := app.HTMLString(&worldMap{Ix: ix, View: v, Res: ix.Apply(v)})

	disp := app.NewClientTester(m)
	defer disp.Close()
	html := app.HTMLString(m)
	if normHTML(html) != normHTML(pre) {
		t.Error("first client render differs from the prerendered markup")
	}
	if !strings.Contains(pre, m.svg) {
		t.Error("prerendered svg differs from the client's")
	}
	for _, want := range []string{
		"<figure", "<figcaption", `role="group"`, `aria-label="` + mapLabel + `"`,
		`id="` + mapStageID + `"`, `class="map-info is-empty"`,
		"Not placed on the map", "Fatumo Farah (HIRDA)",
		`class="place-table"`, `aria-label="Zoom in"`, "Zoom 1×",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("component HTML lacks %q", want)
		}
	}
	if strings.Contains(html, "style=") {
		t.Error("component HTML has a style attribute")
	}
	if n := strings.Count(html, `class="place-select"`); n != len(r.Places) {
		t.Errorf("table has %d place buttons, want %d", n, len(r.Places))
	}

	// Zoom: only the component re-renders, with a new viewBox.
	m.zoomBy(1)
	m.Update()
	disp.Consume()
	html = app.HTMLString(m)
	if !strings.Contains(html, `viewBox="250 121.68 500 243.35"`) || !strings.Contains(html, "Zoom 2×") {
		t.Errorf("zoom in did not change the viewBox: %s", between(html, "viewBox=", " width"))
	}

	// Hover fills the info box without rebuilding the svg.
	svgBefore := m.svg
	m.hover = "gb"
	m.Update()
	disp.Consume()
	html = app.HTMLString(m)
	if !strings.Contains(html, "United Kingdom") || !strings.Contains(html, "2 speakers · 2 mentions · 1 good practice") {
		t.Errorf("info box: %s", between(html, `id="map-info"`, "</div>"))
	}
	if m.svg != svgBefore {
		t.Error("hover rebuilt the svg")
	}
	m.dismissed = true
	m.Update()
	disp.Consume()
	if !strings.Contains(app.HTMLString(m), `class="map-info is-empty"`) {
		t.Error("Escape did not close the info box")
	}

	// The page selects Ghana: the parent mounts a new worldMap value; the
	// mounted one takes the new props, keeps its zoom and asks for the focus
	// to come back to the mark that was used.
	m.refocus = markSelector("gh", markShape)
	sel := state.View{Place: "gh"}
	disp.Mount(&worldMap{Ix: ix, View: sel, Res: ix.Apply(sel)})
	disp.Consume()
	html = app.HTMLString(m)
	if m.View.Place != "gh" || m.zoomLevel() != 2 {
		t.Errorf("props/zoom after update: place %q zoom %d", m.View.Place, m.zoomLevel())
	}
	if m.refocus != "" {
		t.Error("OnUpdate did not take the pending focus")
	}
	if !strings.Contains(normHTML(html), `aria-pressed="true"`) || !strings.Contains(html, "Clear selection (Ghana)") {
		t.Error("selection not shown")
	}
}

// TestPlaceTable checks the text alternative on its own.
func TestPlaceTable(t *testing.T) {
	ix := realReport(t)
	theme := ix.R.Themes[0].ID
	v := state.View{Place: "gh", Themes: []string{theme}}
	res := ix.Apply(v)
	html := app.HTMLString(&placeTable{Ix: ix, View: v, Res: res})
	if strings.Count(html, "<tr") != len(ix.R.Places)+1 {
		t.Errorf("rows: %d", strings.Count(html, "<tr"))
	}
	if strings.Count(normHTML(html), `aria-pressed="true"`) != 1 {
		t.Errorf("want exactly one pressed place button")
	}
	if !strings.Contains(html, `scope="row"`) || !strings.Contains(html, "<caption") {
		t.Error("table lacks row headers or caption")
	}
	// States come first, alphabetically.
	order := placeOrder(ix.R)
	if ix.R.Places[order[0]].Name != "Afghanistan" || ix.R.Places[order[len(order)-1]].Kind == model.KindState {
		t.Errorf("order: first %s, last %s", ix.R.Places[order[0]].Name, ix.R.Places[order[len(order)-1]].Name)
	}
}

// between returns the text of s from after a up to b, for error messages.
func between(s, a, b string) string {
	i := strings.Index(s, a)
	if i < 0 {
		return ""
	}
	s = s[i+len(a):]
	if j := strings.Index(s, b); j >= 0 {
		return s[:j]
	}
	return s
}

func BenchmarkMapSVG(b *testing.B) {
	ix := realReport(b)
	v := state.View{Themes: []string{ix.R.Themes[0].ID}}
	res := ix.Apply(v)
	vb := fullViewBox(&ix.R.Map)
	b.ReportAllocs()
	for b.Loop() {
		mapSVG(ix, v, res, vb)
	}
}

// tagRE matches a start tag of go-app's HTML output.
var tagRE = regexp.MustCompile(`<([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*(?:="(?:[^"\\]|\\.)*")?)*)\s*(/?)>`)

// attrRE matches one attribute of such a tag.
var attrRE = regexp.MustCompile(`[a-z][a-z0-9-]*(?:="(?:[^"\\]|\\.)*")?`)

// normHTML sorts the attributes of every go-app start tag (go-app writes
// them in map order) and writes the bare attributes go-app makes of the
// value "true" as ="true", so two renders can be compared.
func normHTML(s string) string {
	return tagRE.ReplaceAllStringFunc(s, func(tag string) string {
		m := tagRE.FindStringSubmatch(tag)
		attrs := attrRE.FindAllString(m[2], -1)
		for i, a := range attrs {
			if !strings.Contains(a, "=") {
				attrs[i] = a + `="true"`
			}
		}
		slices.Sort(attrs)
		out := "<" + m[1]
		for _, a := range attrs {
			out += " " + a
		}
		return out + m[3] + ">"
	})
}
