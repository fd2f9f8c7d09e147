package state

import "idmreport/app/model"

// The one lookup of the report's records by id. An unknown id gives nil (or
// -1): callers treat it as "not there", never as a record.

// Place returns the place with this id, or nil.
func (ix *Index) Place(id model.PlaceID) *model.Place {
	if i, ok := ix.placeIndex[id]; ok {
		return &ix.Report.Places[i]
	}
	return nil
}

// PlaceIndex returns the position of place id in Report.Places, or -1.
func (ix *Index) PlaceIndex(id model.PlaceID) int {
	if i, ok := ix.placeIndex[id]; ok {
		return i
	}
	return -1
}

// Speaker returns the speaker with this id, or nil.
func (ix *Index) Speaker(id model.SpeakerID) *model.Speaker { return ix.speakerOf[id] }

// Paragraph returns the paragraph with this id, or nil.
func (ix *Index) Paragraph(id model.ParagraphID) *model.Paragraph {
	if i, ok := ix.paraIndex[id]; ok {
		return &ix.Report.Paragraphs[i]
	}
	return nil
}

// ParagraphIndex returns the position of paragraph id in Report.Paragraphs, or -1.
func (ix *Index) ParagraphIndex(id model.ParagraphID) int {
	if i, ok := ix.paraIndex[id]; ok {
		return i
	}
	return -1
}

// Theme returns the theme with this id, or nil.
func (ix *Index) Theme(id model.ThemeID) *model.Theme {
	if i, ok := ix.themeIndex[id]; ok {
		return &ix.Report.Themes[i]
	}
	return nil
}

// Objective returns the GCM objective with this number, or nil.
func (ix *Index) Objective(n model.ObjectiveNumber) *model.Objective {
	if i, ok := ix.objIndex[n]; ok {
		return &ix.Report.Objectives[i]
	}
	return nil
}

// placeName is the name of place id, or "".
func (ix *Index) placeName(id model.PlaceID) string {
	if p := ix.Place(id); p != nil {
		return p.Name
	}
	return ""
}

// speakerName is the name of speaker id, or "".
func (ix *Index) speakerName(id model.SpeakerID) string {
	if s := ix.Speaker(id); s != nil {
		return s.Name
	}
	return ""
}

// SectionCounts returns, per section, how many of its paragraphs res shows.
func (ix *Index) SectionCounts(res Result) []int {
	counts := make([]int, len(ix.Report.Sections))
	for i := range ix.Report.Paragraphs {
		if res.Paragraphs[i] {
			counts[ix.paraSection[i]]++
		}
	}
	return counts
}
