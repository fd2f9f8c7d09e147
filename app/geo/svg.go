package geo

import (
	"math"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"
)

// PathD projects a lon/lat multipolygon with p and returns the "d" attribute
// of an SVG path for it, or "" when it has no visible area.
//
// Each ring is projected (edges along the ±180° meridian, which are curved
// in Equal Earth, are first densified to one point per degree), simplified
// with Douglas–Peucker at tolerance SVG units (orb/simplify; 0 keeps every
// point), and rounded to 0.1 unit. A ring is dropped when fewer than 3
// distinct points remain or its projected area is below tolerance² (at least
// 0.01) square units; a polygon whose outer ring is dropped is dropped whole.
// If that would drop everything, the largest outer ring is written
// unsimplified instead, so a small country (Luxembourg) keeps its shape.
// Rings crossing the antimeridian are cut there first (DecodeTopoJSON output
// already is), so no edge spans the map.
//
// Outer rings are written clockwise on screen and holes counter-clockwise,
// so the default fill-rule (nonzero) renders holes. The format is compact:
// an absolute "M" for the first point of a ring, then one relative "l" with
// the other points, then "z"; numbers have at most one decimal, no leading
// zero (".5") and separators only where needed, e.g. "M12.3,45.6l1.2-.3,4,5z".
func PathD(p Projector, mp orb.MultiPolygon, tolerance float64) string {
	minArea := math.Max(tolerance*tolerance, 0.01)
	var w pathWriter
	var largest []tenths // largest dropped outer ring, unsimplified, for the fallback
	for _, poly := range mp {
		for _, part := range splitAntimeridian(poly) {
			for i, r := range part {
				q := quantizeRing(p, r, tolerance)
				if len(q) >= 3 && math.Abs(ringArea(q)) >= minArea {
					w.ring(orient(q, i == 0))
					continue
				}
				if i > 0 {
					continue
				}
				if full := quantizeRing(p, r, 0); math.Abs(ringArea(full)) > math.Abs(ringArea(largest)) {
					largest = full
				}
				break // outer ring gone: drop its holes too
			}
		}
	}
	if w.b.Len() == 0 && len(largest) >= 3 && math.Abs(ringArea(largest)) >= 0.01 {
		w.ring(orient(largest, true))
	}
	return w.b.String()
}

// orient returns q clockwise on screen if outer, counter-clockwise otherwise,
// reversing it in place when needed.
func orient(q []tenths, outer bool) []tenths {
	if (ringArea(q) > 0) != outer {
		for a, b := 0, len(q)-1; a < b; a, b = a+1, b-1 {
			q[a], q[b] = q[b], q[a]
		}
	}
	return q
}

// tenths is a point in SVG units × 10, rounded.
type tenths [2]int64

// quantizeRing projects, densifies, simplifies and rounds a ring. The result
// is open (no repeated closing point) with no repeated consecutive points.
func quantizeRing(p Projector, r orb.Ring, tolerance float64) []tenths {
	proj := make(orb.Ring, 0, len(r))
	for i, pt := range r {
		if i > 0 {
			prev := r[i-1]
			if prev[0] == pt[0] && math.Abs(pt[0]) == 180 {
				steps := int(math.Ceil(math.Min(math.Abs(pt[1]-prev[1]), 180))) // one per degree
				for s := 1; s < steps; s++ {
					lat := prev[1] + (pt[1]-prev[1])*float64(s)/float64(steps)
					x, y := p.Project(pt[0], lat)
					proj = append(proj, orb.Point{x, y})
				}
			}
		}
		x, y := p.Project(pt[0], pt[1])
		proj = append(proj, orb.Point{x, y})
	}
	if tolerance > 0 && len(proj) > 2 {
		proj = simplify.DouglasPeucker(tolerance).Ring(proj)
	}
	q := make([]tenths, 0, len(proj))
	for _, pt := range proj {
		t := tenths{int64(math.Round(pt[0] * 10)), int64(math.Round(pt[1] * 10))}
		if len(q) == 0 || q[len(q)-1] != t {
			q = append(q, t)
		}
	}
	for len(q) > 1 && q[len(q)-1] == q[0] {
		q = q[:len(q)-1]
	}
	return q
}

// ringArea is the shoelace area of an open ring in square SVG units;
// positive means clockwise on screen (y down).
func ringArea(q []tenths) float64 {
	if len(q) == 0 {
		return 0
	}
	var s int64
	for i := range q {
		a, b := q[i], q[(i+1)%len(q)]
		s += a[0]*b[1] - b[0]*a[1]
	}
	return float64(s) / 200
}

// pathWriter writes path commands with as few separators as the SVG path
// grammar allows.
type pathWriter struct {
	b      strings.Builder
	buf    []byte
	sep    bool // a number was just written, so the next one may need a separator
	hasDot bool // the last number written contains a '.'
}

// ring writes "M x,y l dx,dy ... z" for an open ring.
func (w *pathWriter) ring(q []tenths) {
	w.cmd('M')
	w.num(q[0][0])
	w.num(q[0][1])
	w.cmd('l')
	for i := 1; i < len(q); i++ {
		w.num(q[i][0] - q[i-1][0])
		w.num(q[i][1] - q[i-1][1])
	}
	w.cmd('z')
}

func (w *pathWriter) cmd(c byte) {
	w.b.WriteByte(c)
	w.sep = false
}

// num writes a value given in tenths: 12.3, 4, -.5, 0.
func (w *pathWriter) num(v int64) {
	neg := v < 0
	if neg {
		v = -v
	}
	b := w.buf[:0]
	if neg {
		b = append(b, '-')
	}
	if v >= 10 || v == 0 {
		b = strconv.AppendInt(b, v/10, 10)
	}
	dot := v%10 != 0
	if dot {
		b = append(b, '.', byte('0'+v%10))
	}
	if w.sep && b[0] != '-' && !(b[0] == '.' && w.hasDot) {
		w.b.WriteByte(',')
	}
	w.b.Write(b)
	w.buf = b
	w.sep, w.hasDot = true, dot
}
