package ingest_test

import (
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"idmreport/app/ingest"
	"idmreport/app/model"
)

// dataDir is the project's real data directory, and dataFS the same as the
// file system Build reads.
const dataDir = "../../data"

var dataFS = os.DirFS(dataDir)

var built struct {
	once sync.Once
	r    *model.Report
	err  error
}

// realReport builds the report from the real data once per test binary and
// hands every caller its own deep copy, so no test can disturb another.
func realReport(t testing.TB) *model.Report {
	t.Helper()
	built.once.Do(func() { built.r, built.err = ingest.Build(dataFS) })
	if built.err != nil {
		t.Fatalf("Build(%s): %v", dataDir, built.err)
	}
	b, err := model.Encode(built.r)
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// paragraphWith returns the only paragraph whose text contains s.
func paragraphWith(t testing.TB, r *model.Report, s string) model.Paragraph {
	t.Helper()
	var found []model.Paragraph
	for _, p := range r.Paragraphs {
		if strings.Contains(p.Text, s) {
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d paragraphs contain %q, want 1", len(found), s)
	}
	return found[0]
}

func TestBuildRealData(t *testing.T) {
	r, err := ingest.Build(dataFS)
	if err != nil {
		t.Fatalf("Build(%s): %v", dataDir, err)
	}
	if got, want := r.Schema, (model.Version{Major: model.SchemaMajor, Minor: model.SchemaMinor}); got != want {
		t.Errorf("Schema = %+v, want %+v", got, want)
	}
	if len(r.Paragraphs) == 0 || len(r.Sections) == 0 || len(r.Themes) == 0 || len(r.Speakers) == 0 {
		t.Errorf("Build gave %d paragraphs, %d sections, %d themes, %d speakers; want some of each",
			len(r.Paragraphs), len(r.Sections), len(r.Themes), len(r.Speakers))
	}
}

func TestEveryParagraphHasATheme(t *testing.T) {
	r := realReport(t)
	known := map[model.ThemeID]bool{}
	for _, th := range r.Themes {
		known[th.ID] = true
	}
	for _, p := range r.Paragraphs {
		if len(p.Themes) == 0 {
			t.Errorf("paragraph %s has no theme", p.ID)
		}
		for _, th := range p.Themes {
			if !known[th] {
				t.Errorf("paragraph %s has unknown theme %q", p.ID, th)
			}
		}
	}
}

func TestEveryThemeHasTwoParagraphs(t *testing.T) {
	r := realReport(t)
	count := map[model.ThemeID]int{}
	for _, p := range r.Paragraphs {
		for _, th := range p.Themes {
			count[th]++
		}
	}
	for _, th := range r.Themes {
		if count[th.ID] < 2 {
			t.Errorf("theme %s tags %d paragraphs, want at least 2", th.ID, count[th.ID])
		}
	}
}

func TestEverySpeakerIsCited(t *testing.T) {
	r := realReport(t)
	for _, s := range r.Speakers {
		if len(s.Paragraphs) == 0 {
			t.Errorf("speaker %s (%s) cites no paragraph", s.ID, s.Name)
		}
		for _, id := range s.Paragraphs {
			i := slices.IndexFunc(r.Paragraphs, func(p model.Paragraph) bool { return p.ID == id })
			if i < 0 {
				t.Errorf("speaker %s cites unknown paragraph %q", s.ID, id)
				continue
			}
			if !slices.Contains(r.Paragraphs[i].Speakers, s.ID) {
				t.Errorf("speaker %s cites %s, but the paragraph does not list the speaker", s.ID, id)
			}
		}
	}
}

// TestSwingIsOneSpeaker checks that the two ways the text names IOM's
// Director General lead to a single speaker record.
func TestSwingIsOneSpeaker(t *testing.T) {
	r := realReport(t)
	var swing []model.Speaker
	for _, s := range r.Speakers {
		names := append([]string{s.Name}, s.Aliases...)
		if slices.Contains(names, "William Lacy Swing") || slices.Contains(names, "Director-General Swing") ||
			strings.Contains(s.Name, "Swing") {
			swing = append(swing, s)
		}
	}
	if got, want := len(swing), 1; got != want {
		t.Fatalf("%d speaker records for Swing, want %d: %+v", got, want, swing)
	}
	s := swing[0]
	if got, want := s.Name, "William Lacy Swing"; got != want {
		t.Errorf("Name = %q, want %q", got, want)
	}
	for _, quote := range []string{"William Lacy Swing", "Director-General Swing"} {
		p := paragraphWith(t, r, quote)
		if !slices.Contains(s.Paragraphs, p.ID) {
			t.Errorf("Swing's paragraphs %v miss %s, which says %q", s.Paragraphs, p.ID, quote)
		}
	}
}

func TestStateSpeakersRepresentAState(t *testing.T) {
	r := realReport(t)
	kind := map[model.PlaceID]string{}
	for _, p := range r.Places {
		kind[p.ID] = p.Kind
	}
	n := 0
	for _, s := range r.Speakers {
		if s.Kind != model.KindState {
			continue
		}
		n++
		if got, want := kind[s.Represents], model.KindState; got != want {
			t.Errorf("speaker %s (kind state) represents %q of kind %q, want a place of kind %q",
				s.ID, s.Represents, got, want)
		}
	}
	if n == 0 {
		t.Error("no speaker of kind state")
	}
}

// credit matches a parenthesised credit such as "(Norway and Morocco)".
var credit = regexp.MustCompile(`\(([A-Z][^()]*)\)`)

// creditSep splits a credit into names: "A, B, and C", "A and B", "EU/DFID".
var creditSep = regexp.MustCompile(`\s*,\s*(?:and\s+)?|\s+and\s+|/`)

// notNames are parenthesised abbreviations that name no state or organisation
// credited with a point.
var notNames = map[string]bool{"IDPs": true, "GCM": true, "SDGs": true, "ISNA": true, "ADEPT": true,
	"MICIC": true, "IDM": true, "IOM": true}

// TestCreditedStatesAreMentioned checks that every state or organisation the
// text credits in parentheses is a place that mentions that paragraph.
func TestCreditedStatesAreMentioned(t *testing.T) {
	r := realReport(t)
	find := func(name string) *model.Place {
		for i, p := range r.Places {
			if p.Name == name || strings.EqualFold(string(p.ID), name) {
				return &r.Places[i]
			}
		}
		return nil
	}
	credited := map[string]bool{}
	for _, para := range r.Paragraphs {
		for _, m := range credit.FindAllStringSubmatch(para.Text, -1) {
			if notNames[m[1]] || strings.HasPrefix(m[1], "e.g.") || strings.ContainsAny(m[1], "0123456789") {
				continue
			}
			for _, name := range creditSep.Split(m[1], -1) {
				place := find(name)
				if place == nil {
					t.Errorf("%s credits %q (in %q), which is no place", para.ID, name, m[0])
					continue
				}
				credited[name] = true
				if !slices.Contains(place.Mentions, para.ID) {
					t.Errorf("%s credits %q, but place %s mentions only %v", para.ID, name, place.ID, place.Mentions)
				}
			}
		}
	}
	for _, name := range []string{"Norway", "Morocco", "Colombia", "Ethiopia", "EU", "DFID", "Bangladesh",
		"Myanmar", "Argentina", "Sweden", "Honduras", "Guatemala", "Denmark", "Georgia", "Afghanistan",
		"Ecuador", "El Salvador", "Mexico"} {
		if !credited[name] {
			t.Errorf("credit %q not found in the text: the credit pattern or the split misses it", name)
		}
	}
}

func TestPanels(t *testing.T) {
	d := realReport(t).Document
	if got, want := d.PanelsStated, 7; got != want {
		t.Errorf("PanelsStated = %d, want %d", got, want)
	}
	if got, want := len(d.Panels), 6; got != want {
		t.Errorf("len(Panels) = %d, want %d: %q", got, want, d.Panels)
	}
}

func TestAreasNumberedInOrder(t *testing.T) {
	r := realReport(t)
	var numbers []int
	for _, s := range r.Sections {
		if s.Number == 0 {
			continue
		}
		numbers = append(numbers, s.Number)
		if prefix := strconv.Itoa(s.Number) + ". "; !strings.HasPrefix(s.Heading, prefix) {
			t.Errorf("section %s: heading %q does not start with %q", s.ID, s.Heading, prefix)
		}
	}
	if got, want := numbers, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}; !slices.Equal(got, want) {
		t.Errorf("area numbers = %v, want %v", got, want)
	}
}

func TestKeyFigures(t *testing.T) {
	r := realReport(t)
	for _, want := range []string{"approximately 400", "40", "22"} {
		i := slices.IndexFunc(r.Figures, func(f model.Figure) bool { return f.Value == want })
		if i < 0 {
			t.Errorf("no key figure with value %q", want)
			continue
		}
		f := r.Figures[i]
		p := paragraphWith(t, r, f.Quote)
		if got, want := p.ID, f.Paragraph; got != want {
			t.Errorf("figure %s: quote %q is in %s, figure says %s", f.ID, f.Quote, got, want)
		}
		if !strings.Contains(f.Quote, strings.TrimPrefix(want, "approximately ")) {
			t.Errorf("figure %s: quote %q does not state %q", f.ID, f.Quote, want)
		}
	}
}

func TestTimeline(t *testing.T) {
	r := realReport(t)
	tests := []struct {
		date, word string // the event's date and a word its label or quote must contain
	}{
		{"2018", "adopted"},
		{"2017-09", "Vienna"},
	}
	for _, tt := range tests {
		i := slices.IndexFunc(r.Timeline, func(e model.Event) bool {
			return e.Date == tt.date && (strings.Contains(e.Label, tt.word) || strings.Contains(e.Quote, tt.word))
		})
		if i < 0 {
			t.Errorf("no timeline event dated %s about %q", tt.date, tt.word)
		}
	}
	for i := 1; i < len(r.Timeline); i++ {
		if r.Timeline[i-1].Date > r.Timeline[i].Date {
			t.Errorf("timeline out of order: %s (%s) before %s (%s)", r.Timeline[i-1].ID, r.Timeline[i-1].Date,
				r.Timeline[i].ID, r.Timeline[i].Date)
		}
	}
}
