package geo

import (
	"os"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// loadCountries decodes the real world-atlas 2.0.2 file.
func loadCountries(t testing.TB) []Country {
	t.Helper()
	data, err := os.ReadFile("../../data/countries-110m.json")
	if err != nil {
		t.Fatal(err)
	}
	cs, err := DecodeTopoJSON(data, "countries")
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// byName returns the named country or fails the test.
func byName(t testing.TB, cs []Country, name string) Country {
	t.Helper()
	for _, c := range cs {
		if c.Name == name {
			return c
		}
	}
	t.Fatalf("no country named %q", name)
	return Country{}
}

func TestDecodeWorldAtlas(t *testing.T) {
	cs := loadCountries(t)
	if len(cs) != 177 {
		t.Errorf("got %d countries, want 177", len(cs))
	}
	noID := 0
	for _, c := range cs {
		if c.Numeric == "" {
			noID++
		} else if len(c.Numeric) != 3 {
			t.Errorf("%s: Numeric %q is not three digits", c.Name, c.Numeric)
		}
		if c.Name == "" || len(c.Polygons) == 0 {
			t.Errorf("country %q (%q) has no name or no polygons", c.Name, c.Numeric)
		}
		for _, p := range c.Polygons {
			for _, r := range p {
				if len(r) < 4 || r[0] != r[len(r)-1] {
					t.Errorf("%s: ring of %d points is not closed", c.Name, len(r))
				}
			}
		}
	}
	if noID != 3 {
		t.Errorf("%d countries without id, want 3 (N. Cyprus, Somaliland, Kosovo)", noID)
	}
	ghana := byName(t, cs, "Ghana")
	if ghana.Numeric != "288" {
		t.Errorf("Ghana numeric = %q, want 288", ghana.Numeric)
	}
	found := false
	for _, p := range ghana.Polygons {
		found = found || p.Bound().Contains(orb.Point{-1, 8})
	}
	if !found {
		t.Errorf("no Ghana polygon's bounds contain lon -1, lat 8: %v", ghana.Polygons.Bound())
	}
	if c := byName(t, cs, "Afghanistan"); c.Numeric != "004" {
		t.Errorf("Afghanistan numeric = %q, want 004", c.Numeric)
	}
}

func TestDecodeQuantizedAndReversedArcs(t *testing.T) {
	// Quantized square: arc 0 goes (0,0)→(2,0)→(2,2), arc 1 goes
	// (0,0)→(0,2)→(2,2); ring [0, ~1] walks arc 1 backwards.
	const doc = `{"type":"Topology",
	 "transform":{"scale":[0.5,2],"translate":[10,20]},
	 "objects":{"c":{"type":"GeometryCollection","geometries":[
	   {"type":"Polygon","arcs":[[0,-2]],"id":4},
	   {"type":"MultiPolygon","arcs":[[[0,-2]]],"id":"250","properties":{"name":"Sq"}},
	   {"type":null,"id":"999","properties":{"name":"Nowhere"}}]}},
	 "arcs":[[[0,0],[2,0],[0,2]],[[0,0],[0,2],[2,0]]]}`
	cs, err := DecodeTopoJSON([]byte(doc), "c")
	if err != nil {
		t.Fatal(err)
	}
	want := orb.Ring{{10, 20}, {11, 20}, {11, 24}, {10, 24}, {10, 20}}
	if len(cs) != 3 {
		t.Fatalf("got %d countries, want 3", len(cs))
	}
	for _, c := range cs[:2] {
		if len(c.Polygons) != 1 || !c.Polygons[0][0].Equal(want) {
			t.Errorf("%q: polygons %v, want [[%v]]", c.Numeric, c.Polygons, want)
		}
	}
	if cs[0].Numeric != "004" || cs[0].Name != "" {
		t.Errorf("numeric id 4 decoded as %q/%q, want 004 and no name", cs[0].Numeric, cs[0].Name)
	}
	if cs[1].Numeric != "250" || cs[1].Name != "Sq" {
		t.Errorf("got %q/%q, want 250/Sq", cs[1].Numeric, cs[1].Name)
	}
	if cs[2].Name != "Nowhere" || cs[2].Polygons != nil {
		t.Errorf("null geometry decoded as %+v", cs[2])
	}
}

func TestDecodeErrors(t *testing.T) {
	const arcs = `"arcs":[[[0,0],[1,0],[0,1],[-1,-1]]]`
	wrap := func(geom string) string {
		return `{"type":"Topology","objects":{"c":{"type":"GeometryCollection","geometries":[` + geom + `]}},` + arcs + `}`
	}
	cases := []struct {
		name, doc, want string
	}{
		{"empty", ``, "unexpected end"},
		{"not json", `hello`, "invalid character"},
		{"not a topology", `{"type":"FeatureCollection"}`, "want \"Topology\""},
		{"missing object", `{"type":"Topology","objects":{"land":{"type":"GeometryCollection","geometries":[]}}}`, `no object "c"`},
		{"arc index out of range", wrap(`{"type":"Polygon","arcs":[[1]]}`), "out of range"},
		{"negative arc index out of range", wrap(`{"type":"Polygon","arcs":[[-3]]}`), "out of range"},
		{"open ring", `{"type":"Topology","objects":{"c":{"type":"Polygon","arcs":[[0]]}},"arcs":[[[0,0],[1,0],[1,1]]]}`, "not closed"},
		{"unsupported type", wrap(`{"type":"Point","coordinates":[0,0]}`), "unsupported geometry type"},
		{"missing type", wrap(`{"arcs":[[0]]}`), "no type"},
		{"empty ring", wrap(`{"type":"Polygon","arcs":[[]]}`), "no arcs"},
		{"polygon without rings", wrap(`{"type":"MultiPolygon","arcs":[[]]}`), "no rings"},
		{"arcs not integers", wrap(`{"type":"Polygon","arcs":[[0.5]]}`), "polygon arcs"},
		{"bad id", wrap(`{"type":"Polygon","arcs":[[0]],"id":[1]}`), "id"},
		{"bad transform", `{"type":"Topology","transform":{"scale":[1]},"objects":{"c":{"type":"Polygon","arcs":[[0]]}},` + arcs + `}`, "transform"},
		{"short position", `{"type":"Topology","objects":{"c":{"type":"Polygon","arcs":[[0]]}},"arcs":[[[0,0],[1]]]}`, "position 1"},
		{"short arc", `{"type":"Topology","objects":{"c":{"type":"Polygon","arcs":[[0]]}},"arcs":[[[0,0]]]}`, "at least 2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := DecodeTopoJSON([]byte(c.doc), "c")
			if err == nil {
				t.Fatalf("no error, want one containing %q", c.want)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not contain %q", err, c.want)
			}
		})
	}
}

func FuzzDecodeTopoJSON(f *testing.F) {
	f.Add([]byte(`{"type":"Topology","objects":{"c":{"type":"Polygon","arcs":[[0]]}},"arcs":[[[0,0],[1,0],[0,1],[0,0]]]}`))
	f.Add([]byte(`{"type":"Topology","objects":{"c":{"type":"Polygon","arcs":[[0]]}},"arcs":[[[180,0],[180,1e300],[-180,1e300],[180,0]]]}`))
	f.Add([]byte(`{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},"objects":{"c":{"type":"GeometryCollection","geometries":[{"type":"MultiPolygon","arcs":[[[0,-1]]]}]}},"arcs":[[[179,0],[2,0],[0,1]],[[179,0],[0,1],[2,0]]]}`))
	f.Add([]byte(`{"type":"Topology","objects":{"c":{"type":"Polygon","arcs":[[-1]]}},"arcs":[[[170,-80],[-340,0],[0,1],[340,0],[0,-1]]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, err := DecodeTopoJSON(data, "c")
		if err != nil {
			return
		}
		p := NewProjector(100)
		for _, c := range cs {
			PathD(p, c.Polygons, 0.5)
			RepresentativePoint(c.Polygons)
		}
	})
}
