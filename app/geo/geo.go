// Package geo turns the Natural Earth 1:110m country outlines shipped with
// world-atlas 2.0.2 (countries-110m.json, TopoJSON) into what the report's
// inline SVG world map needs. It runs at build time in native Go, never in
// the browser:
//
//   - DecodeTopoJSON decodes the countries (ISO 3166-1 numeric id, name and
//     lon/lat polygons, cut at the antimeridian).
//   - EqualEarth and Projector project lon/lat with the Equal Earth
//     projection (Šavrič, Patterson & Jenny 2018) into an SVG viewBox.
//   - PathD writes a simplified, compact SVG path for a country.
//   - RepresentativePoint picks a point inside a country for a marker.
package geo

import (
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// Country is one geometry of the TopoJSON countries object.
type Country struct {
	// Numeric is the ISO 3166-1 numeric code as world-atlas writes it, a
	// zero-padded string such as "004"; it is "" when the geometry has no id
	// (world-atlas 2.0.2 has three: N. Cyprus, Somaliland, Kosovo).
	Numeric string
	// Name is properties.name, e.g. "Ghana" or "Dem. Rep. Congo".
	Name string
	// Polygons is the outline in longitude/latitude degrees (orb.Point is
	// {lon, lat}); every ring is closed and none crosses the antimeridian.
	Polygons orb.MultiPolygon
}

// RepresentativePoint returns a point for placing a marker on a country,
// in longitude/latitude degrees. It is computed on the largest polygon of mp,
// measured by planar area in degrees² (lon/lat treated as x/y):
//
//  1. the area-weighted centroid of that polygon, holes subtracted
//     (planar.CentroidArea), if the polygon contains it (planar.PolygonContains,
//     boundary counts as inside);
//  2. otherwise the midpoint of the widest interior segment of the polygon
//     along the parallel halfway between its southernmost and northernmost
//     latitude, which always lies inside the polygon.
//
// So for a country with overseas parts (France with French Guiana, the United
// States with Alaska) the point is on its largest landmass, and for a concave
// country it is inside the land, though not at its centroid. In world-atlas
// 2.0.2 rule 2 applies to Haiti, Norway, Israel, Vietnam and Croatia; every
// other country gets rule 1.
// If mp has no area it returns NaN, NaN.
func RepresentativePoint(mp orb.MultiPolygon) (lon, lat float64) {
	best, bestArea := -1, 0.0
	for i, p := range mp {
		if len(p) == 0 || len(p[0]) < 4 {
			continue
		}
		if a := planar.Area(p); a > bestArea {
			best, bestArea = i, a
		}
	}
	if best < 0 {
		return math.NaN(), math.NaN()
	}
	poly := mp[best]
	c, _ := planar.CentroidArea(poly)
	if planar.PolygonContains(poly, c) {
		return c[0], c[1]
	}
	if p, ok := scanMiddle(poly); ok {
		return p[0], p[1]
	}
	return c[0], c[1]
}

// scanMiddle intersects the polygon with the parallel halfway between its
// latitude extremes and returns the midpoint of the widest inside segment.
func scanMiddle(poly orb.Polygon) (orb.Point, bool) {
	b := poly.Bound()
	y := (b.Min[1] + b.Max[1]) / 2
	var xs []float64
	for _, r := range poly {
		for i := 1; i < len(r); i++ {
			a, c := r[i-1], r[i]
			// Half-open rule: a vertex on the line is counted once.
			if (a[1] <= y) != (c[1] <= y) {
				xs = append(xs, a[0]+(y-a[1])*(c[0]-a[0])/(c[1]-a[1]))
			}
		}
	}
	sort.Float64s(xs)
	bestW, found := -1.0, false
	var best orb.Point
	for i := 0; i+1 < len(xs); i += 2 {
		if w := xs[i+1] - xs[i]; w > bestW {
			bestW, found = w, true
			best = orb.Point{(xs[i] + xs[i+1]) / 2, y}
		}
	}
	return best, found
}
