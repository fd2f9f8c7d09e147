package ui

import (
	"testing"

	"idmreport/app/state"
)

// TestIDHelpers checks that each helper accepts exactly the ids the report
// has: an unknown, empty, differently cased or padded id is refused, so the
// caller changes nothing.
func TestIDHelpers(t *testing.T) {
	load(t)
	r := shared.Report
	known := func(ok bool, err string) {
		t.Helper()
		if !ok {
			t.Error(err)
		}
	}
	for _, p := range r.Places {
		id, ok := placeID(string(p.ID))
		known(ok && id == p.ID, "place "+string(p.ID)+" refused")
	}
	for _, s := range r.Speakers {
		id, ok := speakerID(string(s.ID))
		known(ok && id == s.ID, "speaker "+string(s.ID)+" refused")
	}
	for _, p := range r.Paragraphs {
		id, ok := paragraphID(string(p.ID))
		known(ok && id == p.ID, "paragraph "+string(p.ID)+" refused")
	}
	for _, th := range r.Themes {
		id, ok := themeID(string(th.ID))
		known(ok && id == th.ID, "theme "+string(th.ID)+" refused")
	}
	for _, o := range r.Objectives {
		n, ok := objectiveNumber(itoa(int(o.Number)))
		known(ok && n == o.Number, "objective "+itoa(int(o.Number))+" refused")
	}
	for _, bad := range []string{"", "nonesuch", "GH", " gh", "gh ", "area-3-p1#x", "CHILDREN", "null", "undefined"} {
		if _, ok := placeID(bad); ok {
			t.Errorf("placeID(%q) accepted", bad)
		}
		if _, ok := speakerID(bad); ok {
			t.Errorf("speakerID(%q) accepted", bad)
		}
		if _, ok := paragraphID(bad); ok {
			t.Errorf("paragraphID(%q) accepted", bad)
		}
		if _, ok := themeID(bad); ok {
			t.Errorf("themeID(%q) accepted", bad)
		}
	}
	for _, bad := range []string{"", "0", "24", "-1", "7.0", " 7", "x", "99999999999999999999"} {
		if _, ok := objectiveNumber(bad); ok {
			t.Errorf("objectiveNumber(%q) accepted", bad)
		}
	}
}

// TestWithoutUnknownFilter checks that a result-bar key naming an unknown
// theme or objective leaves the view as it is.
func TestWithoutUnknownFilter(t *testing.T) {
	load(t)
	r := shared.Report
	v := state.View{}.ToggleTheme(r.Themes[0].ID, r).ToggleObjective(r.Objectives[0].Number, r)
	for _, key := range []string{"theme:nonesuch", "theme:", "gcm:0", "gcm:x", "gcm:24", "nonesuch"} {
		if got := without(v, key); got.Encode() != v.Encode() {
			t.Errorf("without(%q) = %q, want %q unchanged", key, got.Encode(), v.Encode())
		}
	}
	if got := without(v, "theme:"+string(r.Themes[0].ID)); got.HasTheme(r.Themes[0].ID) {
		t.Errorf("without(theme) kept the theme: %q", got.Encode())
	}
	if got := without(v, "gcm:"+itoa(int(r.Objectives[0].Number))); got.HasObjective(r.Objectives[0].Number) {
		t.Errorf("without(gcm) kept the objective: %q", got.Encode())
	}
}
