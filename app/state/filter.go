package state

import (
	"slices"
	"strings"

	"idmreport/app/model"
)

// Index is the report prepared for filtering: folded search texts and the
// relations between paragraphs, speakers, practices and places.
type Index struct {
	Report      *model.Report // the report it indexes
	paraText    []string      // folded paragraph texts
	speakText   []string      // folded speaker name, role, organisation, state
	practText   []string      // folded practice title, text, actor and place
	speakerOf   map[model.SpeakerID]*model.Speaker
	placeIndex  map[model.PlaceID]int
	paraPlaces  [][]model.PlaceID // per paragraph: the places it concerns
	paraIndex   map[model.ParagraphID]int
	paraSection []int // per paragraph: the index of its section
	themeIndex  map[model.ThemeID]int
	objIndex    map[model.ObjectiveNumber]int
}

// NewIndex prepares a report for filtering.
func NewIndex(r *model.Report) *Index {
	ix := &Index{Report: r, speakerOf: map[model.SpeakerID]*model.Speaker{}, placeIndex: map[model.PlaceID]int{},
		paraIndex: map[model.ParagraphID]int{}, themeIndex: map[model.ThemeID]int{}, objIndex: map[model.ObjectiveNumber]int{}}
	sections := map[model.SectionID]int{}
	for i, s := range r.Sections {
		sections[s.ID] = i
	}
	for i, th := range r.Themes {
		ix.themeIndex[th.ID] = i
	}
	for i, o := range r.Objectives {
		ix.objIndex[o.Number] = i
	}
	for i, p := range r.Places {
		ix.placeIndex[p.ID] = i
	}
	for i := range r.Speakers {
		s := &r.Speakers[i]
		ix.speakerOf[s.ID] = s
		ix.speakText = append(ix.speakText, Fold(strings.Join([]string{s.Name, s.Role, s.Organisation, ix.placeName(s.Represents)}, " \x00 ")))
	}
	for i, p := range r.Paragraphs {
		ix.paraIndex[p.ID] = i
		ix.paraSection = append(ix.paraSection, sections[p.Section])
		ix.paraText = append(ix.paraText, Fold(p.Text))
		ix.paraPlaces = append(ix.paraPlaces, ix.placesOf(p))
	}
	for _, p := range r.Practices {
		ix.practText = append(ix.practText, Fold(strings.Join([]string{p.Title, p.Text, ix.speakerName(p.Actor), ix.placeName(p.Place)}, " \x00 ")))
	}
	return ix
}

// Result says what a view shows. Slices are indexed like the report's
// Paragraphs, Practices, Speakers, Themes and Places.
type Result struct {
	Paragraphs  []bool
	Practices   []bool
	Speakers    []bool
	Shown       int   // visible paragraphs
	ThemeCounts []int // per theme: paragraphs it would show with the other filters kept
	// ObjectiveCounts, per GCM objective (Report.Objectives): paragraphs it
	// would show with the other filters kept.
	ObjectiveCounts []int
	PlaceCounts     []int // per place: visible paragraphs that name it or cite its speakers
	Terms           []string
}

// Apply computes what view v shows. Selected themes combine as "any": a
// paragraph shows when it carries at least one of them; so do selected GCM
// objectives. Themes, objectives, search, place and speaker combine as "all". The focused paragraph (the URL
// fragment) always shows: a link to a paragraph shows it.
func (ix *Index) Apply(v View) Result {
	r := ix.Report
	res := Result{Terms: Terms(v.Query),
		Paragraphs: make([]bool, len(r.Paragraphs)), Practices: make([]bool, len(r.Practices)),
		Speakers: make([]bool, len(r.Speakers)), ThemeCounts: make([]int, len(r.Themes)),
		ObjectiveCounts: make([]int, len(r.Objectives)), PlaceCounts: make([]int, len(r.Places))}
	for i, p := range r.Paragraphs {
		if !ix.paragraphBy(i, p, v) || !MatchAll(ix.paraText[i], res.Terms) {
			if p.ID == v.Paragraph {
				res.Paragraphs[i] = true
				res.Shown++
			}
			continue
		}
		themeOK, objectiveOK := anyOf(p.Themes, v.Themes), anyOf(p.Objectives, v.Objectives)
		for t, th := range r.Themes {
			if objectiveOK && slices.Contains(p.Themes, th.ID) {
				res.ThemeCounts[t]++
			}
		}
		for o, ob := range r.Objectives {
			if themeOK && slices.Contains(p.Objectives, ob.Number) {
				res.ObjectiveCounts[o]++
			}
		}
		if !(themeOK && objectiveOK) && p.ID != v.Paragraph {
			continue
		}
		res.Paragraphs[i] = true
		res.Shown++
		for _, id := range ix.paraPlaces[i] {
			res.PlaceCounts[ix.placeIndex[id]]++
		}
	}
	for i, p := range r.Practices {
		actor := ix.speakerOf[p.Actor]
		res.Practices[i] = anyOf(p.Themes, v.Themes) && MatchAll(ix.practText[i], res.Terms) &&
			anyOf(ix.objectivesOf(p.Paragraph), v.Objectives) &&
			(v.Place == "" || p.Place == v.Place || (actor != nil && actor.Represents == v.Place)) &&
			(v.Speaker == "" || p.Actor == v.Speaker)
	}
	for i, s := range r.Speakers {
		res.Speakers[i] = anyOf(s.Themes, v.Themes) && MatchAll(ix.speakText[i], res.Terms) &&
			ix.speaksTo(s, v.Objectives) &&
			(v.Place == "" || s.Represents == v.Place) && (v.Speaker == "" || s.ID == v.Speaker)
	}
	return res
}

// paragraphBy reports whether paragraph p concerns the view's place and speaker.
func (ix *Index) paragraphBy(i int, p model.Paragraph, v View) bool {
	if v.Speaker != "" && !slices.Contains(p.Speakers, v.Speaker) {
		return false
	}
	return v.Place == "" || slices.Contains(ix.paraPlaces[i], v.Place)
}

// placesOf lists the places a paragraph concerns: those it names and those
// its cited speakers represent. NewIndex calls it once per paragraph.
func (ix *Index) placesOf(p model.Paragraph) []model.PlaceID {
	out := slices.Clone(p.Places)
	for _, s := range p.Speakers {
		if rep := ix.speakerOf[s].Represents; rep != "" && !slices.Contains(out, rep) {
			out = append(out, rep)
		}
	}
	return out
}

// anyOf reports whether have holds one of the wanted themes or objectives
// (or none is wanted).
func anyOf[ID comparable](have, wanted []ID) bool {
	if len(wanted) == 0 {
		return true
	}
	for _, w := range wanted {
		if slices.Contains(have, w) {
			return true
		}
	}
	return false
}

// objectivesOf returns the GCM objectives of paragraph id.
func (ix *Index) objectivesOf(id model.ParagraphID) []model.ObjectiveNumber {
	if i := ix.ParagraphIndex(id); i >= 0 {
		return ix.Report.Paragraphs[i].Objectives
	}
	return nil
}

// speaksTo reports whether one of a speaker's paragraphs has one of the
// wanted objectives (or none is wanted).
func (ix *Index) speaksTo(s model.Speaker, wanted []model.ObjectiveNumber) bool {
	if len(wanted) == 0 {
		return true
	}
	for _, id := range s.Paragraphs {
		if anyOf(ix.objectivesOf(id), wanted) {
			return true
		}
	}
	return false
}
