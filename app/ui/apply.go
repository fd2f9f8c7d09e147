package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/label"
	"idmreport/app/model"
	"idmreport/app/state"
)

// apply changes the document from what view a showed (ra) to what view b
// shows (rb), touching only the elements whose state changes.
func (d *document) apply(ix *state.Index, a, b state.View, ra, rb state.Result) {
	r := ix.Report
	for i := range r.Paragraphs {
		if ra.Paragraphs[i] != rb.Paragraphs[i] {
			setHidden(d.paras[i], !rb.Paragraphs[i])
		}
	}
	d.applySections(ix, a, b, ra, rb)
	for i := range r.Practices {
		if ra.Practices[i] != rb.Practices[i] {
			setHidden(d.practices[i], !rb.Practices[i])
		}
	}
	for i, s := range r.Speakers {
		if ra.Speakers[i] != rb.Speakers[i] {
			setHidden(d.speakers[i], !rb.Speakers[i])
		}
		if was, is := a.Speaker == s.ID, b.Speaker == s.ID; was != is {
			setAttr(d.speakerBtn[i], "aria-pressed", boolString(is))
			setText(d.speakerBtn[i], label.SelectSpeaker(is, s.Name))
		}
	}
	d.applyPlaces(ix, a, b, ra, rb)
	if dimming(a) != dimming(b) {
		setHidden(d.legendDim, !dimming(b))
	}
	if !slices.Equal(ra.Terms, rb.Terms) || !slices.Equal(ra.Paragraphs, rb.Paragraphs) {
		d.highlight(rb)
	}
}

// applySections updates the sections' and the contents' counts.
func (d *document) applySections(ix *state.Index, a, b state.View, ra, rb state.Result) {
	ca, cb := ix.SectionCounts(ra), ix.SectionCounts(rb)
	fa, fb := a.Filtering(), b.Filtering()
	for i, s := range ix.Report.Sections {
		if ca[i] == cb[i] && fa == fb {
			continue
		}
		total := len(s.Paragraphs)
		setHidden(d.sections[i], fb && cb[i] == 0)
		setHidden(d.sectionNote[i], !fb)
		setHidden(d.tocCounts[i], !fb)
		toggleClass(d.tocItems[i], "toc-empty", fb && cb[i] == 0)
		if fb {
			setText(d.sectionNote[i], label.SectionCount(cb[i], total))
			setText(d.tocCounts[i], label.TocCount(cb[i], total))
		}
	}
}

// applyPlaces updates the place table and the map's marks.
func (d *document) applyPlaces(ix *state.Index, a, b state.View, ra, rb state.Result) {
	for i := range ix.Report.Places {
		p := &ix.Report.Places[i]
		wasSel, isSel := a.Place == p.ID, b.Place == p.ID
		wasDim, isDim := dimmed(a, ra, i), dimmed(b, rb, i)
		if ra.PlaceCounts[i] != rb.PlaceCounts[i] {
			setText(d.placeShown[i], itoa(rb.PlaceCounts[i]))
		}
		if wasSel == isSel && wasDim == isDim {
			continue
		}
		toggleClass(d.placeRows[i], "is-dim", isDim)
		toggleClass(d.placeRows[i], "is-selected", isSel)
		setAttr(d.placeBtn[i], "aria-pressed", boolString(isSel))
		for _, m := range d.marks[i] {
			markLooks(m, p, isSel, isDim)
		}
	}
}

// markLooks sets a map mark's classes and accessible state.
func markLooks(m app.Value, p *model.Place, selected, dim bool) {
	toggleClass(m, "is-dim", dim)
	toggleClass(m, "is-selected", selected)
	setAttr(m, "aria-pressed", boolString(selected))
	setAttr(m, "aria-label", label.Place(p, dim))
}

// dimming reports whether the view fades the places its paragraphs do not
// concern: when themes are selected or a search is active.
func dimming(v state.View) bool { return len(v.Themes) > 0 || v.Query != "" }

// dimmed reports whether place i is faded in view v.
func dimmed(v state.View, res state.Result, i int) bool {
	return dimming(v) && res.PlaceCounts[i] == 0
}

// setPrintURL writes the view's address for the printed page.
func (d *document) setPrintURL(v state.View) {
	loc := app.Window().Get("location")
	base := loc.Get("origin").String() + loc.Get("pathname").String()
	setText(d.printURL, withBase(base, v.Encode()))
}

// anchor is an element and its distance from the top of the viewport.
type anchor struct {
	el  app.Value
	top float64
}

// anchor remembers where paragraph id is on screen ("" or unknown: nothing).
func (d *document) anchor(id string) anchor {
	if id == "" {
		return anchor{}
	}
	el := app.Window().Get("document").Call("getElementById", id)
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
