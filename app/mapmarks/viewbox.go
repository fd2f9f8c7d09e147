package mapmarks

import (
	"math"
	"strconv"

	"idmreport/app/model"
)

// MaxZoom is the largest zoom factor; the zoom buttons double or halve it.
const MaxZoom = 8

func strconvFormat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// ViewBox is the svg viewBox of zoom z centred on cx, cy, kept inside the map.
func ViewBox(m *model.Map, z int, cx, cy float64) string {
	if z <= 1 {
		return "0 0 " + Num(m.Width) + " " + Num(m.Height)
	}
	w, h := m.Width/float64(z), m.Height/float64(z)
	x := clamp(cx-w/2, 0, m.Width-w)
	y := clamp(cy-h/2, 0, m.Height-h)
	return Num(x) + " " + Num(y) + " " + Num(w) + " " + Num(h)
}

func clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// Fit is the view that shows a group of places (keep) as large as it can:
// the largest zoom, a power of two up to MaxZoom, whose view holds every
// one of their marks (hit circles included) as laid out at that zoom and
// scale (CSS pixels per map unit at zoom 1), and the centre of that view.
// With no place kept it is the whole map.
func Fit(r *model.Report, keep func(*model.Place) bool, scale float64) (zoom int, cx, cy float64) {
	m := &r.Map
	for z := MaxZoom; z > 1; z /= 2 {
		x0, y0, x1, y1, any := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1), false
		for _, mk := range Layout(r, float64(z), scale) {
			if !keep(&r.Places[mk.Place]) {
				continue
			}
			any = true
			x0, y0 = math.Min(x0, mk.X-mk.Hit), math.Min(y0, mk.Y-mk.Hit)
			x1, y1 = math.Max(x1, mk.X+mk.Hit), math.Max(y1, mk.Y+mk.Hit)
		}
		if !any {
			break
		}
		if x1-x0 <= m.Width/float64(z) && y1-y0 <= m.Height/float64(z) {
			return z, (x0 + x1) / 2, (y0 + y1) / 2
		}
	}
	return 1, m.Width / 2, m.Height / 2
}
