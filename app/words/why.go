package words

import (
	"slices"

	"idmreport/app/model"
)

// LinkReasons are the reasons a place is linked to a paragraph, in the
// order the data lists them.
var LinkReasons = []string{model.LinkSpeaker, model.LinkPractice, model.LinkCredit, model.LinkMention}

// Reason names one reason for the place table: "Its speakers", "Good practice"…
func (w *Words) Reason(id string) string {
	r := w.Reasons
	switch id {
	case model.LinkSpeaker:
		return r.TableSpeaker
	case model.LinkPractice:
		return r.TablePractice
	case model.LinkCredit:
		return r.TableCredit
	}
	return r.TableMention
}

// reasonNoun is the counted form of a reason for Why.
func (w *Words) reasonNoun(id string) Noun {
	r := w.Reasons
	switch id {
	case model.LinkSpeaker:
		return r.Speaker
	case model.LinkPractice:
		return r.Practice
	case model.LinkCredit:
		return r.Credit
	}
	return r.Mention
}

// Why says in how many paragraphs a place is linked and why: "In 3
// paragraphs: 2 through its speakers, 1 mentioned." A paragraph with two
// reasons counts under each.
func (w *Words) Why(p *model.Place) string {
	if len(p.Links) == 0 {
		return w.WhyNone
	}
	s := Sub(w.WhyIn, w.Plural(len(p.Links), w.Paragraph))
	sep := " "
	for _, r := range LinkReasons {
		n := 0
		for _, l := range p.Links {
			if slices.Contains(l.Why, r) {
				n++
			}
		}
		if n > 0 {
			s += sep + w.Plural(n, w.reasonNoun(r))
			sep = ", "
		}
	}
	return s + "."
}

// ThemeOf returns a theme's label and description in the language: the
// data's own (English) unless the catalogue translates the theme.
func (w *Words) ThemeOf(th *model.Theme) Theme {
	if t, ok := w.Themes[string(th.ID)]; ok {
		return t
	}
	return Theme{th.Label, th.Description}
}
