package state_test

import (
	"testing"

	"idmreport/app/model"
	"idmreport/app/state"
)

// TestRegionURL checks that ?region= reads only the five M49 region ids,
// that a bad value gives the default view, and that Encode writes it back.
func TestRegionURL(t *testing.T) {
	_, ix := report(t)
	tests := []struct {
		url, want string
	}{
		{"?region=europe", "europe"},
		{"?region=africa&theme=children", "africa"},
		{"?region=oceania", "oceania"},
		{"?region=Europe", ""},                 // ids are lower case
		{"?region=150", ""},                    // the M49 code is not the id
		{"?region=antarctica", ""},             // not an M49 region of the report
		{"?region=", ""},                       // empty
		{"?region=europe,asia", ""},            // one region at a time
		{"?region=%ZZ", ""},                    // malformed escape
		{"?region=eur%00ope", ""},              // control character
		{"?region=asia&region=europe", "asia"}, // the first wins, as for every parameter
	}
	for _, tc := range tests {
		v := state.Parse(mustURL(t, tc.url), ix)
		if v.Region != tc.want {
			t.Errorf("Parse(%q).Region = %q, want %q", tc.url, v.Region, tc.want)
		}
		if again := state.Parse(mustURL(t, v.Encode()), ix); again.Region != v.Region {
			t.Errorf("%q: Encode %q reads back as region %q", tc.url, v.Encode(), again.Region)
		}
	}
	if got := (state.View{Region: "europe"}).Encode(); got != "?region=europe" {
		t.Errorf("Encode = %q, want ?region=europe", got)
	}
	if (state.View{Region: "europe"}).Filtering() {
		t.Error("a region alone filters the text; it should narrow only the map and the table")
	}
	if v := (state.View{Region: "asia", Themes: []model.ThemeID{"children"}}).Cleared(); v.Region != "" {
		t.Errorf("Cleared keeps region %q", v.Region)
	}
}

// TestInRegion checks the region of states, of a government agency (its
// state's) and of organisations (none), against data/m49.csv.
func TestInRegion(t *testing.T) {
	_, ix := report(t)
	place := func(id string) *model.Place {
		p := ix.Place(model.PlaceID(id))
		if p == nil {
			t.Fatalf("no place %q", id)
		}
		return p
	}
	tests := []struct {
		region, place string
		in            bool
	}{
		{"", "gh", true},
		{"", "iom", true},
		{"africa", "gh", true},
		{"africa", "ma", true},
		{"europe", "gh", false},
		{"americas", "mx", true},
		{"americas", "sv", true},
		{"asia", "tr", true}, // M49 puts Türkiye in Western Asia
		{"asia", "ge", true}, // and Georgia
		{"europe", "tr", false},
		{"asia", "kz", true},
		{"europe", "gb", true},
		{"europe", "dfid", true}, // part of the United Kingdom
		{"oceania", "au", true},
		{"europe", "iom", false}, // organisations are in no region
		{"europe", "eu", false},
		{"bogus", "gh", false},
	}
	for _, tc := range tests {
		if got := (state.View{Region: tc.region}).InRegion(place(tc.place)); got != tc.in {
			t.Errorf("region %q, place %s: InRegion = %v, want %v", tc.region, tc.place, got, tc.in)
		}
	}
	for _, p := range ix.Report.Places {
		if p.Kind == model.KindState && state.RegionCode(regionID(p.Region)) != p.Region {
			t.Errorf("state %s has region %q, not one of model.Regions", p.ID, p.Region)
		}
	}
	if v := (state.View{Region: "asia"}).SelectRegion("nowhere"); v.Region != "" {
		t.Errorf("SelectRegion(unknown) = %q, want the world", v.Region)
	}
	if v := (state.View{Query: "x"}).SelectRegion("europe"); v.Region != "europe" || v.Query != "x" {
		t.Errorf("SelectRegion(europe) = %+v", v)
	}
}

// regionID is the id of M49 code c.
func regionID(c string) string {
	for _, g := range model.Regions {
		if g.Code == c {
			return g.ID
		}
	}
	return ""
}
