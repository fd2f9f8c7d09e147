package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestRepresentativePointInsideCountry(t *testing.T) {
	cs := loadCountries(t)
	cases := []struct {
		name string
		box  orb.Bound // where the point must fall: the country's main landmass
	}{
		{"Ghana", orb.Bound{Min: orb.Point{-3.5, 4.5}, Max: orb.Point{1.5, 11.5}}},
		{"Norway", orb.Bound{Min: orb.Point{4, 57}, Max: orb.Point{32, 72}}},
		{"Chile", orb.Bound{Min: orb.Point{-76, -56}, Max: orb.Point{-66, -17}}},
		{"Indonesia", orb.Bound{Min: orb.Point{95, -11}, Max: orb.Point{141, 6}}},
		{"United States of America", orb.Bound{Min: orb.Point{-125, 24}, Max: orb.Point{-66, 50}}},
		{"France", orb.Bound{Min: orb.Point{-5, 42}, Max: orb.Point{8.5, 51.5}}}, // metropolitan, not French Guiana
		{"Canada", orb.Bound{Min: orb.Point{-141, 41}, Max: orb.Point{-52, 84}}},
		{"Russia", orb.Bound{Min: orb.Point{27, 41}, Max: orb.Point{180, 82}}},
		{"Croatia", orb.Bound{Min: orb.Point{13, 42}, Max: orb.Point{20, 47}}},
	}
	for _, c := range cases {
		mp := byName(t, cs, c.name).Polygons
		lon, lat := RepresentativePoint(mp)
		pt := orb.Point{lon, lat}
		if !planar.MultiPolygonContains(mp, pt) {
			t.Errorf("%s: point %v is not inside the country", c.name, pt)
		}
		if !c.box.Contains(pt) {
			t.Errorf("%s: point %v is outside %v", c.name, pt, c.box)
		}
		t.Logf("%-25s %8.3f %8.3f", c.name, lon, lat)
	}
	// Every country gets a point inside it.
	for _, c := range cs {
		lon, lat := RepresentativePoint(c.Polygons)
		if !planar.MultiPolygonContains(c.Polygons, orb.Point{lon, lat}) {
			t.Errorf("%s: point (%v, %v) is not inside the country", c.Name, lon, lat)
		}
	}
}

func TestRepresentativePointRules(t *testing.T) {
	square := orb.Polygon{{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}}}
	// A "C" shape whose centroid (in the notch) is outside it.
	c := orb.Polygon{{{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 8}, {10, 8}, {10, 10}, {0, 10}, {0, 0}}}
	cases := []struct {
		name     string
		mp       orb.MultiPolygon
		lon, lat float64
	}{
		{"square: its centroid", orb.MultiPolygon{square}, 2, 2},
		{"largest polygon wins", orb.MultiPolygon{{{{20, 20}, {21, 20}, {21, 21}, {20, 21}, {20, 20}}}, square}, 2, 2},
		{"C shape: middle of the widest run on the middle parallel", orb.MultiPolygon{c}, 1, 5},
	}
	for _, tc := range cases {
		lon, lat := RepresentativePoint(tc.mp)
		if math.Abs(lon-tc.lon) > 1e-9 || math.Abs(lat-tc.lat) > 1e-9 {
			t.Errorf("%s: got (%v, %v), want (%v, %v)", tc.name, lon, lat, tc.lon, tc.lat)
		}
	}
	if lon, lat := RepresentativePoint(nil); !math.IsNaN(lon) || !math.IsNaN(lat) {
		t.Errorf("empty multipolygon gave (%v, %v), want NaN", lon, lat)
	}
}
