package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/app/words"
)

// controller owns the view. Every change goes through set: it computes what
// the view shows (state.Index.Apply), applies the difference to the static
// document at once, asks the islands to re-render, and writes the URL.
type controller struct {
	view    state.View
	res     state.Result
	doc     *document      // the document's searchable texts (document.go)
	mapView mapView        // zoom and what the map's info box shows (mapview.go)
	root    *Root          // set when the islands are mounted
	disp    app.Dispatcher // go-app's engine, from the root's context
}

// ctl is the page's one controller.
var ctl controller

// history says what set does with the browser's history.
type history int

const (
	keepURL    history = iota // the URL already says it (load, back/forward)
	pushURL                   // a new entry (a click)
	replaceURL                // the same entry (typing a search)
)

// Start reads the view from the URL and the search text typed before the
// wasm was ready, and applies it to the document before go-app renders anything, so
// the reader sees the filtered page as early as possible. A deep-linked
// paragraph keeps its place on screen while the view changes around it.
func Start() {
	c := &ctl
	t = words.For(app.Window().Get("document").Get("documentElement").Get("lang").String())
	c.doc = newDocument(shared)
	c.res = shared.Apply(c.view) // what the prerendered document shows
	v := state.Parse(app.Window().URL(), shared)
	v = typedSearch(v)
	anchor := c.doc.anchor(v.Paragraph)
	c.set(v, replaceURL)
	c.doc.restore(anchor)
	var p patch
	p.text("print-url", withBase(c.doc.base, c.view.Encode())) // absolute, also for the default view
	p.send()
	listen()
	if app.Window().Get("navigator").Get("share").Truthy() {
		app.Window().Get("document").Get("documentElement").Get("classList").Call("add", "can-share")
	}
}

// set applies view v.
func (c *controller) set(v state.View, h history) {
	prev := c.view
	if v.Encode() == prev.Encode() {
		return
	}
	res := shared.Apply(v)
	var p patch
	c.doc.apply(&p, shared, prev, v, c.res, res)
	switch h {
	case pushURL:
		p.history("pushState", v.Encode())
	case replaceURL:
		p.history("replaceState", v.Encode())
	}
	p.send()
	c.view, c.res = v, res
	if prev.Place != v.Place {
		c.mapView.dismissed = false
	}
	if prev.Region != v.Region {
		c.zoomRegion()
	}
	c.refresh()
}

// refresh re-renders the islands now. Update alone would leave it to
// go-app's frame ticker, which in the browser comes 20–60 ms after the input
// (measured); Consume makes the engine handle the update at once, in the
// same task as the document's patch.
func (c *controller) refresh() {
	if c.root == nil {
		return
	}
	c.root.Update()
	if d, ok := c.disp.(app.ClientDispatcher); ok {
		d.Consume()
	}
}

// toggleTheme switches a theme on or off.
func (c *controller) toggleTheme(id model.ThemeID) {
	c.set(c.view.ToggleTheme(id, shared.Report), pushURL)
}

// search sets the search text; typing replaces the history entry.
func (c *controller) search(q string) {
	v := c.view
	v.Query, v.Paragraph = state.CleanQuery(q), ""
	c.set(v, replaceURL)
}

// selectPlace selects a place, or clears the selection when it is selected.
func (c *controller) selectPlace(id model.PlaceID) { c.set(c.view.SelectPlace(id), pushURL) }

// selectSpeaker selects a speaker, or clears the selection when selected.
func (c *controller) selectSpeaker(id model.SpeakerID) { c.set(c.view.SelectSpeaker(id), pushURL) }

// selectRegion narrows the map and the places table to a UN M49 region
// ("" for the world) and zooms the map to it.
func (c *controller) selectRegion(id string) { c.set(c.view.SelectRegion(id), pushURL) }

// clear resets every filter, keeping the layout.
func (c *controller) clear() { c.set(c.view.Cleared(), pushURL) }
