package ui

import (
	"slices"

	"idmreport/app/model"
	"idmreport/app/state"
)

// apply adds to p the changes from what view a showed (ra) to what view b
// shows (rb): only the elements whose state changes.
func (d *document) apply(p *patch, ix *state.Index, a, b state.View, ra, rb state.Result) {
	r := ix.Report
	for i, para := range r.Paragraphs {
		if ra.Paragraphs[i] != rb.Paragraphs[i] {
			p.hidden(string(para.ID), !rb.Paragraphs[i])
		}
	}
	applySections(p, ix, a, b, ra, rb)
	for i, pr := range r.Practices {
		if ra.Practices[i] != rb.Practices[i] {
			p.hidden("practice-"+string(pr.ID), !rb.Practices[i])
		}
	}
	for i, s := range r.Speakers {
		id := "speaker-" + string(s.ID)
		if ra.Speakers[i] != rb.Speakers[i] {
			p.hidden(id, !rb.Speakers[i])
		}
		if was, is := a.Speaker == s.ID, b.Speaker == s.ID; was != is {
			p.attr(id+"-select", "aria-pressed", boolString(is))
			p.text(id+"-select", t.SelectSpeaker(is, s.Name))
		}
	}
	applyPlaces(p, ix, a, b, ra, rb)
	applyGroups(p, ix, a, b, ra, rb)
	if dimming(a) != dimming(b) {
		p.hidden("map-legend-dim", !dimming(b))
	}
	searching := len(ra.Terms) > 0 || len(rb.Terms) > 0
	if searching && (!slices.Equal(ra.Terms, rb.Terms) || !slices.Equal(ra.Paragraphs, rb.Paragraphs)) {
		d.highlight(p, rb)
	}
	p.text("print-url", withBase(d.base, b.Encode()))
}

// applySections updates the sections' and the contents' counts.
func applySections(p *patch, ix *state.Index, a, b state.View, ra, rb state.Result) {
	ca, cb := ix.SectionCounts(ra), ix.SectionCounts(rb)
	fa, fb := a.Filtering(), b.Filtering()
	for i, s := range ix.Report.Sections {
		if ca[i] == cb[i] && fa == fb {
			continue
		}
		total, id := len(s.Paragraphs), string(s.ID)
		p.hidden(id, fb && cb[i] == 0)
		p.hidden(id+"-count", !fb)
		p.hidden("toc-"+id+"-count", !fb)
		p.class("toc-"+id, "toc-empty", fb && cb[i] == 0)
		if fb {
			p.text(id+"-count", t.SectionCount(cb[i], total))
			p.text("toc-"+id+"-count", t.TocCount(cb[i], total))
		}
	}
}

// applyPlaces updates the place table and the map's marks; a region hides
// the rows and the marks of the places outside it.
func applyPlaces(p *patch, ix *state.Index, a, b state.View, ra, rb state.Result) {
	for i := range ix.Report.Places {
		pl := &ix.Report.Places[i]
		id := string(pl.ID)
		wasSel, isSel := a.Place == pl.ID, b.Place == pl.ID
		wasDim, isDim := dimmed(a, ra, i), dimmed(b, rb, i)
		if ra.PlaceCounts[i] != rb.PlaceCounts[i] {
			p.text("place-"+id+"-shown", t.Num(rb.PlaceCounts[i]))
		}
		if wasIn, isIn := a.InRegion(pl), b.InRegion(pl); wasIn != isIn {
			p.hidden("place-"+id, !isIn)
			p.markClass(id, "is-out", !isIn)
		}
		if wasSel == isSel && wasDim == isDim {
			continue
		}
		p.class("place-"+id, "is-dim", isDim)
		p.class("place-"+id, "is-selected", isSel)
		p.attr("place-"+id+"-select", "aria-pressed", boolString(isSel))
		p.markClass(id, "is-dim", isDim)
		p.markClass(id, "is-selected", isSel)
		p.markAttr(id, "aria-pressed", boolString(isSel))
		p.markAttr(id, "aria-label", t.Place(pl, isDim))
	}
}

// dimming reports whether the view fades the places its paragraphs do not
// concern: when themes are selected or a search is active.
func dimming(v state.View) bool { return len(v.Themes) > 0 || v.Query != "" }

// dimmed reports whether place i is faded in view v.
func dimmed(v state.View, res state.Result, i int) bool {
	return dimming(v) && res.PlaceCounts[i] == 0
}

// applyGroups hides the groups a view leaves empty: a kind of speakers in
// the directory, the good practices.
func applyGroups(p *patch, ix *state.Index, a, b state.View, ra, rb state.Result) {
	emptyKinds := func(v state.View, res state.Result) map[string]bool {
		empty := map[string]bool{}
		for _, k := range model.SpeakerKinds {
			empty[k] = v.Filtering()
		}
		for i, s := range ix.Report.Speakers {
			if res.Speakers[i] {
				empty[s.Kind] = false
			}
		}
		return empty
	}
	ea, eb := emptyKinds(a, ra), emptyKinds(b, rb)
	for _, k := range model.SpeakerKinds {
		if ea[k] != eb[k] {
			p.hidden("speakers-"+k, eb[k])
		}
	}
	noPractices := func(v state.View, res state.Result) bool {
		return v.Filtering() && !slices.Contains(res.Practices, true)
	}
	if was, is := noPractices(a, ra), noPractices(b, rb); was != is {
		p.hidden("good-practices", is)
	}
}
