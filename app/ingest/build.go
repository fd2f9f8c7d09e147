// Package ingest turns the source transcription and the annotation files in
// data/ into the report model. It validates everything and reports problems as
// "file:line: what is wrong", so an editor can fix an annotation without
// reading Go.
package ingest

import (
	"errors"
	"io/fs"

	"idmreport/app/model"
)

// Files the ingest reads from the data directory.
const (
	SourceFile    = "source.txt"
	DocumentFile  = "document.csv"
	ThemesFile    = "themes.csv"
	SectionsFile  = "sections.csv"
	ParagraphFile = "paragraphs.csv"
	SpeakersFile  = "speakers.csv"
	PlacesFile    = "places.csv"
	PracticesFile = "practices.csv"
	FiguresFile   = "figures.csv"
	TimelineFile  = "timeline.csv"
	// ObjectivesFile holds the GCM's 23 objectives and ObjectiveLinksFile the
	// editors' cross-reference of paragraphs to them.
	ObjectivesFile     = "gcm-objectives.csv"
	ObjectiveLinksFile = "gcm-links.csv"
	ISOFile            = "iso_3166-1.json"
	RegionsFile        = "m49.csv" // UN M49 regions of the states
	MapFile            = "countries-110m.json"
)

// builder carries the report under construction and the errors found so far.
type builder struct {
	fsys fs.FS
	r    model.Report
	errs []error
	text string // the cleaned report text

	themes     map[model.ThemeID]bool
	paragraphs map[model.ParagraphID]*model.Paragraph
	speakers   map[model.SpeakerID]*model.Speaker
	places     map[model.PlaceID]*model.Place
	mentionOf  map[string]model.PlaceID // a places.csv mention word -> its place
}

// Build reads the data files from fsys (a data directory: os.DirFS("data"))
// and returns the validated report. All problems found are returned together,
// each prefixed with file:line. A second report is a second data directory.
func Build(fsys fs.FS) (*model.Report, error) {
	b := &builder{fsys: fsys,
		themes:     map[model.ThemeID]bool{},
		paragraphs: map[model.ParagraphID]*model.Paragraph{},
		speakers:   map[model.SpeakerID]*model.Speaker{},
		places:     map[model.PlaceID]*model.Place{},
		mentionOf:  map[string]model.PlaceID{},
	}
	b.r.Schema = model.Version{Major: model.SchemaMajor, Minor: model.SchemaMinor}
	raw, err := fs.ReadFile(fsys, SourceFile)
	if err != nil {
		return nil, err
	}
	src, err := ParseSource(string(raw))
	if err != nil {
		return nil, err
	}
	b.r.Related = src.Related
	steps := []func(*Source) error{b.document, b.loadThemes, b.segment, b.loadPlaces, b.loadRegions, b.loadSpeakers,
		b.loadPractices, b.linkPlaces, b.loadFigures, b.loadTimeline, b.loadObjectives, b.linkObjectives, b.checkThemesUsed, b.buildMap}
	for _, step := range steps {
		if err := step(src); err != nil {
			b.errs = append(b.errs, err)
		}
		if len(b.errs) > 0 {
			break // later steps rely on the earlier ones being sound
		}
	}
	if len(b.errs) > 0 {
		return nil, errors.Join(b.errs...)
	}
	return &b.r, nil
}

// fail records a problem and lets validation go on.
func (b *builder) fail(err error) { b.errs = append(b.errs, err) }

// checkThemes reports unknown theme ids in a row's column.
func (b *builder) checkThemes(r row, column string) []model.ThemeID {
	themes := ids[model.ThemeID](r, column)
	for _, id := range themes {
		if !b.themes[id] {
			b.fail(r.errorf("unknown theme %q", id))
		}
	}
	return themes
}

// checkThemesUsed fails on a theme that no paragraph carries.
func (b *builder) checkThemesUsed(*Source) error {
	used := map[model.ThemeID]bool{}
	for _, p := range b.r.Paragraphs {
		for _, t := range p.Themes {
			used[t] = true
		}
	}
	t, err := readTable(b.fsys, ThemesFile, "id", "label", "description")
	if err != nil {
		return err
	}
	for _, r := range t.rows {
		if !used[model.ThemeID(r.get("id"))] {
			b.fail(r.errorf("theme %q has no paragraph", r.get("id")))
		}
	}
	return nil
}
