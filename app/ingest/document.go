package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"idmreport/app/model"
)

// idPattern is the shape of every id in the annotations.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// checkID reports whether id is well formed and new, and records it.
func checkID[ID ~string](id ID, seen map[ID]bool) bool {
	switch {
	case !idPattern.MatchString(string(id)):
		return false
	case seen[id]:
		return false
	}
	seen[id] = true
	return true
}

// document reads document.csv and checks that the transcription starts with
// the front matter it describes.
func (b *builder) document(src *Source) error {
	t, err := readTable(b.fsys, DocumentFile, "field", "value")
	if err != nil {
		return err
	}
	d := &b.r.Document
	fields := map[string]*string{"title": &d.Title, "subtitle": &d.Subtitle, "dates": &d.Dates, "start": &d.Start,
		"end": &d.End, "venue": &d.Venue, "city": &d.City, "kind": &d.Kind, "organiser": &d.Organiser,
		"workshop": &d.Workshop, "source": &d.Source, "source_url": &d.SourceURL,
		"venue_note": &d.VenueNote, "venue_note_source": &d.VenueNoteSource}
	rowOf := map[string]row{}
	for _, r := range t.rows {
		f, v := r.get("field"), r.get("value")
		rowOf[f] = r
		switch {
		case f == "panel":
			d.Panels = append(d.Panels, v)
		case f == "panels_stated":
			n, err := strconv.Atoi(v)
			if err != nil {
				b.fail(r.errorf("panels_stated %q is not a number", v))
			}
			d.PanelsStated = n
		case fields[f] != nil:
			*fields[f] = v
		default:
			b.fail(r.errorf("unknown field %q", f))
		}
	}
	if (d.VenueNote == "") != (d.VenueNoteSource == "") {
		r, ok := rowOf["venue_note"]
		if !ok {
			r = rowOf["venue_note_source"]
		}
		b.fail(r.errorf("venue_note and venue_note_source go together: an editorial note needs its source"))
	}
	if d.SourceURL != "" && !strings.HasPrefix(d.SourceURL, "https://") {
		b.fail(rowOf["source_url"].errorf("source_url %q is not an https:// address", d.SourceURL))
	}
	b.text, _ = src.Text()
	front := d.Title + " " + d.Subtitle + " " + d.Dates + " " + d.Venue + ", " + d.City + " " + d.Kind
	if !strings.HasPrefix(b.text, front) {
		return fmt.Errorf("%s:1: the text does not start with title, subtitle, dates, venue, city and kind: %q…",
			DocumentFile, b.text[:min(len(b.text), len(front))])
	}
	for _, p := range d.Panels {
		if !strings.Contains(b.text, p) {
			b.fail(fmt.Errorf("%s: panel %q does not occur in the text", DocumentFile, p))
		}
	}
	return nil
}

// loadThemes reads themes.csv.
func (b *builder) loadThemes(*Source) error {
	t, err := readTable(b.fsys, ThemesFile, "id", "label", "description")
	if err != nil {
		return err
	}
	for _, r := range t.rows {
		id := model.ThemeID(r.get("id"))
		if !checkID(id, b.themes) {
			b.fail(r.errorf("bad or duplicate theme id %q", id))
			continue
		}
		if r.get("label") == "" || r.get("description") == "" {
			b.fail(r.errorf("theme %q needs a label and a description", id))
		}
		b.r.Themes = append(b.r.Themes, model.Theme{ID: id, Label: r.get("label"), Description: r.get("description")})
	}
	return nil
}

// unit is a heading or the start of a paragraph, found in the text in order.
type unit struct {
	r       row
	section int    // index into b.r.Sections
	heading string // non-empty for a heading
	para    model.ParagraphID
	start   int
	end     int // end of the needle
}

// segment reads sections.csv and paragraphs.csv and cuts the text into
// paragraphs: each paragraph runs from its starts_with to the next unit.
func (b *builder) segment(src *Source) error {
	st, err := readTable(b.fsys, SectionsFile, "id", "number", "title", "heading")
	if err != nil {
		return err
	}
	pt, err := readTable(b.fsys, ParagraphFile, "id", "section", "starts_with", "themes")
	if err != nil {
		return err
	}
	index := map[model.SectionID]int{}
	sectionSeen := map[model.SectionID]bool{}
	for _, r := range st.rows {
		s := model.Section{ID: model.SectionID(r.get("id")), Title: r.get("title"), Heading: Repair(r.get("heading"))}
		if !checkID(s.ID, sectionSeen) {
			b.fail(r.errorf("bad or duplicate section id %q", s.ID))
			continue
		}
		if n := r.get("number"); n != "" {
			if s.Number, err = strconv.Atoi(n); err != nil {
				b.fail(r.errorf("number %q is not a number", n))
			}
		}
		index[s.ID] = len(b.r.Sections)
		b.r.Sections = append(b.r.Sections, s)
	}
	units, cur := []unit{}, -1
	seen := map[model.ParagraphID]bool{}
	for _, r := range pt.rows {
		id, sec := model.ParagraphID(r.get("id")), model.SectionID(r.get("section"))
		si, ok := index[sec]
		switch {
		case !checkID(id, seen):
			b.fail(r.errorf("bad or duplicate paragraph id %q", id))
			continue
		case !ok:
			b.fail(r.errorf("unknown section %q", sec))
			continue
		case si < cur:
			b.fail(r.errorf("paragraph %q is in section %q, which comes before the previous paragraph's", id, sec))
			continue
		}
		for ; cur < si; cur++ {
			if h := b.r.Sections[cur+1].Heading; h != "" {
				units = append(units, unit{r: r, section: cur + 1, heading: h})
			}
		}
		units = append(units, unit{r: r, section: si, para: id})
	}
	if len(b.errs) > 0 {
		return nil
	}
	return b.cut(src, units)
}

// cut finds each unit in the text, in order, and fills sections and paragraphs.
func (b *builder) cut(src *Source, units []unit) error {
	d := b.r.Document
	pos := len(d.Title + " " + d.Subtitle + " " + d.Dates + " " + d.Venue + ", " + d.City + " " + d.Kind)
	_, pageStarts := src.Text()
	for i := range units {
		u := &units[i]
		needle := u.heading
		if needle == "" {
			needle = Repair(u.r.get("starts_with"))
		}
		at := strings.Index(b.text[pos:], needle)
		if needle == "" || at < 0 {
			what := "starts_with"
			if u.heading != "" {
				what = "heading of section " + string(b.r.Sections[u.section].ID)
			}
			return u.r.errorf("%s %q not found in the text after the previous paragraph", what, needle)
		}
		if (i == 0 || units[i-1].heading != "") && strings.TrimSpace(b.text[pos:pos+at]) != "" {
			return u.r.errorf("text %q before this unit belongs to no paragraph", b.text[pos:pos+at])
		}
		u.start, u.end = pos+at, pos+at+len(needle)
		pos = u.end
	}
	for i, u := range units {
		if u.heading != "" {
			continue
		}
		end := len(b.text)
		if i+1 < len(units) {
			end = units[i+1].start
		}
		p := model.Paragraph{ID: u.para, Section: b.r.Sections[u.section].ID,
			Text: strings.TrimSpace(b.text[u.start:end]), Page: pageOf(u.start, pageStarts)}
		p.Themes = b.checkThemes(u.r, "themes")
		if len(p.Themes) == 0 {
			b.fail(u.r.errorf("paragraph %q has no theme", u.para))
		}
		b.r.Paragraphs = append(b.r.Paragraphs, p)
		s := &b.r.Sections[u.section]
		s.Paragraphs = append(s.Paragraphs, p.ID)
	}
	for i := range b.r.Paragraphs {
		b.paragraphs[b.r.Paragraphs[i].ID] = &b.r.Paragraphs[i]
	}
	for _, s := range b.r.Sections {
		if len(s.Paragraphs) == 0 {
			b.fail(fmt.Errorf("%s: section %q has no paragraph", SectionsFile, s.ID))
		}
	}
	return nil
}

// pageOf returns the printed page (1-based) that contains offset.
func pageOf(offset int, starts []int) int {
	page := 1
	for i, s := range starts {
		if offset >= s {
			page = i + 1
		}
	}
	return page
}
