// Package ui holds the report's go-app components. The page component owns
// the view (state.View); the other components get what they show as props and
// report what the reader does through go-app actions, which the page handles.
//
// Most elements are built with app.Elem("tag") rather than go-app's typed
// builders (app.Section(), app.P(), …): every typed builder links its whole
// method set into the wasm, and the generic element saves ~25 KB brotli
// (~0.5 MB raw); element-specific attributes are set with Attr. Only Div
// keeps its typed builder: go-app links it anyway.
package ui

import (
	"strconv"

	"idmreport/app/model"
	"idmreport/app/state"
)

// Action names the components send to the page.
const (
	actTheme   = "idm-theme"   // value: theme id to toggle
	actClear   = "idm-clear"   // reset every filter
	actSearch  = "idm-search"  // value: search text
	actPlace   = "idm-place"   // value: place id, "" to clear
	actSpeaker = "idm-speaker" // value: speaker id, "" to clear
)

// shared is the report prepared for filtering, set once by SetReport.
var shared *state.Index

// SetReport gives the components the report to show. Call it once, before the
// page is rendered.
func SetReport(r *model.Report) {
	shared = state.NewIndex(r)
	orderChunks()
}

// plural writes "1 speaker" or "3 speakers".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return itoa(n) + " " + many
}

// itoa formats an int.
func itoa(n int) string { return strconv.Itoa(n) }

// Document returns the report's document record (for the page title).
func Document() model.Document { return shared.R.Document }
