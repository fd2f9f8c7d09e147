package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
)

// Search matches are shown with the CSS Custom Highlight API: ranges over
// the document's existing text nodes, painted by ::highlight(search) in the
// stylesheet. No element is added or replaced, so selection, focus and
// :target survive a search. Browsers without the API show no highlight; the
// filtering works the same.

// highlightName is the name the stylesheet paints (::highlight(search)).
const highlightName = "search"

// maxRanges caps the ranges of one search (a one-letter search would
// otherwise mark thousands).
const maxRanges = 400

// highlightable is an element whose single text node is one of the report's
// texts.
type highlightable struct {
	node  app.Value // the element (its first child is the text node)
	text  string
	shown func(state.Result) bool // whether the view shows it
}

// highlight marks the search terms in every shown paragraph, practice and
// speaker card.
func (d *document) highlight(res state.Result) {
	w := app.Window()
	css := w.Get("CSS")
	if !css.Truthy() || !css.Get("highlights").Truthy() || !w.Get("Highlight").Truthy() {
		return
	}
	hs := css.Get("highlights")
	hs.Call("delete", highlightName)
	if len(res.Terms) == 0 {
		return
	}
	h := w.Get("Highlight").New()
	doc := w.Get("document")
	n := 0
	for _, t := range d.texts {
		if n >= maxRanges {
			break
		}
		if !t.node.Truthy() || !t.shown(res) {
			continue
		}
		text := t.node.Get("firstChild")
		if !text.Truthy() {
			continue
		}
		for _, s := range state.Spans(t.text, res.Terms) {
			rg := doc.Call("createRange")
			rg.Call("setStart", text, s.Start)
			rg.Call("setEnd", text, s.End)
			h.Call("add", rg)
			if n++; n >= maxRanges {
				break
			}
		}
	}
	hs.Call("set", highlightName, h)
}
