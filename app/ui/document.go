package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/label"
	"idmreport/app/state"
)

// document holds the static document's elements that a view changes, found
// once by id. Indexes follow the report's slices (Paragraphs, Sections,
// Practices, Speakers, Places).
type document struct {
	paras       []app.Value
	sections    []app.Value
	sectionNote []app.Value // "n of m paragraphs shown"
	tocItems    []app.Value
	tocCounts   []app.Value
	practices   []app.Value
	speakers    []app.Value
	speakerBtn  []app.Value
	placeRows   []app.Value
	placeShown  []app.Value
	placeBtn    []app.Value
	marks       [][]app.Value // per place: its shape and symbols on the map
	legendDim   app.Value
	printURL    app.Value
	texts       []highlightable
}

// findDocument finds the elements of the prerendered document.
func findDocument(ix *state.Index) *document {
	doc := app.Window().Get("document")
	byID := func(id string) app.Value { return doc.Call("getElementById", id) }
	in := func(el app.Value, sel string) app.Value {
		if !el.Truthy() {
			return el
		}
		return el.Call("querySelector", sel)
	}
	r := ix.Report
	d := &document{legendDim: byID("map-legend-dim"), printURL: byID("print-url")}
	for i, p := range r.Paragraphs {
		el := byID(p.ID)
		d.paras = append(d.paras, el)
		d.texts = append(d.texts, highlightable{in(el, "p"), p.Text, func(r state.Result) bool { return r.Paragraphs[i] }})
	}
	for _, s := range r.Sections {
		el := byID(s.ID)
		d.sections = append(d.sections, el)
		d.sectionNote = append(d.sectionNote, in(el, ".section-count"))
		li := doc.Call("querySelector", `.toc-item[data-section="`+s.ID+`"]`)
		d.tocItems = append(d.tocItems, li)
		d.tocCounts = append(d.tocCounts, in(li, ".count"))
	}
	for i, p := range r.Practices {
		el := byID("practice-" + p.ID)
		d.practices = append(d.practices, el)
		d.texts = append(d.texts, highlightable{in(el, ".practice-text"), p.Text, func(r state.Result) bool { return r.Practices[i] }})
	}
	for i, s := range r.Speakers {
		el := byID("speaker-" + s.ID)
		d.speakers = append(d.speakers, el)
		d.speakerBtn = append(d.speakerBtn, in(el, "button.select"))
		shown := func(r state.Result) bool { return r.Speakers[i] }
		d.texts = append(d.texts, highlightable{in(el, "h4"), s.Name, shown},
			highlightable{in(el, ".role"), label.Join(s.Role, s.Organisation), shown})
	}
	for _, p := range r.Places {
		row := doc.Call("querySelector", `.place-row[data-place="`+p.ID+`"]`)
		d.placeRows = append(d.placeRows, row)
		d.placeShown = append(d.placeShown, in(row, ".shown"))
		d.placeBtn = append(d.placeBtn, in(row, "button"))
	}
	d.findMarks(ix)
	return d
}

// findMarks finds every place's marks in the map (again after a zoom has
// redrawn the symbols).
func (d *document) findMarks(ix *state.Index) {
	svg := app.Window().Get("document").Call("getElementById", "map-svg")
	d.marks = make([][]app.Value, len(ix.Report.Places))
	if !svg.Truthy() {
		return
	}
	all := svg.Call("querySelectorAll", "[data-place]")
	for i, n := 0, all.Length(); i < n; i++ {
		el := all.Index(i)
		if k := ix.PlaceIndex(el.Call("getAttribute", "data-place").String()); k >= 0 {
			d.marks[k] = append(d.marks[k], el)
		}
	}
}

// setHidden sets or removes the hidden attribute.
func setHidden(el app.Value, hidden bool) {
	if el.Truthy() {
		el.Set("hidden", hidden)
	}
}

// setText sets an element's text.
func setText(el app.Value, s string) {
	if el.Truthy() {
		el.Set("textContent", s)
	}
}

// toggleClass adds or removes a class.
func toggleClass(el app.Value, class string, on bool) {
	if el.Truthy() {
		el.Get("classList").Call("toggle", class, on)
	}
}

// setAttr sets an attribute.
func setAttr(el app.Value, name, value string) {
	if el.Truthy() {
		el.Call("setAttribute", name, value)
	}
}
