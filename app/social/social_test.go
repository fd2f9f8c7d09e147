package social

import (
	"bytes"
	"image/png"
	"strings"
	"testing"

	"idmreport/app/model"
	"idmreport/data"
)

func TestParsePath(t *testing.T) {
	for _, tc := range []struct {
		d    string
		want []ring
		err  bool
	}{
		{"M12.3,45.6l1.2-.3,4,5z", []ring{{{12.3, 45.6}, {13.5, 45.3}, {17.5, 50.3}}}, false},
		{"M0,0L10,0 10,10Z", []ring{{{0, 0}, {10, 0}, {10, 10}}}, false},
		{"M0,0H10V10h-5v-5z", []ring{{{0, 0}, {10, 0}, {10, 10}, {5, 10}, {5, 5}}}, false},
		{"m1,1 2,0 0,2zm10,0l1,0,0,1z", []ring{{{1, 1}, {3, 1}, {3, 3}}, {{11, 1}, {12, 1}, {12, 2}}}, false},
		{"M0,0l1,0,0,1zl-1,0,0,-1z", []ring{{{0, 0}, {1, 0}, {1, 1}}, {{0, 0}, {-1, 0}, {-1, -1}}}, false},
		{"M1e1,2E-1l.5.5", []ring{{{10, 0.2}, {10.5, 0.7}}}, false},
		{"", nil, false},
		{"M0,0C1,1,2,2,3,3", nil, true},
		{"M0,", nil, true},
		{"5,5", nil, true},
	} {
		got, err := parsePath(tc.d)
		if (err != nil) != tc.err {
			t.Errorf("parsePath(%q) error %v, want error %v", tc.d, err, tc.err)
			continue
		}
		if tc.err {
			continue
		}
		if len(got) != len(tc.want) {
			t.Errorf("parsePath(%q) = %v, want %v", tc.d, got, tc.want)
			continue
		}
		for i := range got {
			if len(got[i]) != len(tc.want[i]) {
				t.Errorf("parsePath(%q) ring %d = %v, want %v", tc.d, i, got[i], tc.want[i])
				continue
			}
			for j := range got[i] {
				for k := range 2 {
					if d := got[i][j][k] - tc.want[i][j][k]; d > 1e-9 || d < -1e-9 {
						t.Errorf("parsePath(%q) ring %d point %d = %v, want %v", tc.d, i, j, got[i][j], tc.want[i][j])
					}
				}
			}
		}
	}
}

// FuzzParsePath: no input makes the parser panic or loop.
func FuzzParsePath(f *testing.F) {
	for _, s := range []string{"M12.3,45.6l1.2-.3,4,5z", "M0,0H10V10z", "m1e5-.5.5.5", "z", "M-", "L1,1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, d string) { parsePath(d) })
}

func TestPNG(t *testing.T) {
	r, err := model.Decode(data.Report)
	if err != nil {
		t.Fatal(err)
	}
	b, err := PNG(r)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if s := img.Bounds().Size(); s.X != Width || s.Y != Height || Width != 1200 || Height != 630 {
		t.Errorf("size %v, want 1200×630", s)
	}
	// Every shading class of the map and the land colour are in the image.
	seen := map[[3]uint32]int{}
	for y := 0; y < Height; y++ {
		for x := 0; x < Width; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, b >> 8}]++
		}
	}
	for _, c := range append(heard[:], land, brand) {
		if seen[[3]uint32{uint32(c.R), uint32(c.G), uint32(c.B)}] < 50 {
			t.Errorf("colour %v hardly drawn (%d px)", c, seen[[3]uint32{uint32(c.R), uint32(c.G), uint32(c.B)}])
		}
	}
	again, _ := PNG(r)
	if !bytes.Equal(b, again) {
		t.Error("two renders differ")
	}
	if alt := Alt(r); !strings.Contains(alt, r.Document.Title) || !strings.Contains(alt, r.Document.Dates) {
		t.Errorf("Alt = %q", alt)
	}
}
