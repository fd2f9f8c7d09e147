package words_test

import (
	"strings"
	"testing"

	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/app/words"
	"idmreport/data"
)

// en is the English catalogue.
var en = &words.EN

func index(t *testing.T) *state.Index {
	t.Helper()
	r, err := model.Decode(data.Client)
	if err != nil {
		t.Fatal(err)
	}
	return state.NewIndex(r)
}

// TestStatusNamesSelection checks that the live status says how much shows
// and names what is selected.
func TestStatusNamesSelection(t *testing.T) {
	ix := index(t)
	for _, tt := range []struct {
		v          state.View
		start, end string
	}{
		{state.View{}, "Showing all 86 paragraphs", "."},
		{state.View{Place: "gh"}, "Showing ", " for Ghana."},
		{state.View{Speaker: "tijani-mohammed"}, "Showing ", " for Tijani Mohammed."},
		{state.View{Themes: []model.ThemeID{"health"}}, "Showing ", " and 1 speaker."},
		{state.View{Query: "zzzz"}, "Showing 0 of 86 paragraphs, 0 good practices and 0 speakers", "."},
	} {
		got := en.Status(ix, tt.v, ix.Apply(tt.v))
		if !strings.HasPrefix(got, tt.start) || !strings.HasSuffix(got, tt.end) {
			t.Errorf("Status(%+v) = %q, want %q…%q", tt.v, got, tt.start, tt.end)
		}
	}
}

// TestWords checks the small words the islands and the document share.
func TestWords(t *testing.T) {
	ix := index(t)
	for _, tt := range []struct{ got, want string }{
		{en.Plural(1, en.Speaker), "1 speaker"},
		{en.Plural(0, en.Speaker), "0 speakers"},
		{words.Join("", "IOM"), "IOM"},
		{words.Join("Director", "IOM"), "Director, IOM"},
		{en.SectionCount(2, 5), "2 of 5 paragraphs shown"},
		{en.ClearPlace(ix, "gh"), "Clear selection (Ghana)"},
		{en.ClearPlace(ix, "nowhere"), "Clear selection"},
		{en.SelectSpeaker(true, "A B"), "Show everyone (clear A B)"},
		{en.KindOf(ix, ix.Place("gh")), "State"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	if got := en.Place(ix.Place("gh"), true); !strings.HasPrefix(got, "Ghana: 1 speaker") || !strings.HasSuffix(got, "; not in the paragraphs shown") {
		t.Errorf("Place(gh, dim) = %q", got)
	}
}

// TestWhy checks the sentence that says why a place is on the map.
func TestWhy(t *testing.T) {
	p := &model.Place{Links: []model.PlaceLink{
		{Paragraph: "a", Why: []string{model.LinkSpeaker, model.LinkPractice}},
		{Paragraph: "b", Why: []string{model.LinkSpeaker}},
		{Paragraph: "c", Why: []string{model.LinkMention}},
	}}
	if got, want := en.Why(p), "In 3 paragraphs: 2 through its speakers, 1 for a good practice, 1 mentioned."; got != want {
		t.Errorf("Why = %q, want %q", got, want)
	}
	if got := en.Why(&model.Place{}); got != "In no paragraph." {
		t.Errorf("Why(no links) = %q", got)
	}
	ix := index(t)
	if got := en.Why(ix.Place("kz")); !strings.Contains(got, "through its speakers") {
		t.Errorf("Kazakhstan: %q, want its speaker counted", got)
	}
}
