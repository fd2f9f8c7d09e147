package state_test

import (
	"net/url"
	"slices"
	"testing"

	"idmreport/app/model"
	"idmreport/app/state"
)

// TestObjectivesInTheURL checks the gcm parameter: known numbers in the
// report's order, anything else ignored, and back again.
func TestObjectivesInTheURL(t *testing.T) {
	r, ix := report(t)
	for _, tc := range []struct {
		query string
		want  []model.ObjectiveNumber
		enc   string
	}{
		{"gcm=13", []model.ObjectiveNumber{13}, "?gcm=13"},
		{"gcm=16,7,16", []model.ObjectiveNumber{7, 16}, "?gcm=7%2C16"},
		{"gcm=0,24,x,-1,13.0", nil, "./"},
		{"gcm=7&theme=children", []model.ObjectiveNumber{7}, "?gcm=7&theme=children"},
	} {
		v := state.Parse(&url.URL{RawQuery: tc.query}, ix)
		if !slices.Equal(v.Objectives, tc.want) {
			t.Errorf("Parse(%q).Objectives = %v, want %v", tc.query, v.Objectives, tc.want)
		}
		if got := v.Encode(); got != tc.enc {
			t.Errorf("Encode of %q = %q, want %q", tc.query, got, tc.enc)
		}
	}
	v := state.View{}.ToggleObjective(16, r).ToggleObjective(7, r)
	if !slices.Equal(v.Objectives, []model.ObjectiveNumber{7, 16}) || !v.Filtering() {
		t.Errorf("toggled on: %v", v.Objectives)
	}
	if v = v.ToggleObjective(16, r); !slices.Equal(v.Objectives, []model.ObjectiveNumber{7}) {
		t.Errorf("toggled off: %v", v.Objectives)
	}
	if v = v.ToggleObjective(99, r); !slices.Equal(v.Objectives, []model.ObjectiveNumber{7}) {
		t.Errorf("an unknown objective was switched on: %v", v.Objectives)
	}
}

// TestApplyObjectives checks that an objective shows exactly the paragraphs
// linked to it, that objectives combine as "any" among themselves and as
// "all" with themes, and the counts the chips show.
func TestApplyObjectives(t *testing.T) {
	r, ix := report(t)
	linked := func(n model.ObjectiveNumber) []model.ParagraphID {
		return scan(r, func(p model.Paragraph) bool { return slices.Contains(p.Objectives, n) })
	}
	if len(linked(13)) == 0 || len(linked(7)) == 0 {
		t.Fatal("the data links no paragraph to objective 13 or 7")
	}
	res := ix.Apply(state.View{Objectives: []model.ObjectiveNumber{13}})
	if got := shown(r, res); !slices.Equal(got, linked(13)) {
		t.Errorf("objective 13 shows %v, want %v", got, linked(13))
	}
	both := scan(r, func(p model.Paragraph) bool {
		return slices.Contains(p.Objectives, 13) || slices.Contains(p.Objectives, 7)
	})
	if got := shown(r, ix.Apply(state.View{Objectives: []model.ObjectiveNumber{13, 7}})); !slices.Equal(got, both) {
		t.Errorf("objectives 7 and 13 show %v, want %v", got, both)
	}
	v := state.View{Objectives: []model.ObjectiveNumber{7}, Themes: []model.ThemeID{"children"}}
	want := scan(r, func(p model.Paragraph) bool {
		return slices.Contains(p.Objectives, 7) && slices.Contains(p.Themes, "children")
	})
	res = ix.Apply(v)
	if got := shown(r, res); !slices.Equal(got, want) {
		t.Errorf("objective 7 and children show %v, want %v", got, want)
	}
	for o, ob := range r.Objectives {
		n := len(scan(r, func(p model.Paragraph) bool {
			return slices.Contains(p.Objectives, ob.Number) && slices.Contains(p.Themes, "children")
		}))
		if got := res.ObjectiveCounts[o]; got != n {
			t.Errorf("objective %d count = %d, want %d (children kept)", ob.Number, got, n)
		}
	}
	for i, pr := range r.Practices {
		p := r.Paragraphs[ix.ParagraphIndex(pr.Paragraph)]
		if want := slices.Contains(p.Objectives, 7) && slices.Contains(pr.Themes, "children"); res.Practices[i] != want {
			t.Errorf("practice %s shown %v, want %v", pr.ID, res.Practices[i], want)
		}
	}
}

// TestSelectPlaceAndSpeaker checks that selecting toggles, that a place and a
// speaker exclude each other, and that the focused paragraph is dropped.
func TestSelectPlaceAndSpeaker(t *testing.T) {
	v := state.View{Themes: []model.ThemeID{"children"}, Speaker: "s", Paragraph: "area-1-p1"}
	if got := v.SelectPlace("gh"); got.Place != "gh" || got.Speaker != "" || got.Paragraph != "" || len(got.Themes) != 1 {
		t.Errorf("SelectPlace(gh) = %+v", got)
	}
	if got := v.SelectPlace("gh").SelectPlace("gh"); got.Place != "" {
		t.Errorf("selecting the selected place again = %+v", got)
	}
	if got := v.SelectPlace("gh").SelectSpeaker("x"); got.Speaker != "x" || got.Place != "" {
		t.Errorf("SelectSpeaker after a place = %+v", got)
	}
	if got := v.SelectSpeaker("s"); got.Speaker != "" {
		t.Errorf("selecting the selected speaker again = %+v", got)
	}
}
