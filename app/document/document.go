// Package document renders the report as static HTML at build time: the
// masthead, contents, the whole text, good practices, the speaker map and
// directory, the timeline and the footer, in the report's default view. This
// markup is the page: it reads without JavaScript, and the browser's wasm
// never re-creates it (it only changes classes and attributes, see app/ui).
// Only the native build imports this package, so none of it is in the wasm.
package document

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"slices"
	"strings"

	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/app/words"
)

//go:embed templates/*.html
var files embed.FS

// page is the parsed set of templates.
var page = template.Must(template.New("").Funcs(template.FuncMap{
	// sub's arg is a text or an id (model.ParagraphID…), which templates
	// cannot convert to string themselves.
	"sub":  func(pattern string, arg any) string { return words.Sub(pattern, fmt.Sprint(arg)) },
	"join": words.Join,
	// plural is English: the GCM section (its words are not in the catalogue yet) is marked lang="en".
	// sublink puts a link (href, id, text) into a pattern's {1}.
	"sublink": func(pattern, href, id, text string) template.HTML {
		link := `<a href="` + template.HTMLEscapeString(href) + `" id="` + id + `">` + template.HTMLEscapeString(text) + `</a>`
		i := strings.Index(pattern, "{1}")
		if i < 0 {
			return template.HTML(template.HTMLEscapeString(pattern) + " " + link)
		}
		return template.HTML(template.HTMLEscapeString(pattern[:i]) + link + template.HTMLEscapeString(pattern[i+3:]))
	},
	"add": func(a, b int) int { return a + b },
}).ParseFS(files, "templates/*.html"))

// Islands is the prerendered markup of the interactive islands, by slot name
// (filters, share, notice, map-controls, map-info): the build renders each
// go-app island once and the document puts it in its slot.
type Islands map[string]template.HTML

// Render writes the document with the interface in language t: one <div
// id="idm"> that the site generator places after go-app's root element.
// The report's own words stay English and are marked lang="en" when the
// interface is not.
func Render(ix *state.Index, islands Islands, t *words.Words) ([]byte, error) {
	var b bytes.Buffer
	err := page.ExecuteTemplate(&b, "page.html", newData(ix, islands, t))
	return b.Bytes(), err
}

// view is what the templates read.
type view struct {
	T        *words.Words
	En       template.HTMLAttr // ` lang="en"` on the report's own words, when the interface is not English
	UI       template.HTMLAttr // ` lang="…"` back to the interface inside them
	Root     string            // the site folder from the page: "./" or "../"
	Langs    []langLink
	Report   *model.Report
	Islands  Islands
	Sections []sectionData
	Cards    []practiceData
	Groups   []groupData
	Places   []placeData
	GCM      []objectiveData
	Map      mapData
	Cite     citeData
}

// sectionData is a section with its paragraphs.
type sectionData struct {
	*model.Section
	Class string
	Paras []paraData
}

// paraData is a paragraph and the GCM objectives it speaks to.
type paraData struct {
	*model.Paragraph
	GCM   []gcmRef
	HTML  template.HTML // the text with its names linked (see names.go)
	Names []menuLink    // the same destinations, for the paragraph's menu
}

// gcmRef is one link of the editorial cross-reference, seen from a paragraph.
type gcmRef struct {
	Number        model.ObjectiveNumber
	Title, Reason string
}

// practiceData is a good practice with who shared it and its theme labels.
type practiceData struct {
	*model.Practice
	Who    string
	Themes string
}

// groupData is one kind of speakers in the directory.
type groupData struct {
	Kind, Label string
	Speakers    []speakerData
}

// speakerData is one speaker's card.
type speakerData struct {
	*model.Speaker
	Represents string
	Themes     string
	Select     string
}

// langLink is one link of the language switcher.
type langLink struct {
	Lang, Name, Href string
	Current          bool
}

func newData(ix *state.Index, islands Islands, t *words.Words) view {
	r := ix.Report
	d := view{T: t, Root: "./" + t.Up(), Report: r, Islands: islands, Map: newMapData(ix, t),
		Places: newPlaces(ix, t), GCM: newObjectives(r), Cite: newCite(&r.Document)}
	if t.Lang != words.EN.Lang {
		d.En, d.UI, d.Root = ` lang="en"`, template.HTMLAttr(` lang="`+t.Lang+`"`), t.Up()
	}
	for _, w := range words.Langs {
		d.Langs = append(d.Langs, langLink{w.Lang, w.Name, t.Href(w), w == t})
	}
	at := 0
	for i := range r.Sections {
		s := &r.Sections[i]
		sd := sectionData{Section: s, Class: sectionClass(s)}
		for range s.Paragraphs {
			p := &r.Paragraphs[at]
			names := paraNames(ix, p)
			sd.Paras = append(sd.Paras, paraData{Paragraph: p, GCM: gcmRefs(ix, p.ID),
				HTML: linkNames(p.Text, names), Names: menuLinks(ix, p.Text, names)})
			at++
		}
		d.Sections = append(d.Sections, sd)
	}
	for i := range r.Practices {
		p := &r.Practices[i]
		who := ""
		if s := ix.Speaker(p.Actor); s != nil {
			who = s.Name
		}
		if pl := ix.Place(p.Place); pl != nil {
			who = words.Join(who, pl.Name)
		}
		d.Cards = append(d.Cards, practiceData{Practice: p, Who: who, Themes: themeLabels(r, t, p.Themes)})
	}
	for _, k := range model.SpeakerKinds {
		g := groupData{Kind: k, Label: t.SpeakerKind(k)}
		for i := range r.Speakers {
			s := &r.Speakers[i]
			if s.Kind != k {
				continue
			}
			rep := ""
			if p := ix.Place(s.Represents); p != nil {
				rep = p.Name
			}
			g.Speakers = append(g.Speakers, speakerData{Speaker: s, Represents: rep,
				Themes: themeLabels(r, t, s.Themes), Select: t.SelectSpeaker(false, s.Name)})
		}
		d.Groups = append(d.Groups, g)
	}
	return d
}

func sectionClass(s *model.Section) string {
	switch {
	case s.Heading == "":
		return "sec editorial"
	case s.Number > 0:
		return "sec area"
	}
	return "sec"
}

// themeLabels lists the labels of theme ids in the report's theme order.
func themeLabels(r *model.Report, t *words.Words, ids []model.ThemeID) string {
	out := ""
	for i, th := range r.Themes {
		if slices.Contains(ids, th.ID) {
			out = words.Join(out, t.ThemeOf(&r.Themes[i]).Label)
		}
	}
	return out
}
