// Package state is the report's view logic in plain Go: the view a reader is
// looking at (themes, search text, selected country or speaker, focused
// paragraph), how it is written to and read from the URL, and which
// paragraphs, practices and speakers it shows. It has no go-app or
// syscall/js, so it is tested natively.
package state

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"idmreport/app/model"
)

// URL parameter names.
const (
	ParamTheme   = "theme"   // comma-separated theme ids
	ParamQuery   = "q"       // search text
	ParamPlace   = "country" // a place id: a state (ISO alpha-2, lower case) or an organisation
	ParamSpeaker = "speaker" // a speaker id
	ParamEmbed   = "embed"   // "1" for the compact iframe layout
	ParamGCM     = "gcm"     // comma-separated numbers of GCM objectives (the editorial cross-reference)
	ParamRegion  = "region"  // a UN M49 region id (model.Regions): the map and the places table
	maxQuery     = 200       // longer search text is cut
)

// View is everything that decides what the page shows. The zero View is the
// report's default state.
type View struct {
	Themes     []model.ThemeID         // selected themes, in the report's theme order
	Objectives []model.ObjectiveNumber // selected GCM objectives, ascending
	Query      string                  // search text
	Place      model.PlaceID           // selected place
	Speaker    model.SpeakerID         // selected speaker
	Paragraph  model.ParagraphID       // focused paragraph (the URL fragment)
	Embed      bool                    // compact layout for iframes
	Region     string                  // a UN M49 region id (model.Regions); narrows the map and the places table only
}

// Parse reads a view from a URL. Unknown parameters, unknown ids and malformed
// values are ignored, so a bad link opens the report in its default state.
func Parse(u *url.URL, ix *Index) View {
	var v View
	if u == nil {
		return v
	}
	r := ix.Report
	q, _ := url.ParseQuery(u.RawQuery) // keeps the well-formed pairs
	if t := q.Get(ParamTheme); t != "" {
		want := strings.Split(t, ",")
		for _, th := range r.Themes {
			if slices.Contains(want, string(th.ID)) {
				v.Themes = append(v.Themes, th.ID)
			}
		}
	}
	if g := q.Get(ParamGCM); g != "" {
		want := strings.Split(g, ",")
		for _, o := range r.Objectives {
			if slices.Contains(want, strconv.Itoa(int(o.Number))) {
				v.Objectives = append(v.Objectives, o.Number)
			}
		}
	}
	v.Query = CleanQuery(q.Get(ParamQuery))
	if p := model.PlaceID(q.Get(ParamPlace)); ix.Place(p) != nil {
		v.Place = p
	}
	if s := model.SpeakerID(q.Get(ParamSpeaker)); ix.Speaker(s) != nil {
		v.Speaker = s
	}
	v.Region = parseRegion(q.Get(ParamRegion))
	v.Embed = q.Get(ParamEmbed) == "1"
	if f := model.ParagraphID(u.Fragment); ix.Paragraph(f) != nil {
		v.Paragraph = f
	}
	return v
}

// CleanQuery trims the search text, drops control characters and caps its length.
func CleanQuery(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > maxQuery {
		s = strings.TrimSpace(string(r[:maxQuery]))
	}
	return s
}

// Encode writes the view as a relative URL: "?theme=children&q=…#area-3-p1",
// or "./" for the default view, so the same link works under any path.
func (v View) Encode() string {
	q := url.Values{}
	if len(v.Themes) > 0 {
		q.Set(ParamTheme, JoinThemes(v.Themes))
	}
	if len(v.Objectives) > 0 {
		nums := make([]string, len(v.Objectives))
		for i, n := range v.Objectives {
			nums[i] = strconv.Itoa(int(n))
		}
		q.Set(ParamGCM, strings.Join(nums, ","))
	}
	if v.Query != "" {
		q.Set(ParamQuery, v.Query)
	}
	if v.Place != "" {
		q.Set(ParamPlace, string(v.Place))
	}
	if v.Speaker != "" {
		q.Set(ParamSpeaker, string(v.Speaker))
	}
	if v.Region != "" {
		q.Set(ParamRegion, v.Region)
	}
	if v.Embed {
		q.Set(ParamEmbed, "1")
	}
	s := "./"
	if len(q) > 0 {
		s = "?" + q.Encode()
	}
	if v.Paragraph != "" {
		s += "#" + string(v.Paragraph)
	}
	return s
}

// Filtering reports whether the view narrows the report at all.
func (v View) Filtering() bool {
	return len(v.Themes) > 0 || len(v.Objectives) > 0 || v.Query != "" || v.Place != "" || v.Speaker != ""
}

// HasTheme reports whether theme id is selected.
func (v View) HasTheme(id model.ThemeID) bool { return slices.Contains(v.Themes, id) }

// ToggleTheme returns the view with theme id switched on or off, keeping the
// report's theme order.
func (v View) ToggleTheme(id model.ThemeID, r *model.Report) View {
	on := map[model.ThemeID]bool{}
	for _, t := range v.Themes {
		on[t] = true
	}
	on[id] = !on[id]
	v.Themes = nil
	for _, th := range r.Themes {
		if on[th.ID] {
			v.Themes = append(v.Themes, th.ID)
		}
	}
	return v
}

// HasObjective reports whether GCM objective n is selected.
func (v View) HasObjective(n model.ObjectiveNumber) bool { return slices.Contains(v.Objectives, n) }

// ToggleObjective returns the view with GCM objective n switched on or off,
// keeping the report's order of objectives.
func (v View) ToggleObjective(n model.ObjectiveNumber, r *model.Report) View {
	on := v.HasObjective(n)
	var out []model.ObjectiveNumber
	for _, o := range r.Objectives {
		if o.Number == n && !on || o.Number != n && v.HasObjective(o.Number) {
			out = append(out, o.Number)
		}
	}
	v.Objectives = out
	return v
}

// SelectPlace returns the view narrowed to place id, or without a place when
// id is already selected; a place and a speaker exclude each other, and the
// focused paragraph is dropped.
func (v View) SelectPlace(id model.PlaceID) View {
	if v.Place == id {
		id = ""
	}
	v.Place, v.Speaker, v.Paragraph = id, "", ""
	return v
}

// SelectSpeaker is SelectPlace for a speaker.
func (v View) SelectSpeaker(id model.SpeakerID) View {
	if v.Speaker == id {
		id = ""
	}
	v.Speaker, v.Place, v.Paragraph = id, "", ""
	return v
}

// Cleared returns the default view, keeping only the layout (embed).
func (v View) Cleared() View { return View{Embed: v.Embed} }

// JoinThemes writes theme ids as the URL and the embed snippet take them:
// comma-separated.
func JoinThemes(ids []model.ThemeID) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = string(id)
	}
	return strings.Join(out, ",")
}
