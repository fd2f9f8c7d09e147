package state

import "idmreport/app/model"

// The one lookup of the report's records by id. An unknown id gives nil (or
// -1): callers treat it as "not there", never as a record.

// Place returns the place with this id, or nil.
func (ix *Index) Place(id string) *model.Place {
	if i, ok := ix.placeIndex[id]; ok {
		return &ix.Report.Places[i]
	}
	return nil
}

// PlaceIndex returns the position of place id in Report.Places, or -1.
func (ix *Index) PlaceIndex(id string) int {
	if i, ok := ix.placeIndex[id]; ok {
		return i
	}
	return -1
}

// Speaker returns the speaker with this id, or nil.
func (ix *Index) Speaker(id string) *model.Speaker { return ix.speakerOf[id] }

// ParagraphIndex returns the position of paragraph id in Report.Paragraphs, or -1.
func (ix *Index) ParagraphIndex(id string) int {
	if i, ok := ix.paraIndex[id]; ok {
		return i
	}
	return -1
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
