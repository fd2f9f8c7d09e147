package ui

import (
	"math"
	"slices"
	"strings"

	"idmreport/app/model"
)

// This file lays out the map's point symbols: where each circle or square
// goes, pushed apart so that none overlaps another.

// mapMark is a point symbol: a speakers circle or the square of a state
// without a shape. X, Y is where it is drawn; OX, OY the place's own point
// (they differ when the symbol was moved aside so symbols do not overlap).
type mapMark struct {
	Place  int // index in Report.Places
	Kind   string
	X, Y   float64
	OX, OY float64
	R      float64 // circle radius, or the square's half side
	Hit    float64 // radius of the transparent hit circle (and of the layout)
}

// shapeOf maps a place id to its outline.
func shapeOf(m *model.Map) map[string]string {
	out := make(map[string]string, len(m.Shapes))
	for _, s := range m.Shapes {
		out[s.Place] = s.D
	}
	return out
}

// byName lists place indexes sorted by name (then id), so the tab order in
// the map is alphabetical and stable.
func byName(r *model.Report, keep func(*model.Place) bool) []int {
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
		return strings.Compare(r.Places[a].ID, r.Places[b].ID)
	})
	return out
}

// mapMarks lays out the point symbols for a zoom factor: speakers circles
// (area ∝ number of speakers) for every place with speakers, and squares for
// states without a shape and organisations without a speaker. Symbols that would overlap are pushed apart; the
// result depends only on the report and the zoom.
func mapMarks(r *model.Report, zoom float64) []mapMark {
	if zoom < 1 {
		zoom = 1
	}
	u := 1 / math.Sqrt(zoom)
	shapes := shapeOf(&r.Map)
	var marks []mapMark
	for _, i := range byName(r, func(p *model.Place) bool {
		// States too small for a shape, and organisations credited in the
		// text without a speaker (e.g. EU/DFID), get a point at their
		// representative point or headquarters.
		return (p.Kind == model.KindState && shapes[p.ID] == "") ||
			(p.Kind != model.KindState && len(p.Speakers) == 0)
	}) {
		p := &r.Places[i]
		h := float64(pointHalf * u)
		marks = append(marks, mapMark{Place: i, Kind: markPoint, X: p.X, Y: p.Y, OX: p.X, OY: p.Y,
			R: h, Hit: math.Max(float64(h*1.5), hitMin*u)})
	}
	for _, i := range byName(r, func(p *model.Place) bool { return len(p.Speakers) > 0 }) {
		p := &r.Places[i]
		rad := float64(markR1*math.Sqrt(float64(len(p.Speakers)))) * u
		marks = append(marks, mapMark{Place: i, Kind: markCircle, X: p.X, Y: p.Y, OX: p.X, OY: p.Y,
			R: rad, Hit: math.Max(rad+hitExtra*u, hitMin*u)})
	}
	spread(marks)
	return marks
}

// spread moves symbols apart until their hit circles no longer overlap.
// Symbols on the same point start side by side in a row. Every product is
// rounded explicitly (float64(…)), so no platform fuses it into an FMA and
// the server and the browser compute the same positions.
func spread(marks []mapMark) {
	// Seed: symbols sharing a point are set out in a row around it.
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
