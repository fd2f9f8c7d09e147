package document

import (
	"html/template"
	"strings"
	"unicode"
	"unicode/utf8"

	"idmreport/app/model"
	"idmreport/app/state"
)

// Names lead to people: in the running text, each form of a speaker's name
// (name and aliases, from data/speakers.csv) links to the speaker's card, and
// each state's name links to its row of the places table (and, with the
// wasm, selects it on the map). The links are found at build time from the
// annotations; the text itself is never edited, so a paragraph's text
// content stays byte-identical to the source.

// name is one form of a name and where it leads.
type name struct {
	Text  string        // as written in the text
	Href  string        // "#speaker-…" or "#place-…"
	Place model.PlaceID // the place id when the name is a state's, for data-act="place"
}

// nameMatch is one occurrence of a name: bytes Start–End of the text.
type nameMatch struct {
	Start, End int
	Name       name
}

// findNames lists the whole-word occurrences of the names in text, in order
// and without overlap: where two occurrences overlap, the one that starts
// first wins, then the longer ("Director-General Swing" over "Swing").
func findNames(text string, names []name) []nameMatch {
	var out []nameMatch
	for at := 0; at < len(text); {
		best := nameMatch{Start: -1}
		for _, n := range names {
			i := wordIndex(text[at:], n.Text)
			if i < 0 {
				continue
			}
			i += at
			if best.Start < 0 || i < best.Start || i == best.Start && len(n.Text) > best.End-best.Start {
				best = nameMatch{i, i + len(n.Text), n}
			}
		}
		if best.Start < 0 {
			break
		}
		out = append(out, best)
		at = best.End
	}
	return out
}

// wordIndex is the byte index of the first whole-word occurrence of needle
// in text (no letter or digit just before or after it), or -1.
func wordIndex(text, needle string) int {
	if needle == "" {
		return -1
	}
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], needle)
		if i < 0 {
			return -1
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(needle):])
		if !isWordRune(before) && !isWordRune(after) {
			return i
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		from = i + size
	}
	return -1
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// linkNames returns the text as HTML with each occurrence of a name wrapped
// in a link. The links are out of the tab order (tabindex="-1"): the
// paragraph's menu holds the same destinations, so the page keeps one tab
// stop per paragraph.
func linkNames(text string, names []name) template.HTML {
	var b strings.Builder
	at := 0
	for _, m := range findNames(text, names) {
		b.WriteString(template.HTMLEscapeString(text[at:m.Start]))
		b.WriteString(`<a class="name-link" href="` + template.HTMLEscapeString(m.Name.Href) + `" tabindex="-1"`)
		if m.Name.Place != "" {
			b.WriteString(` data-act="place" data-value="` + template.HTMLEscapeString(string(m.Name.Place)) + `"`)
		}
		b.WriteString(">" + template.HTMLEscapeString(text[m.Start:m.End]) + "</a>")
		at = m.End
	}
	b.WriteString(template.HTMLEscapeString(text[at:]))
	return template.HTML(b.String())
}

// paraNames lists the names a paragraph may contain: those of the speakers
// it cites and of the states it mentions.
func paraNames(ix *state.Index, p *model.Paragraph) []name {
	var out []name
	for _, id := range p.Speakers {
		if s := ix.Speaker(id); s != nil {
			for _, n := range append([]string{s.Name}, s.Aliases...) {
				out = append(out, name{Text: n, Href: "#speaker-" + string(s.ID)})
			}
		}
	}
	for _, id := range p.Places {
		if pl := ix.Place(id); pl != nil && pl.Kind == model.KindState {
			out = append(out, name{Text: pl.Name, Href: "#place-" + string(pl.ID), Place: pl.ID})
		}
	}
	return out
}

// menuLink is one destination of a paragraph's menu: a speaker or a state
// the paragraph names.
type menuLink struct {
	Href, Text string
	Place      model.PlaceID
}

// menuLinks lists, once each and in order of first occurrence, what the
// paragraph's names lead to, labelled with the full name.
func menuLinks(ix *state.Index, text string, names []name) []menuLink {
	var out []menuLink
	seen := map[string]bool{}
	for _, m := range findNames(text, names) {
		if seen[m.Name.Href] {
			continue
		}
		seen[m.Name.Href] = true
		label := m.Name.Text
		if m.Name.Place == "" {
			if s := ix.Speaker(model.SpeakerID(strings.TrimPrefix(m.Name.Href, "#speaker-"))); s != nil {
				label = s.Name
			}
		}
		out = append(out, menuLink{Href: m.Name.Href, Text: label, Place: m.Name.Place})
	}
	return out
}
