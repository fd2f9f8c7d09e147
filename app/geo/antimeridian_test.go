package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestSplitAntimeridianSynthetic(t *testing.T) {
	cases := []struct {
		name   string
		poly   orb.Polygon
		pieces int
		area   float64 // total planar area in degrees²
		minLat float64 // lowest latitude of the result
	}{
		{"no crossing", orb.Polygon{{{10, 0}, {20, 0}, {20, 10}, {10, 10}, {10, 0}}}, 1, 100, 0},
		{"box across 180", orb.Polygon{{{170, 0}, {-170, 0}, {-170, 10}, {170, 10}, {170, 0}}}, 2, 200, 0},
		{"box touching -180 then 180", orb.Polygon{{{-180, 0}, {-170, 0}, {-170, 10}, {-180, 10}, {180, 10}, {170, 10}, {170, 0}, {180, 0}, {-180, 0}}}, 2, 200, 0},
		{"ring around the south pole", orb.Polygon{{{-150, -80}, {-90, -80}, {-30, -80}, {30, -80}, {90, -80}, {150, -80}, {-150, -80}}}, 1, 3600, -90},
		{"box with a hole, both across 180", orb.Polygon{
			{{170, 0}, {-170, 0}, {-170, 10}, {170, 10}, {170, 0}},
			{{-178, 2}, {-172, 2}, {-172, 8}, {-178, 8}, {178, 8}, {178, 2}, {-178, 2}}}, 2, 200 - 60, 0},
		{"box across 180 with a hole west of it", orb.Polygon{
			{{170, 0}, {-170, 0}, {-170, 10}, {170, 10}, {170, 0}},
			{{-175, 2}, {-172, 2}, {-172, 8}, {-175, 8}, {-175, 2}}}, 2, 200 - 18, 0},
		{"ring around the north pole", orb.Polygon{{{150, 80}, {90, 80}, {30, 80}, {-30, 80}, {-90, 80}, {-150, 80}, {150, 80}}}, 1, 3600, 80},
	}
	for _, c := range cases {
		got := splitAntimeridian(c.poly)
		area := 0.0
		for _, p := range got {
			area += planar.Area(p)
			for _, r := range p {
				if ringCrosses(r) {
					t.Errorf("%s: piece %v still crosses the antimeridian", c.name, r)
				}
			}
		}
		if len(got) != c.pieces || math.Abs(area-c.area) > 1e-9 {
			t.Errorf("%s: %d pieces of area %v, want %d of %v: %v", c.name, len(got), area, c.pieces, c.area, got)
		}
		if b := orb.MultiPolygon(got).Bound(); c.name != "ring around the north pole" && b.Min[1] != c.minLat {
			t.Errorf("%s: lowest latitude %v, want %v", c.name, b.Min[1], c.minLat)
		}
	}
}

func TestDecodedCountriesDoNotCrossAntimeridian(t *testing.T) {
	cs := loadCountries(t)
	for _, c := range cs {
		for _, p := range c.Polygons {
			for _, r := range p {
				if ringCrosses(r) {
					t.Errorf("%s: a ring crosses the antimeridian", c.Name)
				}
			}
		}
	}
	for name, n := range map[string]int{"Fiji": 3, "Russia": 14} {
		if got := len(byName(t, cs, name).Polygons); got != n {
			t.Errorf("%s has %d polygons after the cut, want %d", name, got, n)
		}
	}
	b := byName(t, cs, "Antarctica").Polygons.Bound()
	if b.Min != (orb.Point{-180, -90}) || b.Max[0] != 180 {
		t.Errorf("Antarctica bounds %v, want it closed to the pole from -180 to 180", b)
	}
}
