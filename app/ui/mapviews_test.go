package ui

import (
	"strings"
	"testing"

	"idmreport/app/model"
	"idmreport/app/state"
)

// This file tests the map's svg under filtered views and hostile names.

func TestMapSVGViews(t *testing.T) {
	ix := realReport(t)
	r := ix.R
	theme := r.Themes[0].ID
	for _, tc := range []struct {
		name string
		view state.View
	}{
		{"default", state.View{}},
		{"theme", state.View{Themes: []string{theme}}},
		{"search", state.View{Query: "children"}},
		{"selected gh", state.View{Place: "gh"}},
		{"selected iom with theme", state.View{Place: "iom", Themes: []string{theme}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := ix.Apply(tc.view)
			root := parseSVG(t, mapSVG(ix, tc.view, res, fullViewBox(&r.Map)))
			dims := 0
			for i := range r.Places {
				p := &r.Places[i]
				wantDim := (len(tc.view.Themes) > 0 || tc.view.Query != "") && res.PlaceCounts[i] == 0
				wantSel := tc.view.Place == p.ID
				for kind, n := range marksOf(root, p.ID) {
					if n.hasClass("is-dim") != wantDim {
						t.Errorf("%s %s is-dim=%v, want %v (count %d)", p.ID, kind, n.hasClass("is-dim"), wantDim, res.PlaceCounts[i])
					}
					if wantDim {
						dims++
						if !strings.HasSuffix(n.Attr["aria-label"], "not in the paragraphs shown") {
							t.Errorf("%s: dimmed but label %q", p.ID, n.Attr["aria-label"])
						}
					}
					if n.hasClass("is-selected") != wantSel || (n.Attr["aria-pressed"] == "true") != wantSel {
						t.Errorf("%s %s selected class/aria-pressed = %v/%q, want %v", p.ID, kind,
							n.hasClass("is-selected"), n.Attr["aria-pressed"], wantSel)
					}
				}
			}
			if dimming(tc.view) && dims == 0 {
				t.Errorf("a filtered view dims nothing; pick a narrower filter for the test")
			}
		})
	}
}

// fakeReport is a tiny report with hostile names and a state without a shape.
func fakeReport() *model.Report {
	return &model.Report{
		Themes: []model.Theme{{ID: "t", Label: "T"}},
		Paragraphs: []model.Paragraph{
			{ID: "p1", Text: "About <script> and Tiny.", Themes: []string{"t"}, Places: []string{"x", "tiny"}},
		},
		Speakers: []model.Speaker{
			{ID: "s1", Name: `Eve "<b>"`, Represents: "x", Kind: model.KindState, Paragraphs: []string{"p1"}},
			{ID: "s2", Name: "Ann & Co", Organisation: `<i>Org</i>`, Kind: model.KindCivilSociety},
			{ID: "s3", Name: "Tim", Represents: "tiny", Kind: model.KindState},
		},
		Places: []model.Place{
			{ID: "x", Kind: model.KindState, Name: `<script>alert("x")</script>`, X: 100, Y: 100, OnMap: true,
				Speakers: []string{"s1"}, Mentions: []string{"p1"}},
			{ID: "tiny", Kind: model.KindState, Name: "Tiny & 'Small'", X: 300, Y: 200,
				Speakers: []string{"s3"}, Mentions: []string{"p1"}},
			{ID: "org", Kind: model.KindInternational, Name: "Org", HQ: "<Geneva>", X: 300, Y: 200, Speakers: []string{"s9"}},
		},
		Map: model.Map{Width: 1000, Height: 500, Land: "M0,0L10,0L10,10Z",
			Shapes: []model.Shape{{Place: "x", D: "M90,90L110,90L110,110Z"}}},
	}
}

func TestMapSVGEscapes(t *testing.T) {
	ix := state.NewIndex(fakeReport())
	out := mapSVG(ix, state.View{}, ix.Apply(state.View{}), "")
	if strings.Contains(out, "<script") || strings.Contains(out, `alert("x")`) {
		t.Fatalf("name not escaped:\n%s", out)
	}
	root := parseSVG(t, out)
	x := marksOf(root, "x")
	if got := x[markShape].Attr["aria-label"]; got != `<script>alert("x")</script>: 1 speaker, 1 mention, 0 good practices` {
		t.Errorf("unescaped label = %q", got)
	}
	tiny := marksOf(root, "tiny")
	if tiny[markPoint] == nil || tiny[markPoint].Attr["tabindex"] != "0" {
		t.Errorf("state without a shape has no focusable point: %v", tiny)
	}
	if tiny[markCircle] == nil {
		t.Error("state without a shape but with a speaker has no circle")
	}
	// The point, the state's circle and the organisation's circle share a
	// spot: they are set apart, with leader lines back to it.
	if len(root.find(func(n *svgNode) bool { return n.Name == "line" && n.hasClass("map-leader") })) < 2 {
		t.Error("co-located marks have no leader lines")
	}
	if root.Attr["viewBox"] != "0 0 1000 500" {
		t.Errorf("bad viewBox fell back to %q", root.Attr["viewBox"])
	}
}
