package mapmarks

import (
	"fmt"
	"math"
	"testing"

	"idmreport/app/model"
	"idmreport/data"
)

// TestLayoutNoOverlap checks, at several zooms and screen scales (a 360 px
// phone's map is about 0.33 px per unit, a wide screen's 0.7), that every
// place has one mark, that every hit circle is at least TargetPx across on
// screen, that no two hit circles overlap (so WCAG 2.5.8 holds by size and
// by spacing), and that the layout depends on nothing but zoom and scale.
func TestLayoutNoOverlap(t *testing.T) {
	r, err := model.Decode(data.Report)
	if err != nil {
		t.Fatal(err)
	}
	for _, scale := range []float64{0.328, BuildScale, 1.2} {
		for _, z := range []float64{1, 2, 4, 8} {
			marks := Layout(r, z, scale)
			if len(marks) != len(r.Places) {
				t.Fatalf("scale %v zoom %v: %d marks for %d places", scale, z, len(marks), len(r.Places))
			}
			far := 0.0
			for i := range marks {
				a := marks[i]
				if px := 2 * a.Hit * scale * z; px < TargetPx-0.01 {
					t.Errorf("scale %v zoom %v: %s target %.1f px < %v", scale, z, r.Places[a.Place].ID, px, TargetPx)
				}
				far = math.Max(far, math.Hypot(a.X-a.OX, a.Y-a.OY)*scale*z)
				for j := i + 1; j < len(marks); j++ {
					b := marks[j]
					if d := math.Hypot(a.X-b.X, a.Y-b.Y); d < a.Hit+b.Hit-0.05 {
						t.Errorf("scale %v zoom %v: %s and %s overlap (%.2f < %.2f)", scale, z,
							r.Places[a.Place].ID, r.Places[b.Place].ID, d, a.Hit+b.Hit)
					}
				}
			}
			t.Logf("scale %v zoom %v: farthest mark %.0f px from its place", scale, z, far)
			again := Layout(r, z, scale)
			for i := range marks {
				if marks[i] != again[i] {
					t.Fatalf("zoom %v: layout differs between two runs at mark %d", z, i)
				}
			}
		}
	}
}

// TestViewBox checks the zoomed view stays inside the map.
func TestViewBox(t *testing.T) {
	m := &model.Map{Width: 1000, Height: 500}
	for _, tc := range []struct {
		z      int
		cx, cy float64
		want   string
	}{
		{1, 10, 10, "0 0 1000 500"},
		{2, 500, 250, "250 125 500 250"},
		{2, 0, 0, "0 0 500 250"},
		{4, 1000, 500, "750 375 250 125"},
	} {
		if got := ViewBox(m, tc.z, tc.cx, tc.cy); got != tc.want {
			t.Errorf("ViewBox(%d, %v, %v) = %q, want %q", tc.z, tc.cx, tc.cy, got, tc.want)
		}
	}
}

// TestFitRegions checks that the view Fit gives each UN M49 region (on a
// 360 px phone and a wide screen) holds all of the region's marks as laid
// out at that zoom, and that Europe, small on the world map, is zoomed in.
func TestFitRegions(t *testing.T) {
	r, err := model.Decode(data.Report)
	if err != nil {
		t.Fatal(err)
	}
	for _, scale := range []float64{0.328, BuildScale} {
		for _, g := range model.Regions {
			keep := func(p *model.Place) bool { return p.Region == g.Code }
			z, cx, cy := Fit(r, keep, scale)
			var vx, vy, vw, vh float64
			if _, err := fmt.Sscan(ViewBox(&r.Map, z, cx, cy), &vx, &vy, &vw, &vh); err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, mk := range Layout(r, float64(z), scale) {
				if !keep(&r.Places[mk.Place]) {
					continue
				}
				n++
				if mk.X-mk.Hit < vx-0.01 || mk.X+mk.Hit > vx+vw+0.01 || mk.Y-mk.Hit < vy-0.01 || mk.Y+mk.Hit > vy+vh+0.01 {
					t.Errorf("scale %v %s zoom %d: %s at %.0f,%.0f is outside the view %v %v %v %v",
						scale, g.ID, z, r.Places[mk.Place].ID, mk.X, mk.Y, vx, vy, vw, vh)
				}
			}
			t.Logf("scale %v: %s (%d places) zoom %d", scale, g.ID, n, z)
			if n == 0 {
				t.Errorf("%s has no place", g.ID)
			}
			if g.ID == "europe" && z < 2 {
				t.Errorf("scale %v: Europe is not zoomed in (zoom %d)", scale, z)
			}
		}
	}
	if z, _, _ := Fit(r, func(*model.Place) bool { return false }, 0.5); z != 1 {
		t.Errorf("Fit of nothing = zoom %d, want 1", z)
	}
}
