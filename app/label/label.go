// Package label writes the interface's words about the data: counts, kinds
// of places, the status sentence, the names of buttons that change with the
// view. The build-time document and the browser's islands both take their
// words from here, so a word is written once.
package label

import (
	"strconv"

	"idmreport/app/model"
	"idmreport/app/state"
)

// Plural writes "1 speaker" or "3 speakers".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// Join writes "a, b", skipping empty parts.
func Join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ", " + b
}

// placeKinds name the kinds of places.
var placeKinds = map[string]string{
	model.KindState:          "State",
	model.KindInternational:  "International organisation",
	model.KindRegional:       "Regional organisation",
	model.KindGovernmentBody: "Government agency",
}

// KindOf describes a place: "State", "International organisation,
// headquarters in Geneva", "Government agency, United Kingdom".
func KindOf(ix *state.Index, p *model.Place) string {
	k := placeKinds[p.Kind]
	if k == "" {
		k = "Organisation"
	}
	if p.Kind == model.KindGovernmentBody {
		if s := ix.Place(p.PartOf); s != nil {
			return k + ", " + s.Name
		}
	}
	if p.HQ != "" {
		return k + ", headquarters in " + p.HQ
	}
	return k
}

// Place is a place's accessible name on the map: "Ghana: 1 speaker, 1
// mention, 0 good practices", with a note when the filters leave it out.
func Place(p *model.Place, dim bool) string {
	s := p.Name + ": " + Plural(len(p.Speakers), "speaker", "speakers") + ", " +
		Plural(len(p.Mentions), "mention", "mentions") + ", " +
		Plural(len(p.Practices), "good practice", "good practices")
	if dim {
		s += "; not in the paragraphs shown"
	}
	return s
}

// SelectSpeaker names a speaker card's button.
func SelectSpeaker(selected bool, name string) string {
	if selected {
		return "Show everyone (clear " + name + ")"
	}
	return "Show only " + name
}

// ClearPlace names the map's "Clear selection" button after the selected place.
func ClearPlace(ix *state.Index, id string) string {
	if p := ix.Place(id); p != nil {
		return "Clear selection (" + p.Name + ")"
	}
	return "Clear selection"
}

// SectionCount is the "n of m paragraphs shown" note of a section while filtering.
func SectionCount(shown, total int) string {
	return strconv.Itoa(shown) + " of " + Plural(total, "paragraph", "paragraphs") + " shown"
}

// TocCount is the contents' " n of m" while filtering.
func TocCount(shown, total int) string {
	return " " + strconv.Itoa(shown) + " of " + strconv.Itoa(total)
}

// Status is the sentence the live region reads out after a change of view.
func Status(ix *state.Index, v state.View, res state.Result) string {
	total := len(ix.Report.Paragraphs)
	if !v.Filtering() {
		return "Showing all " + strconv.Itoa(total) + " paragraphs."
	}
	return "Showing " + strconv.Itoa(res.Shown) + " of " + strconv.Itoa(total) + " paragraphs, " +
		Plural(count(res.Practices), "good practice", "good practices") + " and " +
		Plural(count(res.Speakers), "speaker", "speakers") + selection(ix, v) + "."
}

// selection names the selected place or speaker for the status sentence.
func selection(ix *state.Index, v state.View) string {
	if p := ix.Place(v.Place); p != nil {
		return " for " + p.Name
	}
	if s := ix.Speaker(v.Speaker); s != nil {
		return " for " + s.Name
	}
	return ""
}

func count(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// reasons name the reasons a place is linked to a paragraph (model.Link*),
// in the order the data lists them.
var reasons = []struct{ id, one, many string }{
	{model.LinkSpeaker, "through its speakers", "through its speakers"},
	{model.LinkPractice, "for a good practice", "for good practices"},
	{model.LinkCredit, "credited with a point", "credited with points"},
	{model.LinkMention, "mentioned", "mentioned"},
}

// Reason names one reason for the place table: "Speakers", "Good practice"…
func Reason(id string) string {
	switch id {
	case model.LinkSpeaker:
		return "Its speakers"
	case model.LinkPractice:
		return "Good practice"
	case model.LinkCredit:
		return "Credited"
	}
	return "Mentioned"
}

// Why says in how many paragraphs a place is linked and why: "In 3
// paragraphs: 2 through its speakers, 1 mentioned." A paragraph with two
// reasons counts under each.
func Why(p *model.Place) string {
	if len(p.Links) == 0 {
		return "In no paragraph."
	}
	counts := map[string]int{}
	for _, l := range p.Links {
		for _, w := range l.Why {
			counts[w]++
		}
	}
	s := "In " + Plural(len(p.Links), "paragraph", "paragraphs") + ":"
	sep := " "
	for _, r := range reasons {
		if n := counts[r.id]; n > 0 {
			word := r.many
			if n == 1 {
				word = r.one
			}
			s += sep + strconv.Itoa(n) + " " + word
			sep = ", "
		}
	}
	return s + "."
}
