package state_test

import (
	"reflect"
	"strings"
	"testing"

	"idmreport/app/state"
)

// This file tests search highlighting and benchmarks filtering.

func TestHighlight(t *testing.T) {
	type seg = state.Segment
	tests := []struct {
		name  string
		text  string
		query string
		want  []state.Segment
	}{
		{"no terms", "Cecilia Jiménez-Damary", "", []seg{{Text: "Cecilia Jiménez-Damary"}}},
		{"only spaces", "Jiménez", "   ", []seg{{Text: "Jiménez"}}},
		{"no match", "Jiménez", "palermo", []seg{{Text: "Jiménez"}}},
		{"diacritic in the text", "Cecilia Jiménez-Damary", "jimenez",
			[]seg{{Text: "Cecilia "}, {Text: "Jiménez", Mark: true}, {Text: "-Damary"}}},
		{"diacritic in the query", "Cecilia Jimenez-Damary", "JIMÉNEZ",
			[]seg{{Text: "Cecilia "}, {Text: "Jimenez", Mark: true}, {Text: "-Damary"}}},
		{"multibyte letters before a match", "Türkiye, Turkey", "turk",
			[]seg{{Text: "Türk", Mark: true}, {Text: "iye, "}, {Text: "Turk", Mark: true}, {Text: "ey"}}},
		{"every occurrence", "Palermo and palermo", "PALERMO",
			[]seg{{Text: "Palermo", Mark: true}, {Text: " and "}, {Text: "palermo", Mark: true}}},
		{"overlapping terms merge", "migration", "migra ration",
			[]seg{{Text: "migration", Mark: true}}},
		{"adjacent terms merge", "abcd", "ab cd", []seg{{Text: "abcd", Mark: true}}},
		{"term inside another", "trafficking", "trafficking traffic", []seg{{Text: "trafficking", Mark: true}}},
		{"two terms apart", "migrant children", "children migrant",
			[]seg{{Text: "migrant", Mark: true}, {Text: " "}, {Text: "children", Mark: true}}},
		{"curly apostrophe", "IOM’s role", "iom's", []seg{{Text: "IOM’s", Mark: true}, {Text: " role"}}},
		{"whole text", "IOM", "iom", []seg{{Text: "IOM", Mark: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := state.Highlight(tt.text, state.Terms(tt.query))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Highlight(%q, %q) = %+v, want %+v", tt.text, tt.query, got, tt.want)
			}
		})
	}
}

// TestHighlightKeepsText checks that the segments always join to the text.
func TestHighlightKeepsText(t *testing.T) {
	r, _ := report(t)
	for _, q := range []string{"", "migrant", "e", "ü", "IOM s", "’", "\xff"} {
		for _, text := range []string{"", "Jiménez’s Straße ok", r.Paragraphs[0].Text} {
			var b strings.Builder
			for _, s := range state.Highlight(text, state.Terms(q)) {
				b.WriteString(s.Text)
			}
			if got, want := b.String(), text; got != want {
				t.Errorf("Highlight(%q, %q) joins to %q", text, q, got)
			}
		}
	}
}

// BenchmarkApply measures what one interaction costs: switching a theme on or
// off, and a search.
func BenchmarkApply(b *testing.B) {
	r, ix := report(b)
	b.Run("theme-toggle", func(b *testing.B) {
		b.ReportAllocs()
		v := state.View{}
		for b.Loop() {
			v = v.ToggleTheme("children", r)
			ix.Apply(v)
		}
	})
	b.Run("search", func(b *testing.B) {
		b.ReportAllocs()
		v := state.View{Query: "migrant children"}
		for b.Loop() {
			ix.Apply(v)
		}
	})
}
