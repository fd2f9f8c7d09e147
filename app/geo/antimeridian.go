package geo

import (
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// splitAntimeridian makes a lon/lat polygon planar. world-atlas keeps rings
// that cross the antimeridian whole (Fiji, Russia's Chukotka, Antarctica)
// because d3 clips them on the sphere; drawn naively they streak across the
// whole map. Each ring is unwrapped into continuous longitudes and clipped to
// the 360°-wide strips it touches; every piece is shifted back into
// -180..180, so the cut edges lie exactly on ±180°. A ring that circles a
// pole (it winds through 360° of longitude) is first closed along ±180° and
// the pole's parallel, as d3 draws Antarctica. Polygons that do not cross,
// or have a point outside -180..180, -90..90, are returned unchanged.
func splitAntimeridian(poly orb.Polygon) []orb.Polygon {
	crosses := false
	for _, r := range poly {
		for _, pt := range r {
			if !(math.Abs(pt[0]) <= 180 && math.Abs(pt[1]) <= 90) {
				return []orb.Polygon{poly} // not lon/lat (or NaN): leave it alone
			}
		}
		crosses = crosses || ringCrosses(r)
	}
	if !crosses {
		return []orb.Polygon{poly}
	}
	outer := clipToStrips(unwrapRing(poly[0]))
	strips := make([]int, 0, len(outer))
	for k := range outer {
		strips = append(strips, k)
	}
	sort.Ints(strips)
	out := make([]orb.Polygon, 0, len(strips))
	for _, k := range strips {
		out = append(out, orb.Polygon{outer[k]})
	}
	// A hole's pieces need not be in the same strips as the outer ring's
	// (each ring is unwrapped from its own first point), so each goes to the
	// outer piece that contains it.
	for _, hole := range poly[1:] {
		for _, h := range clipToStrips(unwrapRing(hole)) {
			if i := containing(out, h); i >= 0 {
				out[i] = append(out[i], h)
			}
		}
	}
	return out
}

// containing returns the index of the polygon whose outer ring contains the
// hole piece h, judged by a vertex of h off the antimeridian (or, if all are
// on it, by the centre of h's bounds), or -1.
func containing(polys []orb.Polygon, h orb.Ring) int {
	probe := h.Bound().Center()
	for _, pt := range h {
		if math.Abs(pt[0]) != 180 {
			probe = pt
			break
		}
	}
	for i, p := range polys {
		if planar.RingContains(p[0], probe) {
			return i
		}
	}
	return -1
}

// ringCrosses reports whether a ring has an edge that jumps more than 180° in
// longitude, i.e. crosses (or touches, 180 → -180) the antimeridian. An edge
// along a pole's parallel (latitude ±90 at both ends), as a ring closed
// through the pole has, is not a crossing, so splitting twice changes nothing.
func ringCrosses(r orb.Ring) bool {
	for i := 1; i < len(r); i++ {
		a, b := r[i-1], r[i]
		if math.Abs(b[0]-a[0]) > 180 && !(a[1] == b[1] && math.Abs(a[1]) == 90) {
			return true
		}
	}
	return false
}

// wrapDelta returns the longitude step from a to b taken the short way round.
func wrapDelta(a, b float64) float64 {
	return math.Remainder(b-a, 360)
}

// unwrapRing returns the ring with continuous longitudes (no step over 180°),
// as an open point list (no repeated closing point). A ring that winds round
// a pole is started at its first antimeridian crossing and closed via the
// pole, which makes it an ordinary closed polygon in unwrapped longitudes.
func unwrapRing(r orb.Ring) []orb.Point {
	n := len(r) - 1 // r[n] repeats r[0]
	if n < 3 {
		return append([]orb.Point(nil), r...)
	}
	winding, latSum := 0.0, 0.0
	start := 0
	for i := 0; i < n; i++ {
		winding += wrapDelta(r[i][0], r[i+1][0])
		latSum += r[i][1]
		if start == 0 && math.Abs(r[i+1][0]-r[i][0]) > 180 {
			start = i + 1
		}
	}
	polar := math.Abs(winding) > 180
	if !polar {
		start = 0
	}
	pts := make([]orb.Point, 0, n+4)
	lon := r[start%n][0]
	for j := 0; j < n; j++ {
		p := r[(start+j)%n]
		if j > 0 {
			lon += wrapDelta(r[(start+j-1)%n][0], p[0])
		}
		pts = append(pts, orb.Point{lon, p[1]})
	}
	if !polar {
		return pts
	}
	// Close through the pole: from the last point cross to where the ring
	// started (shifted by a full turn), then down to the pole and back.
	a := pts[len(pts)-1]
	b := orb.Point{pts[0][0] + 360*math.Copysign(1, winding), pts[0][1]}
	hi := math.Max(a[0], b[0])
	x := 360*math.Floor((hi+180)/360) - 180 // the crossed odd multiple of 180
	lat := a[1]
	if b[0] != a[0] {
		lat = a[1] + (b[1]-a[1])*(x-a[0])/(b[0]-a[0])
	}
	pole := math.Copysign(90, latSum)
	shift := x - b[0] + pts[0][0] // x moved back by a full turn, next to pts[0]
	return append(pts,
		orb.Point{x, lat}, orb.Point{x, pole},
		orb.Point{shift, pole}, orb.Point{shift, lat})
}

// clipToStrips clips an open, unwrapped ring to each strip
// [-180+360k, 180+360k] it touches and shifts each piece back by -360k.
// Pieces with no area are dropped. The result maps k to a closed ring.
func clipToStrips(pts []orb.Point) map[int]orb.Ring {
	out := map[int]orb.Ring{}
	if len(pts) == 0 {
		return out
	}
	lo, hi := pts[0][0], pts[0][0]
	for _, p := range pts {
		lo, hi = math.Min(lo, p[0]), math.Max(hi, p[0])
	}
	for k := int(math.Floor((lo + 180) / 360)); k <= int(math.Floor((hi+180)/360)); k++ {
		west, east := -180+360*float64(k), 180+360*float64(k)
		piece := clipHalf(clipHalf(pts, west, true), east, false)
		if len(piece) < 3 {
			continue
		}
		ring := make(orb.Ring, 0, len(piece)+1)
		for _, p := range piece {
			ring = append(ring, orb.Point{p[0] - 360*float64(k), p[1]})
		}
		ring = append(ring, ring[0])
		if planar.Area(ring) != 0 {
			out[k] = ring
		}
	}
	return out
}

// clipHalf is one Sutherland–Hodgman step: it keeps the part of an open ring
// with longitude >= x (east true) or <= x (east false). Intersections are
// placed exactly on x.
func clipHalf(pts []orb.Point, x float64, east bool) []orb.Point {
	inside := func(p orb.Point) bool { return (east && p[0] >= x) || (!east && p[0] <= x) }
	var out []orb.Point
	for i, cur := range pts {
		prev := pts[(i+len(pts)-1)%len(pts)]
		if inside(cur) != inside(prev) {
			t := (x - prev[0]) / (cur[0] - prev[0])
			out = append(out, orb.Point{x, prev[1] + t*(cur[1]-prev[1])})
		}
		if inside(cur) {
			out = append(out, cur)
		}
	}
	return out
}
