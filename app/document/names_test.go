package document

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"idmreport/app/words"
)

// TestFindNames checks which occurrences of the names become links.
func TestFindNames(t *testing.T) {
	swing := []name{
		{Text: "William Lacy Swing", Href: "#speaker-s"},
		{Text: "Director-General Swing", Href: "#speaker-s"},
		{Text: "Swing", Href: "#speaker-x"},
	}
	states := []name{
		{Text: "Niger", Href: "#place-ne", Place: "ne"},
		{Text: "Nigeria", Href: "#place-ng", Place: "ng"},
		{Text: "Georgia", Href: "#place-ge", Place: "ge"},
	}
	for _, tc := range []struct {
		label, text string
		names       []name
		want        []string // the matched text, then its href
	}{
		{"name at the start and the end", "Georgia and Nigeria", states,
			[]string{"Georgia", "#place-ge", "Nigeria", "#place-ng"}},
		{"overlapping names: the longer wins", "said Director-General Swing.", swing,
			[]string{"Director-General Swing", "#speaker-s"}},
		{"alias and name in one text", "William Lacy Swing, later Director-General Swing", swing,
			[]string{"William Lacy Swing", "#speaker-s", "Director-General Swing", "#speaker-s"}},
		{"a name inside another word does not match", "Nigerian and Nigerians, Georgian", states, nil},
		{"a shorter name is not found inside a longer one", "Nigeria", states,
			[]string{"Nigeria", "#place-ng"}},
		{"punctuation is a boundary", "(Niger/Nigeria)", states,
			[]string{"Niger", "#place-ne", "Nigeria", "#place-ng"}},
		{"accented letters are letters", "Nigeré Niger", states, []string{"Niger", "#place-ne"}},
		{"empty text", "", states, nil},
		{"no names", "Niger", nil, nil},
	} {
		var got []string
		for _, m := range findNames(tc.text, tc.names) {
			got = append(got, tc.text[m.Start:m.End], m.Name.Href)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: findNames(%q) = %q, want %q", tc.label, tc.text, got, tc.want)
		}
	}
}

// TestLinkNamesKeepsText checks that the linked HTML reads exactly as the
// text, with a link per name and the place links carrying data-act.
func TestLinkNamesKeepsText(t *testing.T) {
	names := []name{{Text: "Ghana", Href: "#place-gh", Place: "gh"}, {Text: "Tijani Mohammed", Href: "#speaker-tm"}}
	text := `Tijani Mohammed (Ghana) said “<b>” & Ghana’s plan`
	got := string(linkNames(text, names))
	if plain := html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(got, "")); plain != text {
		t.Errorf("linked text reads %q, want %q", plain, text)
	}
	for _, want := range []string{
		`<a class="name-link" href="#speaker-tm" tabindex="-1">Tijani Mohammed</a>`,
		`(<a class="name-link" href="#place-gh" tabindex="-1" data-act="place" data-value="gh">Ghana</a>)`,
		`&amp; <a class="name-link" href="#place-gh" tabindex="-1" data-act="place" data-value="gh">Ghana</a>’s`,
		`&lt;b&gt;`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("linked text lacks %s:\n%s", want, got)
		}
	}
}

// TestEveryNameIsLinked checks the real report: every whole-word occurrence
// of a speaker's name or alias, and of a mentioned state's name, in a
// paragraph is inside a link to the speaker's card or the state's row.
func TestEveryNameIsLinked(t *testing.T) {
	ix := report(t)
	b, err := Render(ix, islands, &words.EN)
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	speakers, states := 0, 0
	for i := range ix.Report.Paragraphs {
		p := &ix.Report.Paragraphs[i]
		open := `<p id="` + string(p.ID) + `-text">`
		at := strings.Index(out, open) + len(open)
		inner := out[at : at+strings.Index(out[at:], "</p>")]
		for _, n := range paraNames(ix, p) {
			total := len(findNames(p.Text, []name{n}))
			linked := strings.Count(inner, `href="`+n.Href+`" tabindex="-1"`+placeAttrs(n)+`>`+html.EscapeString(n.Text)+`</a>`)
			if linked != total {
				t.Errorf("%s: %q occurs %d times, %d linked to %s", p.ID, n.Text, total, linked, n.Href)
			}
			if n.Place == "" {
				speakers += linked
			} else {
				states += linked
			}
		}
	}
	if speakers == 0 || states == 0 {
		t.Errorf("links: %d to speakers, %d to states", speakers, states)
	}
	t.Logf("links in the text: %d to speakers, %d to states", speakers, states)
}

func placeAttrs(n name) string {
	if n.Place == "" {
		return ""
	}
	return ` data-act="place" data-value="` + string(n.Place) + `"`
}
