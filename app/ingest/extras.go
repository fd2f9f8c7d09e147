package ingest

import (
	"regexp"
	"strings"

	"idmreport/app/model"
)

// datePattern accepts YYYY, YYYY-MM or YYYY-MM-DD.
var datePattern = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// loadPractices reads practices.csv.
func (b *builder) loadPractices(*Source) error {
	t, err := readTable(b.fsys, PracticesFile, "id", "paragraph", "actor", "place", "title", "themes")
	if err != nil {
		return err
	}
	seen := map[model.PracticeID]bool{}
	for _, r := range t.rows {
		p := model.Practice{ID: model.PracticeID(r.get("id")), Paragraph: model.ParagraphID(r.get("paragraph")),
			Actor: model.SpeakerID(r.get("actor")), Place: model.PlaceID(r.get("place")), Title: r.get("title")}
		if !checkID(p.ID, seen) {
			b.fail(r.errorf("bad or duplicate practice id %q", p.ID))
			continue
		}
		para := b.paragraphs[p.Paragraph]
		if para == nil {
			b.fail(r.errorf("paragraph %q does not exist", p.Paragraph))
			continue
		}
		p.Text = para.Text
		if p.Actor != "" && b.speakers[p.Actor] == nil {
			b.fail(r.errorf("actor %q is not a speaker", p.Actor))
		}
		if place := b.places[p.Place]; place != nil {
			place.Practices = append(place.Practices, p.ID)
		} else if p.Place != "" {
			b.fail(r.errorf("place %q does not exist", p.Place))
		}
		if p.Title == "" {
			b.fail(r.errorf("practice %q needs a title", p.ID))
		}
		p.Themes = b.checkThemes(r, "themes")
		b.r.Practices = append(b.r.Practices, p)
	}
	return nil
}

// quoted checks a row's paragraph and quote: the quote must occur in it.
func (b *builder) quoted(r row) (para model.ParagraphID, quote string) {
	para, quote = model.ParagraphID(r.get("paragraph")), Repair(r.get("quote"))
	switch p := b.paragraphs[para]; {
	case p == nil:
		b.fail(r.errorf("paragraph %q does not exist", para))
	case quote == "" || !strings.Contains(p.Text, quote):
		b.fail(r.errorf("quote %q does not occur in paragraph %q", quote, para))
	}
	return para, quote
}

// loadFigures reads figures.csv.
func (b *builder) loadFigures(*Source) error {
	t, err := readTable(b.fsys, FiguresFile, "id", "value", "label", "paragraph", "quote")
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, r := range t.rows {
		f := model.Figure{ID: r.get("id"), Value: r.get("value"), Label: r.get("label")}
		if !checkID(f.ID, seen) {
			b.fail(r.errorf("bad or duplicate figure id %q", f.ID))
			continue
		}
		f.Paragraph, f.Quote = b.quoted(r)
		b.r.Figures = append(b.r.Figures, f)
	}
	return nil
}

// loadTimeline reads timeline.csv.
func (b *builder) loadTimeline(*Source) error {
	t, err := readTable(b.fsys, TimelineFile, "id", "date", "label", "paragraph", "quote", "note", "note_source")
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, r := range t.rows {
		e := model.Event{ID: r.get("id"), Date: r.get("date"), Label: r.get("label"),
			Note: r.get("note"), NoteSource: r.get("note_source")}
		if !checkID(e.ID, seen) {
			b.fail(r.errorf("bad or duplicate event id %q", e.ID))
			continue
		}
		if !datePattern.MatchString(e.Date) {
			b.fail(r.errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", e.Date))
		}
		if (e.Note == "") != (e.NoteSource == "") {
			b.fail(r.errorf("event %q: note and note_source go together: an editorial note needs its source", e.ID))
		}
		e.Paragraph, e.Quote = b.quoted(r)
		b.r.Timeline = append(b.r.Timeline, e)
	}
	return nil
}
