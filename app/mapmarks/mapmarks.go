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
	Shape  = "shape"  // a state's outline
	Point  = "point"  // a state too small to have an outline, or an organisation without speakers
	Circle = "marker" // a proportional speakers circle
)

// Symbol sizes in map units at zoom 1 (the map is Map.Width = 1000 wide).
// They shrink by 1/sqrt(zoom), so zooming in separates the symbols while they
// still grow on screen.
const (
	markR1    = 7.0 // radius of a one-speaker circle; n speakers: markR1*sqrt(n)
	hitExtra  = 3.0 // the transparent hit circle is this much larger...
	hitMin    = 9.0 // ...and at least this large
	pointHalf = 4.5 // half side of the square of a state without a shape
)

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

// ByName lists place indexes sorted by name (then id), so the tab order in
// the map is alphabetical and stable.
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

// Layout places the point symbols for a zoom factor: squares for states
// without a shape and organisations without a speaker, then a speakers circle
// (area ∝ number of speakers) for every place with speakers. The result
// depends only on the report and the zoom.
func Layout(r *model.Report, zoom float64) []Mark {
	if zoom < 1 {
		zoom = 1
	}
	u := 1 / math.Sqrt(zoom)
	var marks []Mark
	for _, i := range ByName(r, func(p *model.Place) bool {
		return (p.Kind == model.KindState && !p.OnMap) || (p.Kind != model.KindState && len(p.Speakers) == 0)
	}) {
		p := &r.Places[i]
		h := float64(pointHalf * u)
		marks = append(marks, Mark{Place: i, Kind: Point, X: p.X, Y: p.Y, OX: p.X, OY: p.Y,
			R: h, Hit: math.Max(float64(h*1.5), hitMin*u)})
	}
	for _, i := range ByName(r, func(p *model.Place) bool { return len(p.Speakers) > 0 }) {
		p := &r.Places[i]
		rad := float64(markR1*math.Sqrt(float64(len(p.Speakers)))) * u
		marks = append(marks, Mark{Place: i, Kind: Circle, X: p.X, Y: p.Y, OX: p.X, OY: p.Y,
			R: rad, Hit: math.Max(rad+hitExtra*u, hitMin*u)})
	}
	spread(marks)
	return marks
}

// spread moves symbols apart until their hit circles no longer overlap.
// Symbols on the same point start side by side in a row. Every product is
// rounded explicitly (float64(…)), so no platform fuses it into an FMA and
// the build and the browser compute the same positions.
func spread(marks []Mark) {
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
		if !moved {
			break
		}
	}
}

// Num formats a coordinate with at most two decimals, as the svg writes it.
func Num(v float64) string {
	return strconvFormat(math.Round(v*100) / 100)
}
