package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/app/words"
)

// document names the static document's texts that a search highlights. The
// elements a view changes are addressed by the ids the build gave them
// (app/document's templates): "<paragraph>", "<section>-count",
// "toc-<section>", "practice-<id>", "speaker-<id>-select", "place-<id>"…
type document struct {
	texts []highlightable
	base  string // the page's address without query or fragment, for the printed view's link
}

// highlightable is an element whose only child is one of the report's
// texts, and whether a view shows it.
type highlightable struct {
	id    string
	text  string
	shown func(state.Result) bool
}

// newDocument lists the document's searchable texts.
func newDocument(ix *state.Index) *document {
	r := ix.Report
	loc := app.Window().Get("location")
	d := &document{base: loc.Get("origin").String() + loc.Get("pathname").String()}
	for i, p := range r.Paragraphs {
		d.texts = append(d.texts, highlightable{string(p.ID) + "-text", p.Text, func(r state.Result) bool { return r.Paragraphs[i] }})
	}
	for i, s := range r.Speakers {
		shown := func(r state.Result) bool { return r.Speakers[i] }
		id := "speaker-" + string(s.ID)
		d.texts = append(d.texts, highlightable{id + "-name", s.Name, shown},
			highlightable{id + "-role", words.Join(s.Role, s.Organisation), shown})
	}
	return d
}

// anchor is an element and its distance from the top of the viewport.
type anchor struct {
	el  app.Value
	top float64
}

// anchor remembers where paragraph id is on screen ("" or unknown: nothing).
func (d *document) anchor(id model.ParagraphID) anchor {
	if id == "" {
		return anchor{}
	}
	el := app.Window().Get("document").Call("getElementById", string(id))
	if !el.Truthy() {
		return anchor{}
	}
	return anchor{el, el.Call("getBoundingClientRect").Get("top").Float()}
}

// restore scrolls so the anchor is where it was before the view changed.
func (d *document) restore(a anchor) {
	if a.el == nil || !a.el.Truthy() {
		return
	}
	if dy := a.el.Call("getBoundingClientRect").Get("top").Float() - a.top; dy > 0.5 || dy < -0.5 {
		app.Window().Call("scrollBy", 0, dy)
	}
}
