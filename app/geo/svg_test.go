package geo

import (
	"bytes"
	"compress/gzip"
	"math"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// mapTolerance is the simplification tolerance, in SVG units at width 1000,
// that the report's map uses.
const mapTolerance = 0.75

// parsePath reads back the subset of SVG path syntax PathD writes ("M x,y",
// "l" with relative pairs, "z") and returns each ring's absolute points.
func parsePath(t *testing.T, d string) []orb.Ring {
	t.Helper()
	if d == "" {
		return nil
	}
	if !regexp.MustCompile(`^(M[-.,0-9]+l[-.,0-9]+z)+$`).MatchString(d) {
		t.Fatalf("path has an unexpected shape: %.80q", d)
	}
	num := regexp.MustCompile(`-?(\d+\.?\d*|\.\d+)`)
	var rings []orb.Ring
	for _, sub := range strings.Split(strings.TrimSuffix(d, "z"), "z") {
		m, l, _ := strings.Cut(sub[1:], "l")
		var vals []float64
		for _, s := range num.FindAllString(m+","+l, -1) {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatal(err)
			}
			vals = append(vals, v)
		}
		if len(vals)%2 != 0 || len(vals) < 6 {
			t.Fatalf("subpath %.60q has %d numbers", sub, len(vals))
		}
		r := orb.Ring{{vals[0], vals[1]}}
		for i := 2; i < len(vals); i += 2 {
			last := r[len(r)-1]
			r = append(r, orb.Point{last[0] + vals[i], last[1] + vals[i+1]})
		}
		rings = append(rings, r)
	}
	return rings
}

// planarSign is the sign of a ring's shoelace sum: positive is clockwise on screen.
func planarSign(r orb.Ring) float64 {
	s := 0.0
	for i := range r {
		a, b := r[i], r[(i+1)%len(r)]
		s += a[0]*b[1] - b[0]*a[1]
	}
	return s
}

func TestPathWriterNumbers(t *testing.T) {
	cases := []struct {
		ring []tenths
		want string
	}{
		{[]tenths{{123, 456}, {135, 453}, {140, 455}, {100, 495}}, "M12.3,45.6l1.2-.3.5.2-4,4z"},
		{[]tenths{{0, 0}, {10, 0}, {10, 10}}, "M0,0l1,0,0,1z"},
		{[]tenths{{5, 5}, {-5, 5}, {-5, -5}}, "M.5.5l-1,0,0-1z"},
	}
	for _, c := range cases {
		var w pathWriter
		w.ring(c.ring)
		if got := w.b.String(); got != c.want {
			t.Errorf("ring %v written as %q, want %q", c.ring, got, c.want)
		}
	}
}

func TestPathDSimple(t *testing.T) {
	p := NewProjector(1000)
	// Clockwise on screen, so PathD keeps the point order.
	square := orb.MultiPolygon{{{{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}}}}
	d := PathD(p, square, 0)
	rings := parsePath(t, d)
	if len(rings) != 1 || len(rings[0]) != 4 {
		t.Fatalf("PathD(square) = %q, want one ring of 4 points", d)
	}
	for i, pt := range square[0][0][:4] {
		x, y := p.Project(pt[0], pt[1])
		got := rings[0][i]
		if math.Abs(got[0]-x) > 0.051 || math.Abs(got[1]-y) > 0.051 {
			t.Errorf("point %d: path has %v, projection gives (%.2f, %.2f)", i, got, x, y)
		}
	}
	// Counter-clockwise input is reversed: outer rings come out clockwise.
	ccw := orb.MultiPolygon{{{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}}}
	if rings := parsePath(t, PathD(p, ccw, 0)); len(rings) != 1 || len(rings[0]) != 4 || planarSign(rings[0]) <= 0 {
		t.Errorf("counter-clockwise square gave rings %v, want one clockwise ring of 4 points", rings)
	}
	// A hole is written counter-clockwise after its outer ring.
	holed := orb.MultiPolygon{{square[0][0], {{2, 2}, {2, 8}, {8, 8}, {8, 2}, {2, 2}}}}
	if rings := parsePath(t, PathD(p, holed, 0)); len(rings) != 2 || planarSign(rings[0]) <= 0 || planarSign(rings[1]) >= 0 {
		t.Errorf("square with hole gave rings %v, want a clockwise outer and a counter-clockwise hole", rings)
	}
	// A speck next to a large polygon is dropped; alone it is kept unsimplified.
	speck := orb.Polygon{{{50, 0}, {50, 0.02}, {50.02, 0.02}, {50, 0}}}
	if rings := parsePath(t, PathD(p, orb.MultiPolygon{square[0], speck}, 0.5)); len(rings) != 1 {
		t.Errorf("square and speck gave %d rings, want 1", len(rings))
	}
	if got := PathD(p, orb.MultiPolygon{{{{50, 0}, {50, 0.3}, {50.3, 0.3}, {50, 0}}}}, 1); got == "" {
		t.Errorf("a lone small island was dropped")
	}
	if got := PathD(p, orb.MultiPolygon{speck}, 0.5); got != "" {
		t.Errorf("a speck of no visible area gave %q, want \"\"", got)
	}
	// A polygon crossing the antimeridian is cut, not drawn across the map.
	across := orb.MultiPolygon{{{{170, 0}, {-170, 0}, {-170, 10}, {170, 10}, {170, 0}}}}
	if rings := parsePath(t, PathD(p, across, 0.5)); len(rings) != 2 {
		t.Errorf("box across 180 gave %d rings, want 2", len(rings))
	}
}

func TestWorldPaths(t *testing.T) {
	const width = 1000.0
	p := NewProjector(width)
	h := p.Height()
	var all strings.Builder
	for _, c := range loadCountries(t) {
		d := PathD(p, c.Polygons, mapTolerance)
		if d == "" {
			t.Errorf("%s: empty path", c.Name)
			continue
		}
		if strings.Trim(d, "Mlz0123456789.,-") != "" {
			t.Errorf("%s: unexpected characters in %.60q", c.Name, d)
		}
		for _, r := range parsePath(t, d) {
			for i, pt := range r {
				if pt[0] < -0.1 || pt[0] > width+0.1 || pt[1] < -0.1 || pt[1] > h+0.1 {
					t.Errorf("%s: point %v outside the viewBox", c.Name, pt)
				}
				prev := r[(i+len(r)-1)%len(r)]
				// No edge may span half the map, except along the bottom
				// (Antarctica closed through the south pole's line).
				atPole := math.Abs(pt[1]-h) < 0.2 && math.Abs(prev[1]-h) < 0.2
				if math.Abs(pt[0]-prev[0]) > width/2 && !atPole {
					t.Errorf("%s: edge %v → %v crosses the map", c.Name, prev, pt)
				}
			}
		}
		all.WriteString(d)
	}
	raw := []byte(all.String())
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(raw)
	zw.Close()
	br := -1
	if _, err := exec.LookPath("brotli"); err == nil {
		cmd := exec.Command("brotli", "-c", "-q", "11")
		cmd.Stdin = bytes.NewReader(raw)
		if out, err := cmd.Output(); err == nil {
			br = len(out)
		}
	}
	t.Logf("all country paths at width %v, tolerance %v: %d bytes raw, %d gzip -9, %d brotli -q 11",
		width, mapTolerance, len(raw), gz.Len(), br)
	if len(raw) > 40000 {
		t.Errorf("paths take %d bytes raw, want at most 40000", len(raw))
	}
	if br > 60000 {
		t.Errorf("paths take %d bytes with brotli, want well under 60 KB", br)
	}
}
