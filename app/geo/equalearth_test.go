package geo

import (
	"math"
	"testing"
)

// Reference screen coordinates from d3-geo 3.1.2 (npm d3-geo@3), printed by
//
//	import {geoEqualEarth} from "d3-geo";
//	const p = geoEqualEarth(); // scale 177.158, translate [480, 250]
//	console.log(p([lon, lat]));
//
// under Node, with the values written to 17 significant digits.
var d3EqualEarth = []struct {
	lon, lat float64
	x, y     float64
}{
	{0, 0, 480.00000000000000, 250.00000000000000},
	{10, 50, 501.97379746089257, 83.198615108027013},
	{-74, 40.7, 306.05527583185557, 110.60474342889484},
	{180, 0, 959.50115465162912, 250.00000000000000},
	{0, 90, 480.00000000000000, 16.618648313190988},
	{139.7, 35.7, 818.27719672633498, 126.33755871923442},
	{-58.4, -34.6, 337.74344863089084, 370.12205363109734},
	{-180, -90, 195.91144224729402, 483.38135168680901},
}

func TestEqualEarthMatchesD3(t *testing.T) {
	const scale, tx, ty = 177.158, 480.0, 250.0
	for _, c := range d3EqualEarth {
		x, y := EqualEarth(c.lon, c.lat)
		sx, sy := x*scale+tx, ty-y*scale
		if math.Abs(sx-c.x) > 1e-9 || math.Abs(sy-c.y) > 1e-9 {
			t.Errorf("EqualEarth(%v, %v) → screen (%.12f, %.12f), d3 gives (%.12f, %.12f)",
				c.lon, c.lat, sx, sy, c.x, c.y)
		}
	}
}

func TestProjectorFitsWorld(t *testing.T) {
	p := NewProjector(1000)
	h := p.Height()
	if math.Abs(h/1000-0.48668) > 1e-4 {
		t.Errorf("Height() = %v, want about 486.68", h)
	}
	cases := []struct {
		name     string
		lon, lat float64
		x, y     float64
	}{
		{"west edge", -180, 0, 0, h / 2},
		{"east edge", 180, 0, 1000, h / 2},
		{"north pole", 0, 90, 500, 0},
		{"south pole", 0, -90, 500, h},
		{"centre", 0, 0, 500, h / 2},
	}
	for _, c := range cases {
		x, y := p.Project(c.lon, c.lat)
		if math.Abs(x-c.x) > 1e-9 || math.Abs(y-c.y) > 1e-9 {
			t.Errorf("%s: Project(%v, %v) = (%v, %v), want (%v, %v)", c.name, c.lon, c.lat, x, y, c.x, c.y)
		}
	}
	// Every point of the globe falls inside the viewBox.
	for lon := -180.0; lon <= 180; lon += 15 {
		for lat := -90.0; lat <= 90; lat += 15 {
			x, y := p.Project(lon, lat)
			if x < -1e-9 || x > 1000+1e-9 || y < -1e-9 || y > h+1e-9 {
				t.Errorf("Project(%v, %v) = (%v, %v) is outside 0 0 1000 %v", lon, lat, x, y, h)
			}
		}
	}
	// North is up: a northern point has a smaller y.
	if _, yn := p.Project(10, 60); yn >= h/2 {
		t.Errorf("Project(10, 60) y = %v, want above the equator (%v)", yn, h/2)
	}
}
