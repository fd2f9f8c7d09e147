package ui

import (
	"encoding/xml"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"testing"

	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/data"
)

var loadOnce sync.Once

// realReport loads the embedded report and hands it to the components.
func realReport(t testing.TB) *state.Index {
	t.Helper()
	var err error
	loadOnce.Do(func() {
		var r *model.Report
		r, err = model.Decode(data.Report)
		if err == nil {
			SetReport(r)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if shared == nil {
		t.Fatal("report not loaded")
	}
	return shared
}

// svgNode is a parsed element of the map's markup.
type svgNode struct {
	Name  string
	Attr  map[string]string
	Kids  []*svgNode
	Text  string
	Outer *svgNode
}

func (n *svgNode) classes() []string { return strings.Fields(n.Attr["class"]) }

func (n *svgNode) hasClass(c string) bool {
	for _, x := range n.classes() {
		if x == c {
			return true
		}
	}
	return false
}

// walk visits n and its descendants.
func (n *svgNode) walk(fn func(*svgNode)) {
	fn(n)
	for _, k := range n.Kids {
		k.walk(fn)
	}
}

// find returns the elements for which keep is true.
func (n *svgNode) find(keep func(*svgNode) bool) []*svgNode {
	var out []*svgNode
	n.walk(func(x *svgNode) {
		if keep(x) {
			out = append(out, x)
		}
	})
	return out
}

// parseSVG parses markup as XML: it also proves the markup well formed.
func parseSVG(t testing.TB, s string) *svgNode {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(s))
	var root, cur *svgNode
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("map markup is not well formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &svgNode{Name: tok.Name.Local, Attr: map[string]string{}, Outer: cur}
			for _, a := range tok.Attr {
				n.Attr[a.Name.Local] = a.Value
			}
			if cur == nil {
				root = n
			} else {
				cur.Kids = append(cur.Kids, n)
			}
			cur = n
		case xml.EndElement:
			cur = cur.Outer
		case xml.CharData:
			if cur != nil {
				cur.Text += string(tok)
			}
		}
	}
	if root == nil {
		t.Fatal("empty map markup")
	}
	return root
}

// marks returns the selectable marks of a place: data-mark -> element.
func marksOf(root *svgNode, id string) map[string]*svgNode {
	out := map[string]*svgNode{}
	for _, n := range root.find(func(n *svgNode) bool { return n.Attr["data-place"] == id }) {
		out[n.Attr["data-mark"]] = n
	}
	return out
}

// dotRadius returns the r of a marker's visible circle.
func dotRadius(t testing.TB, mk *svgNode) float64 {
	t.Helper()
	for _, k := range mk.Kids {
		if k.Name == "circle" && k.hasClass("map-dot") {
			r, err := strconv.ParseFloat(k.Attr["r"], 64)
			if err != nil {
				t.Fatal(err)
			}
			return r
		}
	}
	t.Fatalf("marker %s has no map-dot circle", mk.Attr["data-place"])
	return 0
}

func render(ix *state.Index, v state.View) string {
	return mapSVG(ix, v, ix.Apply(v), fullViewBox(&ix.R.Map))
}

func TestMapSVGStructure(t *testing.T) {
	ix := realReport(t)
	r := ix.R
	out := render(ix, state.View{})
	root := parseSVG(t, out)
	if root.Name != "svg" || root.Attr["role"] != "group" || !strings.Contains(root.Attr["aria-label"], "map") {
		t.Errorf("svg root: %s %v", root.Name, root.Attr)
	}
	if strings.Contains(out, "style=") {
		t.Error("map markup has a style attribute (blocked by style-src 'self')")
	}
	shapes := shapeOf(&r.Map)

	for _, tc := range []struct {
		name  string
		label string
	}{
		{"Ghana", "Ghana: 1 speaker, "},
		{"United Kingdom", "United Kingdom: 2 speakers, "},
		{"International Organization for Migration", "International Organization for Migration: 2 speakers, "},
	} {
		t.Run("label "+tc.name, func(t *testing.T) {
			if !strings.Contains(out, `aria-label="`+tc.label) {
				t.Errorf("no aria-label starting %q", tc.label)
			}
		})
	}

	for i := range r.Places {
		p := &r.Places[i]
		t.Run(p.ID, func(t *testing.T) {
			marks := marksOf(root, p.ID)
			want := placeLabel(p, false)
			for kind, n := range marks {
				if n.Attr["tabindex"] != "0" || n.Attr["role"] != "button" {
					t.Errorf("%s %s not focusable: %v", p.ID, kind, n.Attr)
				}
				if n.Attr["aria-label"] != want {
					t.Errorf("%s %s aria-label %q, want %q", p.ID, kind, n.Attr["aria-label"], want)
				}
				if n.Attr["aria-pressed"] != "false" {
					t.Errorf("%s %s aria-pressed %q", p.ID, kind, n.Attr["aria-pressed"])
				}
			}
			if len(p.Speakers) > 0 {
				mk := marks[markCircle]
				if mk == nil {
					t.Fatalf("%s has %d speakers and no marker", p.ID, len(p.Speakers))
				}
				wantClass := "map-marker-state"
				if p.Kind != model.KindState {
					wantClass = "map-marker-org"
				}
				if !mk.hasClass(wantClass) {
					t.Errorf("%s marker classes %v, want %s", p.ID, mk.classes(), wantClass)
				}
			} else if marks[markCircle] != nil {
				t.Errorf("%s has no speakers but a marker", p.ID)
			}
			if p.Kind == model.KindState {
				if shapes[p.ID] != "" && marks[markShape] == nil {
					t.Errorf("state %s has a shape but no focusable outline", p.ID)
				}
				if shapes[p.ID] == "" && marks[markPoint] == nil {
					t.Errorf("state %s has no shape and no point", p.ID)
				}
				if len(marks) == 0 {
					t.Errorf("state %s not on the map", p.ID)
				}
				if n := marks[markShape]; n != nil && !n.hasClass("map-h"+itoa(heardClass(heard(p)))) {
					t.Errorf("state %s classes %v", p.ID, n.classes())
				}
			}
		})
	}
}

func TestMapSVGMarkerArea(t *testing.T) {
	ix := realReport(t)
	root := parseSVG(t, render(ix, state.View{}))
	one := dotRadius(t, marksOf(root, "gh")[markCircle]) // 1 speaker
	two := dotRadius(t, marksOf(root, "gb")[markCircle]) // 2 speakers
	if got := two / one; math.Abs(got-math.Sqrt2) > 0.005 {
		t.Errorf("radius 2 speakers / 1 speaker = %.4f, want sqrt(2) (area ∝ speakers)", got)
	}
	// Every one-speaker circle has the same size.
	for i, p := range ix.R.Places {
		if len(p.Speakers) == 1 {
			if r := dotRadius(t, marksOf(root, p.ID)[markCircle]); r != one {
				t.Errorf("%s (place %d): r=%v, want %v", p.ID, i, r, one)
			}
		}
	}
}

func TestMapSVGNoOverlap(t *testing.T) {
	ix := realReport(t)
	for _, z := range []float64{1, 2, 4, 8} {
		marks := mapMarks(ix.R, z)
		for i := range marks {
			for j := i + 1; j < len(marks); j++ {
				a, b := marks[i], marks[j]
				if d := math.Hypot(a.X-b.X, a.Y-b.Y); d < a.Hit+b.Hit-0.05 {
					t.Errorf("zoom %v: %s and %s overlap (%.2f < %.2f)", z,
						ix.R.Places[a.Place].ID, ix.R.Places[b.Place].ID, d, a.Hit+b.Hit)
				}
			}
		}
	}
}
