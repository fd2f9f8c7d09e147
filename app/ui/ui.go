// Package ui is the report in the browser. The page itself is the static
// document the build wrote (app/document); this package never re-creates it.
// It holds:
//   - the islands: small go-app components where the reader interacts
//     (filters, share dialog, notices, map controls and map info), each
//     rendered into its slot of the document (islands.go);
//   - the controller, which owns the view (state.View) and applies it to the
//     document by changing classes and attributes on existing elements
//     (controller.go, document.go, highlight.go);
//   - the listeners on the document's own controls (listen.go) and the
//     messages to a framing page (frame.go).
package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/app/words"
)

// shared is the report prepared for filtering, set once by SetReport.
var shared *state.Index

// t is the interface's catalogue: the page's language (SetWords at build
// time, the <html lang> of the page in the browser, see Start).
var t = &words.EN

// SetWords sets the interface's language before the build prerenders the
// islands of that language's page.
func SetWords(w *words.Words) { t = w }

// SetReport gives the islands the report. Call it once, before anything
// renders.
func SetReport(r *model.Report) { shared = state.NewIndex(r) }

// Islands returns every island in the default view, by slot name: the build
// prerenders each into its slot of the document.
func Islands() map[string]app.UI {
	v := state.View{}
	out := map[string]app.UI{}
	for _, is := range islandsFor(v, shared.Apply(v), &mapView{}) {
		out[is.slot] = is.ui
	}
	return out
}

// boolString writes "true" or "false" for ARIA states.
func boolString(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// itoa formats an int.
func itoa(n int) string { return strconv.Itoa(n) }
