package ingest

import (
	"regexp"
	"slices"
	"strings"

	"idmreport/app/model"
)

// parenthesis matches a parenthesised group of the text: "(Norway and Morocco)".
var parenthesis = regexp.MustCompile(`\(([^()]*)\)`)

// creditSeparator splits a parenthesised credit into names: "A, B, and C",
// "A and B", "EU/DFID".
var creditSeparator = regexp.MustCompile(`\s*,\s*(?:and\s+)?|\s+and\s+|/`)

// credits returns the places a paragraph credits in parentheses: a group whose
// every name is a mention word of a place, as in "(Myanmar, Argentina, and
// Sweden)". Groups with anything else ("(IDPs)", "(September 2017)", "(e.g.
// …)") credit no one, nor does an abbreviation after the place's own name
// ("International Organization for Migration (IOM)").
func (b *builder) credits(text string) map[model.PlaceID]bool {
	out := map[model.PlaceID]bool{}
	for _, m := range parenthesis.FindAllStringSubmatchIndex(text, -1) {
		before := strings.TrimRight(text[:m[0]], " ")
		var ids []model.PlaceID
		for _, name := range creditSeparator.Split(text[m[2]:m[3]], -1) {
			id, ok := b.mentionOf[name]
			if !ok || b.namedBefore(before, id) {
				ids = nil // not a credit, or an abbreviation after the full name: "… for Migration (IOM)"
				break
			}
			ids = append(ids, id)
		}
		for _, id := range ids {
			out[id] = true
		}
	}
	return out
}

// namedBefore reports whether text ends with one of the place's mention words.
func (b *builder) namedBefore(text string, id model.PlaceID) bool {
	for w, of := range b.mentionOf {
		if of == id && strings.HasSuffix(text, w) {
			return true
		}
	}
	return false
}

// linkPlaces computes each place's Links: every paragraph that mentions it,
// names one of its speakers or is one of its good practices, in document
// order, with why.
func (b *builder) linkPlaces(*Source) error {
	credited := map[model.ParagraphID]map[model.PlaceID]bool{}
	for _, para := range b.r.Paragraphs {
		credited[para.ID] = b.credits(para.Text)
	}
	for i := range b.r.Places {
		p := &b.r.Places[i]
		p.Links = nil
		for _, para := range b.r.Paragraphs {
			var why []string
			if slices.ContainsFunc(p.Speakers, func(s model.SpeakerID) bool {
				return slices.Contains(b.speakers[s].Paragraphs, para.ID)
			}) {
				why = append(why, model.LinkSpeaker)
			}
			if slices.ContainsFunc(b.r.Practices, func(pr model.Practice) bool {
				return pr.Place == p.ID && pr.Paragraph == para.ID
			}) {
				why = append(why, model.LinkPractice)
			}
			if credited[para.ID][p.ID] {
				why = append(why, model.LinkCredit)
			}
			if len(why) == 0 && slices.Contains(p.Mentions, para.ID) {
				why = append(why, model.LinkMention)
			}
			if len(why) > 0 {
				p.Links = append(p.Links, model.PlaceLink{Paragraph: para.ID, Why: why})
			}
		}
	}
	return nil
}
