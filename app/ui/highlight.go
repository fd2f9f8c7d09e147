package ui

import "idmreport/app/state"

// Search matches are shown with the CSS Custom Highlight API: ranges over
// the document's existing text nodes, painted by ::highlight(search) in the
// stylesheet. No element is added or replaced, so selection, focus and
// :target survive a search. Browsers without the API show no highlight; the
// filtering works the same.

// maxRanges caps the ranges of one search (a one-letter search would
// otherwise mark thousands).
const maxRanges = 400

// highlight marks the search terms in every shown paragraph and speaker
// card (a practice card has no text of its own: it points at its paragraph).
func (d *document) highlight(p *patch, res state.Result) {
	p.highlight()
	n := 0
	for _, t := range d.texts {
		if len(res.Terms) == 0 || !t.shown(res) {
			continue
		}
		for _, s := range state.Spans(t.text, res.Terms) {
			if n++; n > maxRanges {
				return
			}
			p.rangeOf(t.id, s.Start, s.End)
		}
	}
}
