// Package mapmarks lays out the map's point symbols: where each speakers
// circle or state square goes, pushed apart so that none overlaps another.
// It is pure Go: the build draws the map with it at zoom 1 and the browser
// moves the symbols with it when the reader zooms.
package mapmarks

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"idmreport/app/model"
)

// Kinds of mark: the data-mark values of the map's svg.
const (
	Shape  = "shape"  // a state's outline (decorative: its square or circle is the control)
	Point  = "point"  // a square: a state or organisation without speakers
	Circle = "marker" // a proportional speakers circle
)

// Symbol sizes in map units at zoom 1 (the map is Map.Width = 1000 wide).
// They shrink by 1/sqrt(zoom), so zooming in separates the symbols while they
// still grow on screen.
const (
	markR1    = 7.0 // radius of a one-speaker circle; n speakers: markR1*sqrt(n)
	hitExtra  = 3.0 // the transparent hit circle is this much larger...
	hitMin    = 9.0 // ...and at least this large
	pointHalf = 4.5 // half side of the square of a place without speakers
)

// TargetPx is the least diameter, in CSS pixels, of every mark's hit
// circle: WCAG 2.5.8 asks for 24 × 24; two more absorb rounding.
const TargetPx = 26.0

// BuildScale is the CSS pixels per map unit the build lays the marks out
// for (the map on a wide screen); the browser lays them out again for the
// scale it measures.
const BuildScale = 0.7

// Mark is a point symbol. X, Y is where it is drawn; OX, OY the place's own
// point (they differ when the symbol was moved aside).
type Mark struct {
	Place  int // index in Report.Places
	Kind   string
	X, Y   float64
	OX, OY float64
	R      float64 // circle radius, or the square's half side
	Hit    float64 // radius of the transparent hit circle (and of the layout)
}

// ByName lists place indexes sorted by name (then id).
func ByName(r *model.Report, keep func(*model.Place) bool) []int {
	var out []int
	for i := range r.Places {
		if keep(&r.Places[i]) {
			out = append(out, i)
		}
	}
	slices.SortStableFunc(out, func(a, b int) int {
		if c := strings.Compare(r.Places[a].Name, r.Places[b].Name); c != 0 {
			return c
		}
		return cmp.Compare(r.Places[a].ID, r.Places[b].ID)
	})
	return out
}

// TableOrder lists every place index as the places table does: states,
// then the others, each by name. It is also the marks' order, so arrow keys
// move through the map as through the table.
func TableOrder(r *model.Report) []int {
	states := ByName(r, func(p *model.Place) bool { return p.Kind == model.KindState })
	return append(states, ByName(r, func(p *model.Place) bool { return p.Kind != model.KindState })...)
}

// Layout places one symbol per place, in table order, for a zoom factor and
// a scale (CSS pixels per map unit at zoom 1): a speakers circle (area ∝
// number of speakers) for a place with speakers, else a square. Every hit
// circle is at least TargetPx across on screen, and no two overlap. The
// result depends only on the report, the zoom and the scale.
func Layout(r *model.Report, zoom, scale float64) []Mark {
	if zoom < 1 {
		zoom = 1
	}
	if scale <= 0 {
		scale = BuildScale
	}
	u := 1 / math.Sqrt(zoom)
	least := math.Max(hitMin*u, float64(TargetPx/2)/float64(scale*zoom))
	var marks []Mark
	for _, i := range TableOrder(r) {
		p := &r.Places[i]
		mk := Mark{Place: i, Kind: Point, X: p.X, Y: p.Y, OX: p.X, OY: p.Y, R: float64(pointHalf * u)}
		mk.Hit = math.Max(float64(mk.R*1.5), least)
		if n := len(p.Speakers); n > 0 {
			mk.Kind, mk.R = Circle, float64(markR1*math.Sqrt(float64(n)))*u
			mk.Hit = math.Max(mk.R+float64(hitExtra*u), least)
		}
		marks = append(marks, mk)
	}
	spread(marks, r.Map.Width, r.Map.Height)
	return marks
}

// spread moves symbols apart until their hit circles no longer overlap,
// keeping them inside the map (w × h; 0: unbounded). Symbols on the same
// point start side by side in a row. Every product is
// rounded explicitly (float64(…)), so no platform fuses it into an FMA and
// the build and the browser compute the same positions.
func spread(marks []Mark, w, h float64) {
	done := make([]bool, len(marks))
	for i := range marks {
		if done[i] {
			continue
		}
		group := []int{i}
		for j := i + 1; j < len(marks); j++ {
			if !done[j] && marks[j].OX == marks[i].OX && marks[j].OY == marks[i].OY {
				group = append(group, j)
			}
		}
		width := 0.0
		for _, g := range group {
			done[g] = true
			width += float64(2 * marks[g].Hit)
		}
		x := marks[i].OX - width/2
		for _, g := range group {
			marks[g].X = x + marks[g].Hit
			x += float64(2 * marks[g].Hit)
		}
	}
	for iter := 0; iter < 200; iter++ {
		moved := false
		for i := range marks {
			for j := i + 1; j < len(marks); j++ {
				a, b := &marks[i], &marks[j]
				dx, dy := b.X-a.X, b.Y-a.Y
				d := math.Sqrt(float64(dx*dx) + float64(dy*dy))
				need := a.Hit + b.Hit
				if d >= need-0.01 {
					continue
				}
				if d < 1e-6 {
					dx, dy, d = 1, 0, 1
				}
				push := float64(need-d) / 2
				px, py := float64(float64(dx/d)*push), float64(float64(dy/d)*push)
				a.X, a.Y = a.X-px, a.Y-py
				b.X, b.Y = b.X+px, b.Y+py
				moved = true
			}
		}
		for i := range marks {
			inside(&marks[i], w, h)
		}
		if !moved {
			break
		}
	}
}

// inside moves a symbol back into the map, w × h, when its hit circle
// sticks out (a map with no size leaves it where it is).
func inside(mk *Mark, w, h float64) {
	if w > 2*mk.Hit {
		mk.X = math.Min(math.Max(mk.X, mk.Hit), w-mk.Hit)
	}
	if h > 2*mk.Hit {
		mk.Y = math.Min(math.Max(mk.Y, mk.Hit), h-mk.Hit)
	}
}

// Num formats a coordinate with at most two decimals, as the svg writes it.
func Num(v float64) string {
	return strconvFormat(math.Round(v*100) / 100)
}
