package words

import (
	"idmreport/app/model"
	"idmreport/app/state"
)

// Status is the sentence the live region reads out after a change of view.
func (w *Words) Status(ix *state.Index, v state.View, res state.Result) string {
	total := len(ix.Report.Paragraphs)
	if !v.Filtering() {
		return Sub(w.StatusAll, w.Num(total))
	}
	return Sub(w.StatusSome, w.Num(res.Shown), w.Plural(total, w.Paragraph),
		w.Plural(count(res.Practices), w.Practice), w.Plural(count(res.Speakers), w.Speaker), w.selection(ix, v))
}

// selection names the selected place or speaker for the status sentence.
func (w *Words) selection(ix *state.Index, v state.View) string {
	if p := ix.Place(v.Place); p != nil {
		return Sub(w.For, p.Name)
	}
	if s := ix.Speaker(v.Speaker); s != nil {
		return Sub(w.For, s.Name)
	}
	return ""
}

func count(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// Place is a place's accessible name on the map: "Ghana: 1 speaker, 1
// mention, 0 good practices", with a note when the filters leave it out.
func (w *Words) Place(p *model.Place, dim bool) string {
	s := Sub(w.PlaceLabel, p.Name, w.Plural(len(p.Speakers), w.Speaker),
		w.Plural(len(p.Mentions), w.Mention), w.Plural(len(p.Practices), w.Practice))
	if dim {
		s += w.PlaceDim
	}
	return s
}

// KindOf describes a place: "State", "International organisation,
// headquarters in Geneva", "Government agency, United Kingdom".
func (w *Words) KindOf(ix *state.Index, p *model.Place) string {
	k := w.PlaceKinds.Other
	switch p.Kind {
	case model.KindState:
		k = w.PlaceKinds.State
	case model.KindInternational:
		k = w.PlaceKinds.International
	case model.KindRegional:
		k = w.PlaceKinds.Regional
	case model.KindGovernmentBody:
		k = w.PlaceKinds.GovernmentBody
		if s := ix.Place(p.PartOf); s != nil {
			return k + ", " + s.Name
		}
	}
	if p.HQ != "" {
		return Sub(w.PlaceKinds.HQ, k, p.HQ)
	}
	return k
}

// SpeakerKind names a kind of speakers (model.SpeakerKinds) for the directory.
func (w *Words) SpeakerKind(kind string) string {
	k := w.SpeakerKinds
	switch kind {
	case model.KindState:
		return k.State
	case model.KindLocalGovt:
		return k.LocalGovt
	case model.KindInternational:
		return k.International
	case model.KindCivilSociety:
		return k.CivilSociety
	case model.KindPrivateSector:
		return k.PrivateSector
	case model.KindAcademia:
		return k.Academia
	}
	return k.Media
}

// SelectSpeaker names a speaker card's button.
func (w *Words) SelectSpeaker(selected bool, name string) string {
	if selected {
		return Sub(w.ShowEveryone, name)
	}
	return Sub(w.ShowOnly, name)
}

// ClearPlace names the map's "Clear selection" button after the selected place.
func (w *Words) ClearPlace(ix *state.Index, id model.PlaceID) string {
	if p := ix.Place(id); p != nil {
		return Sub(w.ClearSelectionOf, p.Name)
	}
	return w.ClearSelection
}

// SectionCount is the "n of m paragraphs shown" note of a section while filtering.
func (w *Words) SectionCount(shown, total int) string {
	return Sub(w.SectionShown, w.Num(shown), w.Num(total), w.Plural(total, w.Paragraph))
}

// TocCount is the contents' " n of m" while filtering.
func (w *Words) TocCount(shown, total int) string {
	return " " + Sub(w.TocShown, w.Num(shown), w.Num(total))
}

// Region names UN M49 region id (model.Regions) in this language; "" for
// no region.
func (w *Words) Region(id string) string {
	switch id {
	case "africa":
		return w.RegionNames.Africa
	case "americas":
		return w.RegionNames.Americas
	case "asia":
		return w.RegionNames.Asia
	case "europe":
		return w.RegionNames.Europe
	case "oceania":
		return w.RegionNames.Oceania
	}
	return ""
}
