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

// Looks says how a mark of place i looks in the current view.
type Looks func(i int) (selected, dim bool)

// Writer builds svg markup with the few helpers the map needs; every text
// is escaped. Words is the language of the marks' accessible names
// (English when nil). Stop is the place whose mark is the map's one tab
// stop (roving focus); when it is "" or unknown, the first mark is.
type Writer struct {
	strings.Builder
	Words *words.Words
	Stop  string
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
	w.Attr("data-place", p.ID)
	w.Attr("data-mark", Shape)
	w.Attr("d", d)
	w.WriteString(` aria-hidden="true"/>`)
}

// Control writes the attributes every selectable mark carries; stop says
// whether it is the map's tab stop.
func (w *Writer) Control(p *model.Place, mark, class string, selected, dim, stop bool) {
	w.Attr("class", class+stateClass(selected, dim))
	w.Attr("data-place", p.ID)
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

// stateClass is the class suffix of a selected or faded mark.
func stateClass(selected, dim bool) string {
	s := ""
	if dim {
		s += " is-dim"
	}
	if selected {
		s += " is-selected"
	}
	return s
}

// Leaders writes the lines from each moved symbol to its place.
func (w *Writer) Leaders(marks []Mark) {
	for _, mk := range marks {
		if math.Hypot(mk.X-mk.OX, mk.Y-mk.OY) < mk.R*0.5 {
			continue
		}
		w.WriteString(`<line class="map-leader"`)
		w.Num("x1", mk.OX)
		w.Num("y1", mk.OY)
		w.Num("x2", mk.X)
		w.Num("y2", mk.Y)
		w.WriteString(`/><circle class="map-anchor"`)
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
	stop := 0
	for k, mk := range marks {
		if r.Places[mk.Place].ID == w.Stop {
			stop = k
		}
	}
	for k, mk := range marks {
		p := &r.Places[mk.Place]
		sel, dim := looks(mk.Place)
		w.WriteString(`<g`)
		switch {
		case mk.Kind == Point:
			w.Control(p, Point, "map-place map-point map-h"+strconv.Itoa(HeardClass(Heard(p))), sel, dim, k == stop)
		case p.Kind == model.KindState:
			w.Control(p, Circle, "map-place map-marker map-marker-state", sel, dim, k == stop)
		default:
			w.Control(p, Circle, "map-place map-marker map-marker-org", sel, dim, k == stop)
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
