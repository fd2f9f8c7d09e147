package ui

import (
	"strconv"

	"idmreport/app/model"
)

// The ids the page hands the wasm as text (a control's data-value, a map
// mark's data-place, the early-tap queue of web/boot.js, a result-bar chip's
// key) come through these helpers, one per kind of id. Each looks the id up
// in the report (state.Index) and returns it typed, with ok false when the
// report has no such record: the caller then changes nothing.

// placeID is s as a place id, if the report has that place.
func placeID(s string) (model.PlaceID, bool) {
	id := model.PlaceID(s)
	return id, shared.Place(id) != nil
}

// speakerID is s as a speaker id, if the report has that speaker.
func speakerID(s string) (model.SpeakerID, bool) {
	id := model.SpeakerID(s)
	return id, shared.Speaker(id) != nil
}

// paragraphID is s as a paragraph id, if the report has that paragraph.
func paragraphID(s string) (model.ParagraphID, bool) {
	id := model.ParagraphID(s)
	return id, shared.Paragraph(id) != nil
}

// themeID is s as a theme id, if the report has that theme.
func themeID(s string) (model.ThemeID, bool) {
	id := model.ThemeID(s)
	return id, shared.Theme(id) != nil
}

// objectiveNumber is s as the number of a GCM objective, if it is a number
// and the report has that objective.
func objectiveNumber(s string) (model.ObjectiveNumber, bool) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, false
	}
	return model.ObjectiveNumber(n), shared.Objective(model.ObjectiveNumber(n)) != nil
}
