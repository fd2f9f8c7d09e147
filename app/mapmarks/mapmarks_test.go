package mapmarks

import (
	"math"
	"testing"

	"idmreport/app/model"
	"idmreport/data"
)

// TestLayoutNoOverlap checks that no two symbols' hit circles overlap at
// any zoom, and that the layout does not depend on anything but the zoom.
func TestLayoutNoOverlap(t *testing.T) {
	r, err := model.Decode(data.Report)
	if err != nil {
		t.Fatal(err)
	}
	for _, z := range []float64{1, 2, 4, 8} {
		marks := Layout(r, z)
		if len(marks) == 0 {
			t.Fatal("no marks")
		}
		for i := range marks {
			for j := i + 1; j < len(marks); j++ {
				a, b := marks[i], marks[j]
				if d := math.Hypot(a.X-b.X, a.Y-b.Y); d < a.Hit+b.Hit-0.05 {
					t.Errorf("zoom %v: %s and %s overlap (%.2f < %.2f)", z,
						r.Places[a.Place].ID, r.Places[b.Place].ID, d, a.Hit+b.Hit)
				}
			}
		}
		again := Layout(r, z)
		for i := range marks {
			if marks[i] != again[i] {
				t.Fatalf("zoom %v: layout differs between two runs at mark %d", z, i)
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
