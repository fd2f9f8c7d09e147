package state_test

import (
	"slices"
	"testing"

	"idmreport/app/state"
)

// TestSpans checks match offsets in UTF-16 code units, as DOM Ranges take
// them, including accented and astral characters before a match.
func TestSpans(t *testing.T) {
	for _, tc := range []struct {
		text, query string
		want        []state.Span
	}{
		{"Palermo Protocol", "palermo", []state.Span{{0, 7}}},
		{"the Palermo and palermo", "PALERMO", []state.Span{{4, 11}, {16, 23}}},
		{"Côte d’Ivoire", "cote d'ivoire", []state.Span{{0, 4}, {5, 13}}}, // two terms
		{"é then café", "cafe", []state.Span{{7, 11}}},
		{"𝒳 Ghana", "ghana", []state.Span{{3, 8}}}, // 𝒳 is two UTF-16 units
		{"migrants' rights", "rights migrants", []state.Span{{0, 8}, {10, 16}}},
		{"nothing here", "ghana", nil},
		{"any text", "", nil},
	} {
		if got := state.Spans(tc.text, state.Terms(tc.query)); !slices.Equal(got, tc.want) {
			t.Errorf("Spans(%q, %q) = %v, want %v", tc.text, tc.query, got, tc.want)
		}
	}
}

// TestApplyShowsTheFocusedParagraph checks that a link to a paragraph shows
// it whatever the filters say, and counts it.
func TestApplyShowsTheFocusedParagraph(t *testing.T) {
	r, ix := report(t)
	v := state.View{Query: "Palermo"}
	res := ix.Apply(v)
	out := -1
	for i, ok := range res.Paragraphs {
		if !ok {
			out = i
			break
		}
	}
	if out < 0 {
		t.Fatal("the search shows every paragraph")
	}
	v.Paragraph = r.Paragraphs[out].ID
	got := ix.Apply(v)
	if !got.Paragraphs[out] || got.Shown != res.Shown+1 {
		t.Errorf("focused %s: shown %v, count %d (was %d)", v.Paragraph, got.Paragraphs[out], got.Shown, res.Shown)
	}
	for i := range res.Paragraphs {
		if i != out && got.Paragraphs[i] != res.Paragraphs[i] {
			t.Errorf("focusing %s changed paragraph %s", v.Paragraph, r.Paragraphs[i].ID)
		}
	}
}
