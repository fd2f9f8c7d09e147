package mapmarks

import (
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
