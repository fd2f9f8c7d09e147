package document

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"idmreport/app/mapmarks"
	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/app/words"
	"idmreport/data"
)

// report decodes the embedded dataset.
func report(t testing.TB) *state.Index {
	t.Helper()
	r, err := model.Decode(data.Report)
	if err != nil {
		t.Fatal(err)
	}
	return state.NewIndex(r)
}

// TestMapSVGStructure checks that every place of the report is on the map as
// one labelled control of the right kind (outlines are decorative), and that
// the map is one tab stop.
func TestMapSVGStructure(t *testing.T) {
	r := report(t).Report
	out := mapSVG(r, &words.EN)
	root := parseSVG(t, out)
	if root.Name != "svg" || root.Attr["role"] != "group" || root.Attr["id"] != "map-svg" {
		t.Errorf("svg root: %s %v", root.Name, root.Attr)
	}
	if strings.Contains(out, "style=") {
		t.Error("map markup has a style attribute (blocked by style-src 'self')")
	}
	for _, want := range []string{"Ghana: 1 speaker, ", "United Kingdom: 2 speakers, ",
		"International Organization for Migration: 2 speakers, "} {
		if !strings.Contains(out, `aria-label="`+want) {
			t.Errorf("no aria-label starting %q", want)
		}
	}
	stops := 0
	for i := range r.Places {
		p := &r.Places[i]
		marks := marksOf(root, string(p.ID))
		controls := 0
		for kind, n := range marks {
			if kind == "" { // a leader line or its anchor
				if n.Attr["role"] != "" || n.Attr["tabindex"] != "" {
					t.Errorf("%s leader is a control: %v", p.ID, n.Attr)
				}
				continue
			}
			if kind == mapmarks.Shape {
				if n.Attr["aria-hidden"] != "true" || n.Attr["role"] != "" || n.Attr["tabindex"] != "" {
					t.Errorf("%s outline is not decorative: %v", p.ID, n.Attr)
				}
				continue
			}
			controls++
			if n.Attr["tabindex"] == "0" {
				stops++
			}
			if n.Attr["role"] != "button" || n.Attr["aria-pressed"] != "false" {
				t.Errorf("%s %s is not a toggle button: %v", p.ID, kind, n.Attr)
			}
			if got, want := n.Attr["aria-label"], words.EN.Place(p, false); got != want {
				t.Errorf("%s %s aria-label %q, want %q", p.ID, kind, got, want)
			}
		}
		if controls != 1 {
			t.Errorf("%s has %d controls on the map, want 1 (marks %v)", p.ID, controls, marks)
		}
		if (len(p.Speakers) > 0) != (marks[mapmarks.Circle] != nil) {
			t.Errorf("%s: %d speakers, circle %v", p.ID, len(p.Speakers), marks[mapmarks.Circle] != nil)
		}
		if p.Kind == model.KindState && p.OnMap != (marks[mapmarks.Shape] != nil) {
			t.Errorf("state %s (on map %v) has marks %v", p.ID, p.OnMap, marks)
		}
		if n := marks[mapmarks.Shape]; n != nil && !n.hasClass("map-h"+strconv.Itoa(mapmarks.HeardClass(mapmarks.Heard(p)))) {
			t.Errorf("state %s classes %q", p.ID, n.Attr["class"])
		}
	}
	if stops != 1 {
		t.Errorf("the map has %d tab stops, want 1 (roving focus)", stops)
	}
}

// TestMapSVGMarkerArea checks that a circle's area is proportional to its
// number of speakers.
func TestMapSVGMarkerArea(t *testing.T) {
	ix := report(t)
	root := parseSVG(t, mapSVG(ix.Report, &words.EN))
	radius := func(id string) float64 {
		for _, k := range marksOf(root, id)[mapmarks.Circle].Kids {
			if k.hasClass("map-dot") {
				r, _ := strconv.ParseFloat(k.Attr["r"], 64)
				return r
			}
		}
		t.Fatalf("%s has no circle", id)
		return 0
	}
	one, two := radius("gh"), radius("gb") // 1 and 2 speakers
	if got := two / one; math.Abs(got-math.Sqrt2) > 0.005 {
		t.Errorf("radius 2 speakers / 1 speaker = %.4f, want sqrt(2)", got)
	}
	for _, p := range ix.Report.Places {
		if len(p.Speakers) == 1 && radius(string(p.ID)) != one {
			t.Errorf("%s: r=%v, want %v", string(p.ID), radius(string(p.ID)), one)
		}
	}
}
