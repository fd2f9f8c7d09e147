package ingest_test

import (
	"encoding/csv"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"idmreport/app/model"
)

// The tests in this file check the data corrections of issue 13: editorial
// notes beside the text's own words, speakers linked to every paragraph that
// reports them, and why each place is linked to a paragraph.

// editorialNote checks a labelled editorial note and its source.
func editorialNote(t *testing.T, what, note, source string) {
	t.Helper()
	if !strings.HasPrefix(note, "Editorial note: ") {
		t.Errorf("%s: note %q is not labelled \"Editorial note: \"", what, note)
	}
	if source == "" {
		t.Errorf("%s: note has no source", what)
	}
}

// TestStocktakingMeeting checks that the timeline keeps the text's words on
// the December 2017 meeting and adds where and when it was in fact held.
func TestStocktakingMeeting(t *testing.T) {
	r := realReport(t)
	i := slices.IndexFunc(r.Timeline, func(e model.Event) bool { return strings.Contains(e.Quote, "Guadalajara") })
	if i < 0 {
		t.Fatal("no timeline event quotes the text on Guadalajara")
	}
	e := r.Timeline[i]
	if want := "scheduled in Guadalajara, Mexico, in the first week of December 2017"; !strings.Contains(e.Quote, want) {
		t.Errorf("quote %q does not keep the text's words %q", e.Quote, want)
	}
	if !strings.Contains(e.Label, "scheduled") {
		t.Errorf("label %q presents Guadalajara as where the meeting was held; the text says it was scheduled there", e.Label)
	}
	editorialNote(t, e.ID, e.Note, e.NoteSource)
	for _, want := range []string{"Puerto Vallarta", "4 to 6 December 2017"} {
		if !strings.Contains(e.Note, want) {
			t.Errorf("note %q does not say %q", e.Note, want)
		}
	}
	if !strings.Contains(e.NoteSource, "https://www.un.org/press/en/2017/dev3304.doc.htm") {
		t.Errorf("note source %q does not cite the UN press release", e.NoteSource)
	}
	for _, e := range r.Timeline {
		if e.Note != "" || e.NoteSource != "" {
			editorialNote(t, e.ID, e.Note, e.NoteSource)
		}
	}
}

// TestVenueNote checks that the venue stays as printed, with a sourced note
// on the room, and that the source of record is in the data.
func TestVenueNote(t *testing.T) {
	r := realReport(t)
	d := r.Document
	if got, want := d.Venue, "Conference room XVII, Palais des Nations"; got != want {
		t.Errorf("Venue = %q, want the text's %q", got, want)
	}
	editorialNote(t, "venue", d.VenueNote, d.VenueNoteSource)
	if !strings.Contains(d.VenueNote, "XVIII") {
		t.Errorf("venue note %q does not give room XVIII", d.VenueNote)
	}
	raw, err := os.ReadFile(dataDir + "/source.txt")
	if err != nil {
		t.Fatal(err)
	}
	agenda := strings.Split(string(raw), "\n")[3]
	if !strings.HasPrefix(agenda, "Provisional agenda July 2017 Conference room XVIII") {
		t.Fatalf("source.txt line 4 is %q, not the agenda the note cites", agenda)
	}
	for _, want := range []string{agenda, "https://www.iom.int/"} {
		if !strings.Contains(d.VenueNoteSource, want) {
			t.Errorf("venue note source %q does not cite %q", d.VenueNoteSource, want)
		}
	}
	if got, want := d.SourceURL, "https://www.iom.int/understanding-migrant-vulnerabilities-solution-based-approach-towards-global-compact-reduces-vulnerabilities-and-empowers-migrants"; got != want {
		t.Errorf("SourceURL = %q, want IOM's page for the workshop %q", got, want)
	}
	c := model.ForClient(r).Document
	if c.VenueNote != "" || c.VenueNoteSource != "" {
		t.Error("the client blob carries the venue note, which only the document shows")
	}
	if c.SourceURL != d.SourceURL {
		t.Error("the client blob lost the source of record")
	}
}

// wordRe matches s as whole words: not inside a longer word.
func wordRe(s string) *regexp.Regexp {
	return regexp.MustCompile(`(?:^|[^\p{L}\p{N}])` + regexp.QuoteMeta(s) + `(?:$|[^\p{L}\p{N}])`)
}

// reportedIn reads speakers.csv's reported_in column: the paragraphs that
// report a speaker's words without naming the speaker.
func reportedIn(t *testing.T) map[model.SpeakerID][]model.ParagraphID {
	t.Helper()
	f, err := os.Open(dataDir + "/speakers.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	id, col := slices.Index(rows[0], "id"), slices.Index(rows[0], "reported_in")
	if id < 0 || col < 0 {
		t.Fatalf("speakers.csv header %v lacks id or reported_in", rows[0])
	}
	out := map[model.SpeakerID][]model.ParagraphID{}
	for _, r := range rows[1:] {
		for _, p := range strings.Split(r[col], ";") {
			if p = strings.TrimSpace(p); p != "" {
				out[model.SpeakerID(r[id])] = append(out[model.SpeakerID(r[id])], model.ParagraphID(p))
			}
		}
	}
	return out
}

// TestSpeakerParagraphs checks each speaker's paragraphs against the text:
// every paragraph naming the speaker (name, alias or family name, as whole
// words) is in the list, and every paragraph in the list names the speaker or
// is one of the speaker's reported_in paragraphs.
func TestSpeakerParagraphs(t *testing.T) {
	r := realReport(t)
	reported := reportedIn(t)
	for _, s := range r.Speakers {
		names := append([]string{s.Name}, s.Aliases...)
		family := s.Name[strings.LastIndex(s.Name, " ")+1:]
		for _, p := range r.Paragraphs {
			named := slices.ContainsFunc(names, func(n string) bool { return wordRe(n).MatchString(p.Text) })
			listed := slices.Contains(s.Paragraphs, p.ID)
			switch {
			case named && !listed:
				t.Errorf("%s names %s, but the speaker's paragraphs %v miss it", p.ID, s.Name, s.Paragraphs)
			case !named && wordRe(family).MatchString(p.Text) && !listed:
				t.Errorf("%s names %q, the family name of %s, but neither the name nor an alias matches: add an alias",
					p.ID, family, s.Name)
			case listed && !named && !slices.Contains(reported[s.ID], p.ID):
				t.Errorf("%s is among %s's paragraphs but does not name the speaker and is not in reported_in", p.ID, s.Name)
			}
			if listed != slices.Contains(p.Speakers, s.ID) {
				t.Errorf("%s: speaker %s lists it %v, the paragraph lists the speaker %v", p.ID, s.ID, listed, !listed)
			}
		}
	}
}

// listItem matches a paragraph that continues a numbered list: "2) The…".
var listItem = regexp.MustCompile(`^([2-9])\) `)

// TestNumberedPointsKeepTheirSpeaker checks that a paragraph continuing a
// numbered list of points ("2) …", "3) …") is credited to the speakers of the
// paragraph that opens the list ("… to consider: 1) …"), as Director-General
// Swing's three points are.
func TestNumberedPointsKeepTheirSpeaker(t *testing.T) {
	r := realReport(t)
	n := 0
	for i, p := range r.Paragraphs {
		if !listItem.MatchString(p.Text) {
			continue
		}
		j := i - 1
		for j >= 0 && !strings.Contains(r.Paragraphs[j].Text, " 1) ") {
			j--
		}
		if j < 0 {
			t.Errorf("%s continues a numbered list that no earlier paragraph opens", p.ID)
			continue
		}
		n++
		for _, s := range r.Paragraphs[j].Speakers {
			if !slices.Contains(p.Speakers, s) {
				t.Errorf("%s continues the points %s reports from %s, but does not list the speaker", p.ID, r.Paragraphs[j].ID, s)
			}
		}
	}
	if n != 2 {
		t.Errorf("found %d continued list items, want 2 (opening-p3, opening-p4)", n)
	}
}

// reportingVerb ends the apposition that follows a speaker's name: "Aud
// Kolberg, Deputy Secretary General, Ministry of Foreign Affairs, Norway said".
var reportingVerb = regexp.MustCompile(`\b(noted|explained|said|reminded|stressed|highlighted|recounted|underscored|underlined|emphasized|reported|provided|offered|spoke|recalled|about|which)\b|\.`)

// TestSpeakerRepresentsTheStateTheTextNames checks each speaker's kind and
// represents against the words that present the speaker: where they name a
// place ("…, Ministry of Foreign Affairs, Thailand explained"), the speaker
// represents that place, and a speaker representing a state is of kind state
// or local-government.
func TestSpeakerRepresentsTheStateTheTextNames(t *testing.T) {
	r := realReport(t)
	mentions := map[model.PlaceID][]string{} // place id -> its mention words
	kind := map[model.PlaceID]string{}
	for _, p := range r.Places {
		kind[p.ID] = p.Kind
	}
	raw, err := os.ReadFile(dataDir + "/places.csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(string(raw))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows[1:] {
		mentions[model.PlaceID(row[0])] = strings.Split(row[4], ";")
	}
	for _, s := range r.Speakers {
		i := slices.IndexFunc(r.Paragraphs, func(p model.Paragraph) bool { return strings.Contains(p.Text, s.Name) })
		if i < 0 {
			t.Errorf("no paragraph names %s", s.Name)
			continue
		}
		text := r.Paragraphs[i].Text // the first paragraph naming the speaker presents the speaker
		rest := text[strings.Index(text, s.Name)+len(s.Name):]
		if loc := reportingVerb.FindStringIndex(rest); loc != nil {
			rest = rest[:loc[0]]
		}
		var named []model.PlaceID
		for id, words := range mentions {
			if slices.ContainsFunc(words, func(w string) bool { return w != "" && wordRe(w).MatchString(rest) }) {
				named = append(named, id)
			}
		}
		if len(named) > 0 && !slices.Contains(named, s.Represents) {
			t.Errorf("%s is presented as %q, which names %v, but represents %q", s.ID, strings.TrimSpace(rest), named, s.Represents)
		}
		if kind[s.Represents] == model.KindState && s.Kind != model.KindState && s.Kind != model.KindLocalGovt {
			t.Errorf("%s represents the state %q but is of kind %q", s.ID, s.Represents, s.Kind)
		}
		if k := kind[s.Represents]; (k == model.KindInternational || k == model.KindRegional) && s.Kind != model.KindInternational {
			t.Errorf("%s represents the organisation %q but is of kind %q", s.ID, s.Represents, s.Kind)
		}
	}
	for _, s := range r.Speakers {
		if s.ID == "timur-shaimergenov" && (s.Represents != "kz" || s.Kind != model.KindState) {
			t.Errorf("%s (the Library of the First President of the Republic of Kazakhstan) is %q of %q, want state of kz",
				s.ID, s.Kind, s.Represents)
		}
	}
}

// TestPlaceLinks checks each place's Links: exactly the paragraphs that
// mention it, name one of its speakers or are one of its practices, in
// document order, each with its reasons.
func TestPlaceLinks(t *testing.T) {
	r := realReport(t)
	order := map[model.ParagraphID]int{}
	for i, p := range r.Paragraphs {
		order[p.ID] = i
	}
	speakers := map[model.SpeakerID]model.Speaker{}
	for _, s := range r.Speakers {
		speakers[s.ID] = s
	}
	valid := []string{model.LinkSpeaker, model.LinkPractice, model.LinkCredit, model.LinkMention}
	for _, pl := range r.Places {
		want := map[model.ParagraphID]bool{}
		for _, id := range pl.Mentions {
			want[id] = true
		}
		bySpeaker := map[model.ParagraphID]bool{}
		for _, s := range pl.Speakers {
			for _, id := range speakers[s].Paragraphs {
				want[id], bySpeaker[id] = true, true
			}
		}
		byPractice := map[model.ParagraphID]bool{}
		for _, pr := range r.Practices {
			if pr.Place == pl.ID {
				want[pr.Paragraph], byPractice[pr.Paragraph] = true, true
			}
		}
		got := map[model.ParagraphID]bool{}
		last := -1
		for _, l := range pl.Links {
			got[l.Paragraph] = true
			if order[l.Paragraph] <= last {
				t.Errorf("%s: link to %s out of document order", pl.ID, l.Paragraph)
			}
			last = order[l.Paragraph]
			if len(l.Why) == 0 {
				t.Errorf("%s: link to %s has no reason", pl.ID, l.Paragraph)
			}
			rank := -1
			for _, w := range l.Why {
				k := slices.Index(valid, w)
				if k <= rank {
					t.Errorf("%s: link to %s has reasons %v: unknown, repeated or out of order", pl.ID, l.Paragraph, l.Why)
				}
				rank = k
			}
			if slices.Contains(l.Why, model.LinkMention) && len(l.Why) > 1 {
				t.Errorf("%s: link to %s is %v: mention stands alone", pl.ID, l.Paragraph, l.Why)
			}
			if got, want := slices.Contains(l.Why, model.LinkSpeaker), bySpeaker[l.Paragraph]; got != want {
				t.Errorf("%s: link to %s says speaker %v, want %v", pl.ID, l.Paragraph, got, want)
			}
			if got, want := slices.Contains(l.Why, model.LinkPractice), byPractice[l.Paragraph]; got != want {
				t.Errorf("%s: link to %s says practice %v, want %v", pl.ID, l.Paragraph, got, want)
			}
		}
		for id := range want {
			if !got[id] {
				t.Errorf("%s: no link to %s", pl.ID, id)
			}
		}
		for id := range got {
			if !want[id] {
				t.Errorf("%s: link to %s, which neither mentions it nor names its speakers nor is its practice", pl.ID, id)
			}
		}
	}
	tests := []struct {
		place, paragraph string
		why              []string
	}{
		{"kz", "area-6-p2", []string{model.LinkSpeaker}},
		{"no", "area-1-p3", []string{model.LinkSpeaker}},
		{"no", "area-1-p4", []string{model.LinkCredit}},
		{"eu", "area-1-p7", []string{model.LinkCredit}},
		{"sv", "area-8-p2", []string{model.LinkSpeaker, model.LinkCredit}},
		{"tz", "practices-p2", []string{model.LinkSpeaker, model.LinkPractice}},
		{"mx", "practices-p8", []string{model.LinkPractice}},
		{"mx", "conclusion-p2", []string{model.LinkMention}},
		{"us", "area-8-p2", []string{model.LinkMention}},
		{"iom", "intro-p1", []string{model.LinkSpeaker}}, // "(IOM)" after the name is no credit
		{"iom", "opening-p3", []string{model.LinkSpeaker}},
	}
	for _, tt := range tests {
		i := slices.IndexFunc(r.Places, func(p model.Place) bool { return string(p.ID) == tt.place })
		if i < 0 {
			t.Errorf("no place %s", tt.place)
			continue
		}
		j := slices.IndexFunc(r.Places[i].Links, func(l model.PlaceLink) bool { return string(l.Paragraph) == tt.paragraph })
		if j < 0 {
			t.Errorf("%s: no link to %s", tt.place, tt.paragraph)
			continue
		}
		if got := r.Places[i].Links[j].Why; !slices.Equal(got, tt.why) {
			t.Errorf("%s → %s: why = %v, want %v", tt.place, tt.paragraph, got, tt.why)
		}
	}
	c := model.ForClient(r)
	for i := range c.Places {
		if len(c.Places[i].Links) != len(r.Places[i].Links) {
			t.Errorf("the client blob drops %s's links, which the map info shows", c.Places[i].ID)
		}
	}
}
