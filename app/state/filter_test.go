package state_test

import (
	"slices"
	"strings"
	"testing"

	"idmreport/app/model"
	"idmreport/app/state"
)

// shown lists the ids of the paragraphs a result shows.
func shown(r *model.Report, res state.Result) []model.ParagraphID {
	var ids []model.ParagraphID
	for i, ok := range res.Paragraphs {
		if ok {
			ids = append(ids, r.Paragraphs[i].ID)
		}
	}
	return ids
}

// scan lists the ids of the paragraphs for which keep is true.
func scan(r *model.Report, keep func(model.Paragraph) bool) []model.ParagraphID {
	var ids []model.ParagraphID
	for _, p := range r.Paragraphs {
		if keep(p) {
			ids = append(ids, p.ID)
		}
	}
	return ids
}

// concerns reports whether paragraph p names place or cites one of its speakers.
func concerns(r *model.Report, p model.Paragraph, place model.PlaceID) bool {
	if slices.Contains(p.Places, place) {
		return true
	}
	for _, s := range r.Speakers {
		if s.Represents == place && slices.Contains(p.Speakers, s.ID) {
			return true
		}
	}
	return false
}

// idWith returns the id of the only paragraph whose text contains s.
func idWith(t *testing.T, r *model.Report, s string) model.ParagraphID {
	t.Helper()
	ids := scan(r, func(p model.Paragraph) bool { return strings.Contains(p.Text, s) })
	if len(ids) != 1 {
		t.Fatalf("paragraphs containing %q: %v, want exactly one", s, ids)
	}
	return ids[0]
}

func TestApplyDefaultShowsEverything(t *testing.T) {
	r, ix := report(t)
	res := ix.Apply(state.View{})
	if got, want := res.Shown, len(r.Paragraphs); got != want {
		t.Errorf("Shown = %d, want %d", got, want)
	}
	for i, ok := range res.Practices {
		if !ok {
			t.Errorf("practice %s hidden in the default view", r.Practices[i].ID)
		}
	}
	for i, ok := range res.Speakers {
		if !ok {
			t.Errorf("speaker %s hidden in the default view", r.Speakers[i].ID)
		}
	}
}

func TestApplyParagraphs(t *testing.T) {
	r, ix := report(t)
	tests := []struct {
		name string
		v    state.View
		want []model.ParagraphID
		has  []string // texts the shown paragraphs must include
	}{
		{"theme children", state.View{Themes: []model.ThemeID{"children"}},
			scan(r, func(p model.Paragraph) bool { return slices.Contains(p.Themes, "children") }), nil},
		{"themes children or health", state.View{Themes: []model.ThemeID{"children", "health"}},
			scan(r, func(p model.Paragraph) bool {
				return slices.Contains(p.Themes, "children") || slices.Contains(p.Themes, "health")
			}), nil},
		{"query Palermo", state.View{Query: "Palermo"},
			scan(r, func(p model.Paragraph) bool { return strings.Contains(strings.ToLower(p.Text), "palermo") }),
			[]string{"Palermo Protocol"}},
		{"query is an AND of words", state.View{Query: "detaining children"},
			scan(r, func(p model.Paragraph) bool {
				low := strings.ToLower(p.Text)
				return strings.Contains(low, "detaining") && strings.Contains(low, "children")
			}), []string{"practice of detaining children"}},
		{"query with no match", state.View{Query: "zanzibar"}, nil, nil},
		{"place gh", state.View{Place: "gh"},
			scan(r, func(p model.Paragraph) bool { return concerns(r, p, "gh") }), []string{"Tijani Mohammed"}},
		{"place hn", state.View{Place: "hn"},
			scan(r, func(p model.Paragraph) bool { return concerns(r, p, "hn") }), []string{"practice of detaining children"}},
		{"place iom", state.View{Place: "iom"},
			scan(r, func(p model.Paragraph) bool { return concerns(r, p, "iom") }), []string{"Director-General Swing"}},
		{"speaker", state.View{Speaker: "sikander-khan"},
			scan(r, func(p model.Paragraph) bool { return slices.Contains(p.Speakers, "sikander-khan") }),
			[]string{"Sikander Khan"}},
		{"theme and place", state.View{Themes: []model.ThemeID{"children"}, Place: "hn"},
			scan(r, func(p model.Paragraph) bool { return slices.Contains(p.Themes, "children") && concerns(r, p, "hn") }),
			[]string{"practice of detaining children"}},
		{"theme and query", state.View{Themes: []model.ThemeID{"health"}, Query: "Mexico"},
			scan(r, func(p model.Paragraph) bool {
				return slices.Contains(p.Themes, "health") && strings.Contains(strings.ToLower(p.Text), "mexico")
			}),
			[]string{"binational health week"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := ix.Apply(tt.v)
			got := shown(r, res)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Apply(%+v) shows %v, want %v", tt.v, got, tt.want)
			}
			if res.Shown != len(got) {
				t.Errorf("Shown = %d, but %d paragraphs are marked", res.Shown, len(got))
			}
			for _, text := range tt.has {
				if id := idWith(t, r, text); !slices.Contains(got, id) {
					t.Errorf("Apply(%+v) hides %s, which contains %q", tt.v, id, text)
				}
			}
			if len(tt.want) == len(r.Paragraphs) {
				t.Errorf("Apply(%+v) filters nothing: the case tests nothing", tt.v)
			}
		})
	}
}

func TestApplySearchFoldsCaseAndDiacritics(t *testing.T) {
	r, ix := report(t)
	want := shown(r, ix.Apply(state.View{Query: "Palermo"}))
	if len(want) == 0 {
		t.Fatal("query Palermo shows nothing")
	}
	for _, q := range []string{"PALERMO", "palermó", "PALÉRMO", "  palermo  "} {
		if got := shown(r, ix.Apply(state.View{Query: q})); !slices.Equal(got, want) {
			t.Errorf("query %q shows %v, want %v as for Palermo", q, got, want)
		}
	}
}

func TestApplyHighlightsMatches(t *testing.T) {
	r, ix := report(t)
	res := ix.Apply(state.View{Query: "palermó"})
	id := idWith(t, r, "Palermo Protocol")
	i := slices.IndexFunc(r.Paragraphs, func(p model.Paragraph) bool { return p.ID == id })
	var marked []string
	for _, s := range state.Highlight(r.Paragraphs[i].Text, res.Terms) {
		if s.Mark {
			marked = append(marked, s.Text)
		}
	}
	if got, want := marked, []string{"Palermo"}; !slices.Equal(got, want) {
		t.Errorf("marked segments of %s = %q, want %q", id, got, want)
	}
}

func TestApplySpeakersAndPractices(t *testing.T) {
	r, ix := report(t)
	tests := []struct {
		name          string
		v             state.View
		speakers      func(model.Speaker) bool
		practices     func(model.Practice) bool
		wantSpeakers  int // at least
		wantPractices int // at least
	}{
		{"speaker", state.View{Speaker: "anna-makakala"},
			func(s model.Speaker) bool { return s.ID == "anna-makakala" },
			func(p model.Practice) bool { return p.Actor == "anna-makakala" }, 1, 1},
		{"place mx", state.View{Place: "mx"},
			func(s model.Speaker) bool { return s.Represents == "mx" },
			func(p model.Practice) bool { return p.Place == "mx" }, 1, 2},
		{"theme health", state.View{Themes: []model.ThemeID{"health"}},
			func(s model.Speaker) bool { return slices.Contains(s.Themes, "health") },
			func(p model.Practice) bool { return slices.Contains(p.Themes, "health") }, 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := ix.Apply(tt.v)
			n := 0
			for i, s := range r.Speakers {
				if got, want := res.Speakers[i], tt.speakers(s); got != want {
					t.Errorf("speaker %s shown = %v, want %v", s.ID, got, want)
				}
				if res.Speakers[i] {
					n++
				}
			}
			if n < tt.wantSpeakers {
				t.Errorf("%d speakers shown, want at least %d", n, tt.wantSpeakers)
			}
			n = 0
			for i, p := range r.Practices {
				if got, want := res.Practices[i], tt.practices(p); got != want {
					t.Errorf("practice %s shown = %v, want %v", p.ID, got, want)
				}
				if res.Practices[i] {
					n++
				}
			}
			if n < tt.wantPractices {
				t.Errorf("%d practices shown, want at least %d", n, tt.wantPractices)
			}
		})
	}
}

// themeCounts counts, per theme, the paragraphs among ids that carry it.
func themeCounts(r *model.Report, ids []model.ParagraphID) []int {
	counts := make([]int, len(r.Themes))
	for _, p := range r.Paragraphs {
		if !slices.Contains(ids, p.ID) {
			continue
		}
		for i, th := range r.Themes {
			if slices.Contains(p.Themes, th.ID) {
				counts[i]++
			}
		}
	}
	return counts
}

func TestThemeCounts(t *testing.T) {
	r, ix := report(t)
	all := scan(r, func(model.Paragraph) bool { return true })
	gh := scan(r, func(p model.Paragraph) bool { return concerns(r, p, "gh") })
	def := ix.Apply(state.View{}).ThemeCounts
	if got, want := def, themeCounts(r, all); !slices.Equal(got, want) {
		t.Errorf("default ThemeCounts = %v, want %v", got, want)
	}
	withGH := ix.Apply(state.View{Place: "gh"}).ThemeCounts
	if got, want := withGH, themeCounts(r, gh); !slices.Equal(got, want) {
		t.Errorf("ThemeCounts with place gh = %v, want %v", got, want)
	}
	if slices.Equal(withGH, def) {
		t.Errorf("ThemeCounts with place gh equal the default %v", def)
	}
	// Selecting a theme does not change the counts: they say what each
	// theme would show with the other filters kept.
	if got := ix.Apply(state.View{Place: "gh", Themes: []model.ThemeID{"cooperation"}}).ThemeCounts; !slices.Equal(got, withGH) {
		t.Errorf("ThemeCounts with place gh and a theme = %v, want %v", got, withGH)
	}
}

func TestPlaceCounts(t *testing.T) {
	r, ix := report(t)
	v := state.View{Themes: []model.ThemeID{"children"}}
	res := ix.Apply(v)
	visible := shown(r, res)
	for i, pl := range r.Places {
		want := len(scan(r, func(p model.Paragraph) bool { return slices.Contains(visible, p.ID) && concerns(r, p, pl.ID) }))
		if got := res.PlaceCounts[i]; got != want {
			t.Errorf("PlaceCounts[%s] = %d, want %d", pl.ID, got, want)
		}
	}
}
