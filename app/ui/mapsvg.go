package ui

import (
	"html"
	"math"
	"strconv"
	"strings"

	"idmreport/app/model"
	"idmreport/app/state"
)

// The map's SVG is written as a string (go-app v9 has no SVG builders) and
// shown with app.Raw. Everything here is a pure function of the report, the
// view, the result and the viewBox: the prerendered page and the first
// client render get the very same string. Colours live in web/map.css; the
// markup only carries classes.

// mapLabel is the accessible name of the map's svg.
const mapLabel = "World map of states and organisations heard at the workshop"

// Symbol sizes in map units at zoom 1 (the viewBox is Map.Width = 1000 wide).
// They shrink by 1/sqrt(zoom), so zooming in separates the symbols while
// they still grow on screen.
const (
	markR1    = 7.0 // radius of a one-speaker circle; n speakers: markR1*sqrt(n)
	hitExtra  = 3.0 // the transparent hit circle is this much larger...
	hitMin    = 9.0 // ...and at least this large
	pointHalf = 4.5 // half side of the square of a state without a shape
)

// Marks of the map: data-mark values.
const (
	markShape  = "shape"  // a state's outline
	markPoint  = "point"  // a state too small to have an outline
	markCircle = "marker" // a proportional speakers circle
)

// heardLimits are the upper bounds of the first three shading classes of
// "heard" (speakers + mentions + good practices); the fourth is the rest.
var heardLimits = [...]int{1, 3, 5}

// heardClassLabels describe the four classes for the legend.
var heardClassLabels = [...]string{"Heard once", "Heard 2–3 times", "Heard 4–5 times", "Heard 6 times or more"}

// heard is how often a place is heard in the report.
func heard(p *model.Place) int { return len(p.Speakers) + len(p.Mentions) + len(p.Practices) }

// heardClass puts a count into one of the classes 1–4.
func heardClass(n int) int {
	for i, lim := range heardLimits {
		if n <= lim {
			return i + 1
		}
	}
	return len(heardLimits) + 1
}

// placeLabel is a place's accessible name: "Ghana: 1 speaker, 1 mention, 0
// good practices", with a note when the filters leave it out.
func placeLabel(p *model.Place, dim bool) string {
	s := p.Name + ": " + plural(len(p.Speakers), "speaker", "speakers") + ", " +
		plural(len(p.Mentions), "mention", "mentions") + ", " +
		plural(len(p.Practices), "good practice", "good practices")
	if dim {
		s += "; not in the paragraphs shown"
	}
	return s
}

// dimming reports whether the view fades the places its paragraphs do not
// concern: when themes are selected or a search is active.
func dimming(v state.View) bool { return len(v.Themes) > 0 || v.Query != "" }

// dimmed reports whether place i is faded in view v.
func dimmed(v state.View, res state.Result, i int) bool {
	return dimming(v) && i < len(res.PlaceCounts) && res.PlaceCounts[i] == 0
}

// parseViewBox reads "x y w h"; a missing or bad viewBox is the whole map.
func parseViewBox(vb string, m *model.Map) (x, y, w, h float64) {
	f := strings.Fields(vb)
	if len(f) == 4 {
		var v [4]float64
		ok := true
		for i, s := range f {
			n, err := strconv.ParseFloat(s, 64)
			if err != nil || math.IsNaN(n) || math.IsInf(n, 0) {
				ok = false
			}
			v[i] = n
		}
		if ok && v[2] > 0 && v[3] > 0 {
			return v[0], v[1], v[2], v[3]
		}
	}
	return 0, 0, m.Width, m.Height
}

// fullViewBox is the viewBox showing the whole map.
func fullViewBox(m *model.Map) string {
	return num(0) + " " + num(0) + " " + num(m.Width) + " " + num(m.Height)
}

// num formats a coordinate with at most two decimals.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

// svgWriter wraps a strings.Builder with the few helpers the map needs.
type svgWriter struct{ strings.Builder }

func (w *svgWriter) attr(name, value string) {
	w.WriteByte(' ')
	w.WriteString(name)
	w.WriteString(`="`)
	w.WriteString(html.EscapeString(value))
	w.WriteByte('"')
}

func (w *svgWriter) num(name string, v float64) {
	w.WriteByte(' ')
	w.WriteString(name)
	w.WriteString(`="`)
	w.WriteString(strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64))
	w.WriteByte('"')
}

// control writes the attributes every selectable mark carries.
func (w *svgWriter) control(p *model.Place, mark, class string, selected, dim bool) {
	if dim {
		class += " is-dim"
	}
	if selected {
		class += " is-selected"
	}
	w.attr("class", class)
	w.attr("data-place", p.ID)
	w.attr("data-mark", mark)
	w.WriteString(` tabindex="0" role="button"`)
	w.attr("aria-pressed", boolString(selected))
	w.attr("aria-label", placeLabel(p, dim))
}

// mapSVG writes the map for a view: the other countries, the states of the
// report shaded by how often they are heard, squares for states without a
// shape and the speakers circles, all selectable. Every text is escaped.
func mapSVG(ix *state.Index, v state.View, res state.Result, viewBox string) string {
	r := ix.R
	m := &r.Map
	vx, vy, vw, vh := parseViewBox(viewBox, m)
	zoom := 1.0
	if vw > 0 && m.Width > 0 {
		zoom = m.Width / vw
	}
	shapes := shapeOf(m)
	size := len(m.Land) + 4096 + 600*len(r.Places)
	for _, s := range m.Shapes {
		size += len(s.D)
	}
	var w svgWriter
	w.Grow(size)

	w.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" class="map-svg"`)
	w.attr("viewBox", num(vx)+" "+num(vy)+" "+num(vw)+" "+num(vh))
	w.num("width", m.Width)
	w.num("height", m.Height)
	w.WriteString(` role="group"`)
	w.attr("aria-label", mapLabel)
	w.WriteString(`>`)

	// Everything not in the report: decorative.
	w.WriteString(`<path class="map-land" aria-hidden="true"`)
	w.attr("d", m.Land)
	w.WriteString(`/>`)

	// States of the report, alphabetical (the tab order).
	w.WriteString(`<g class="map-states">`)
	for _, i := range byName(r, func(p *model.Place) bool { return shapes[p.ID] != "" }) {
		p := &r.Places[i]
		w.WriteString(`<path`)
		w.control(p, markShape, "map-place map-state map-h"+itoa(heardClass(heard(p))), v.Place == p.ID, dimmed(v, res, i))
		w.attr("d", shapes[p.ID])
		w.WriteString(`/>`)
	}
	w.WriteString(`</g>`)

	marks := mapMarks(r, zoom)

	// Leader lines from a moved symbol to its place.
	w.WriteString(`<g class="map-leaders" aria-hidden="true">`)
	for _, mk := range marks {
		if math.Hypot(mk.X-mk.OX, mk.Y-mk.OY) < mk.R*0.5 {
			continue
		}
		w.WriteString(`<line class="map-leader"`)
		w.num("x1", mk.OX)
		w.num("y1", mk.OY)
		w.num("x2", mk.X)
		w.num("y2", mk.Y)
		w.WriteString(`/>`)
		w.WriteString(`<circle class="map-anchor"`)
		w.num("cx", mk.OX)
		w.num("cy", mk.OY)
		w.num("r", mk.R*0.2)
		w.WriteString(`/>`)
	}
	w.WriteString(`</g>`)

	// Squares of states without a shape, then the speakers circles.
	w.WriteString(`<g class="map-marks">`)
	for _, mk := range marks {
		p := &r.Places[mk.Place]
		sel, dim := v.Place == p.ID, dimmed(v, res, mk.Place)
		w.WriteString(`<g`)
		if mk.Kind == markPoint {
			w.control(p, markPoint, "map-place map-point map-h"+itoa(heardClass(heard(p))), sel, dim)
		} else {
			kind := "map-marker map-marker-state"
			if p.Kind != model.KindState {
				kind = "map-marker map-marker-org"
			}
			w.control(p, markCircle, "map-place "+kind, sel, dim)
		}
		w.WriteString(`><circle class="map-hit"`)
		w.num("cx", mk.X)
		w.num("cy", mk.Y)
		w.num("r", mk.Hit)
		w.WriteString(`/>`)
		if mk.Kind == markPoint {
			w.WriteString(`<rect class="map-dot"`)
			w.num("x", mk.X-mk.R)
			w.num("y", mk.Y-mk.R)
			w.num("width", 2*mk.R)
			w.num("height", 2*mk.R)
			w.WriteString(`/>`)
		} else {
			w.WriteString(`<circle class="map-dot"`)
			w.num("cx", mk.X)
			w.num("cy", mk.Y)
			w.num("r", mk.R)
			w.WriteString(`/>`)
			if p.Kind != model.KindState {
				// Organisations have a dark core: not told apart by colour alone.
				w.WriteString(`<circle class="map-core"`)
				w.num("cx", mk.X)
				w.num("cy", mk.Y)
				w.num("r", mk.R*0.3)
				w.WriteString(`/>`)
			}
		}
		w.WriteString(`</g>`)
	}
	w.WriteString(`</g></svg>`)
	return w.String()
}
