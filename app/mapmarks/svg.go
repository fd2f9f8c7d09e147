package mapmarks

import (
	"html"
	"math"
	"strconv"
	"strings"

	"idmreport/app/model"
	"idmreport/app/words"
)

// heardLimits are the upper bounds of the first three shading classes of
// "heard" (speakers + mentions + good practices); the fourth is the rest.
var heardLimits = [...]int{1, 3, 5}

// Heard is how often a place is heard in the report.
func Heard(p *model.Place) int { return len(p.Speakers) + len(p.Mentions) + len(p.Practices) }

// HeardClass puts a count into one of the classes 1–4.
func HeardClass(n int) int {
	for i, lim := range heardLimits {
		if n <= lim {
			return i + 1
		}
	}
	return len(heardLimits) + 1
}

// Looks says how a mark of place i looks in the current view: selected,
// faded (not in the paragraphs shown), or out of the chosen region (hidden).
type Looks func(i int) (selected, dim, out bool)

// Writer builds svg markup with the few helpers the map needs; every text
// is escaped. Words is the language of the marks' accessible names
// (English when nil). Stop is the place whose mark is the map's one tab
// stop (roving focus); when it is "", unknown or out of the region, the
// first mark shown is.
type Writer struct {
	strings.Builder
	Words *words.Words
	Stop  model.PlaceID
}

// Attr writes name="value".
func (w *Writer) Attr(name, value string) {
	w.WriteString(" " + name + `="` + html.EscapeString(value) + `"`)
}

// Num writes name="v" with at most two decimals.
func (w *Writer) Num(name string, v float64) {
	w.WriteString(" " + name + `="` + Num(v) + `"`)
}

// Shape writes a state's outline: it answers the pointer (data-place) but
// is hidden from assistive technology, as the state's mark is its control.
func (w *Writer) Shape(p *model.Place, d string) {
	w.WriteString(`<path`)
	w.Attr("class", "map-place map-state map-h"+strconv.Itoa(HeardClass(Heard(p))))
	w.Attr("data-place", string(p.ID))
	w.Attr("data-mark", Shape)
	w.Attr("d", d)
	w.WriteString(` aria-hidden="true"/>`)
}

// Control writes the attributes every selectable mark carries; stop says
// whether it is the map's tab stop.
func (w *Writer) Control(p *model.Place, mark, class string, selected, dim, out, stop bool) {
	w.Attr("class", class+stateClass(selected, dim, out))
	w.Attr("data-place", string(p.ID))
	w.Attr("data-mark", mark)
	if stop {
		w.WriteString(` tabindex="0"`)
	} else {
		w.WriteString(` tabindex="-1"`)
	}
	w.WriteString(` role="button"`)
	w.Attr("aria-pressed", strconv.FormatBool(selected))
	t := w.Words
	if t == nil {
		t = &words.EN
	}
	w.Attr("aria-label", t.Place(p, dim))
}

// stateClass is the class suffix of a selected, faded or out-of-region mark.
func stateClass(selected, dim, out bool) string {
	s := ""
	if out {
		s += " is-out"
	}
	if dim {
		s += " is-dim"
	}
	if selected {
		s += " is-selected"
	}
	return s
}

// Leaders writes the lines from each moved symbol to its place; they carry
// the place (data-place), so they hide with its mark.
func (w *Writer) Leaders(r *model.Report, marks []Mark, looks Looks) {
	for _, mk := range marks {
		if math.Hypot(mk.X-mk.OX, mk.Y-mk.OY) < mk.R*0.5 {
			continue
		}
		_, _, out := looks(mk.Place)
		w.WriteString(`<line`)
		w.Attr("class", "map-leader"+stateClass(false, false, out))
		w.Attr("data-place", string(r.Places[mk.Place].ID))
		w.Num("x1", mk.OX)
		w.Num("y1", mk.OY)
		w.Num("x2", mk.X)
		w.Num("y2", mk.Y)
		w.WriteString(`/><circle`)
		w.Attr("class", "map-anchor"+stateClass(false, false, out))
		w.Attr("data-place", string(r.Places[mk.Place].ID))
		w.Num("cx", mk.OX)
		w.Num("cy", mk.OY)
		w.Num("r", mk.R*0.2)
		w.WriteString(`/>`)
	}
}

// Marks writes the squares of states without a shape, then the speakers
// circles; organisations' circles have a dark core, so they are not told
// apart by colour alone.
func (w *Writer) Marks(r *model.Report, marks []Mark, looks Looks) {
	stop := -1
	for k, mk := range marks {
		if _, _, out := looks(mk.Place); !out && (stop < 0 || r.Places[mk.Place].ID == w.Stop) {
			stop = k
		}
	}
	for k, mk := range marks {
		p := &r.Places[mk.Place]
		sel, dim, out := looks(mk.Place)
		w.WriteString(`<g`)
		switch {
		case mk.Kind == Point:
			w.Control(p, Point, "map-place map-point map-h"+strconv.Itoa(HeardClass(Heard(p))), sel, dim, out, k == stop)
		case p.Kind == model.KindState:
			w.Control(p, Circle, "map-place map-marker map-marker-state", sel, dim, out, k == stop)
		default:
			w.Control(p, Circle, "map-place map-marker map-marker-org", sel, dim, out, k == stop)
		}
		w.WriteString(`><circle class="map-hit"`)
		w.Num("cx", mk.X)
		w.Num("cy", mk.Y)
		w.Num("r", mk.Hit)
		w.WriteString(`/>`)
		if mk.Kind == Point {
			w.WriteString(`<rect class="map-dot"`)
			w.Num("x", mk.X-mk.R)
			w.Num("y", mk.Y-mk.R)
			w.Num("width", 2*mk.R)
			w.Num("height", 2*mk.R)
			w.WriteString(`/></g>`)
			continue
		}
		w.WriteString(`<circle class="map-dot"`)
		w.Num("cx", mk.X)
		w.Num("cy", mk.Y)
		w.Num("r", mk.R)
		w.WriteString(`/>`)
		if p.Kind != model.KindState {
			w.WriteString(`<circle class="map-core"`)
			w.Num("cx", mk.X)
			w.Num("cy", mk.Y)
			w.Num("r", mk.R*0.3)
			w.WriteString(`/>`)
		}
		w.WriteString(`</g>`)
	}
}
