package ui

import (
	"math"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
)

// This file holds the map's info box, legend and list of unplaced speakers.

// info is the box that describes the hovered or focused place. It sits in a
// fixed corner of the stage (CSS), never under the pointer.
func (m *worldMap) info(id string) app.UI {
	r := m.Ix.R
	i := placeIndex(r, id)
	if i < 0 {
		return app.Div().Class("map-info is-empty").ID("map-info").Body(
			app.Elem("p").Class("map-info-hint").Text("Point at or tab to a state or a circle for details."),
		)
	}
	p := &r.Places[i]
	var names []string
	for _, s := range r.Speakers {
		if s.Represents == p.ID {
			names = append(names, s.Name)
		}
	}
	shown := ""
	if m.View.Filtering() && i < len(m.Res.PlaceCounts) {
		shown = plural(m.Res.PlaceCounts[i], "paragraph", "paragraphs") + " shown with the current filters."
	}
	action := "Select it to show only what concerns it."
	if m.View.Place == p.ID {
		action = "Selected. Select it again to show everything."
	}
	return app.Div().Class("map-info").ID("map-info").Body(
		app.Elem("p").Class("map-info-name").Body(app.Elem("strong").Text(p.Name)),
		app.Elem("p").Class("map-info-kind").Text(kindOf(r, p)),
		app.Elem("p").Class("map-info-counts").Text(
			plural(len(p.Speakers), "speaker", "speakers")+" · "+
				plural(len(p.Mentions), "mention", "mentions")+" · "+
				plural(len(p.Practices), "good practice", "good practices")),
		app.If(len(names) > 0, app.Elem("p").Class("map-info-speakers").Text("Speakers: "+strings.Join(names, ", "))),
		app.If(shown != "", app.Elem("p").Class("map-info-shown").Text(shown)),
		app.Elem("p").Class("map-info-hint").Text(action+" Escape closes this box."),
	)
}

// placeKindLabels name the kinds of places.
var placeKindLabels = map[string]string{
	model.KindState:          "State",
	model.KindInternational:  "International organisation",
	model.KindRegional:       "Regional organisation",
	model.KindGovernmentBody: "Government agency",
}

// kindOf describes a place: "State", "International organisation, Geneva",
// "Government agency, United Kingdom".
func kindOf(r *model.Report, p *model.Place) string {
	k := placeKindLabels[p.Kind]
	if k == "" {
		k = "Organisation"
	}
	if p.Kind == model.KindGovernmentBody {
		if s := placeByID(r, p.PartOf); s != nil {
			return k + ", " + s.Name
		}
	}
	if p.HQ != "" {
		return k + ", headquarters in " + p.HQ
	}
	return k
}

// legend explains the shading and the symbols; counts are in the text, so
// nothing is told by colour alone.
func (m *worldMap) legend() app.UI {
	r := m.Ix.R
	shapes := shapeOf(&r.Map)
	var perClass [len(heardLimits) + 1]int
	maxSpeakers, points := 0, false
	for i := range r.Places {
		p := &r.Places[i]
		if p.Kind == model.KindState {
			perClass[heardClass(heard(p))-1]++
			if shapes[p.ID] == "" {
				points = true
			}
		}
		maxSpeakers = max(maxSpeakers, len(p.Speakers))
	}
	items := make([]app.UI, 0, 10)
	for c := range perClass {
		items = append(items, app.Elem("li").Body(
			app.Raw(keyShade(c+1)),
			app.Elem("span").Text(heardClassLabels[c]+" ("+plural(perClass[c], "state", "states")+")"),
		))
	}
	items = append(items,
		app.Elem("li").Body(app.Raw(keyLand), app.Elem("span").Text("Not named in the report")),
		app.Elem("li").Body(app.Raw(keyCircles("map-marker map-marker-state", maxSpeakers)),
			app.Elem("span").Text("Speakers of a state: circle area by number of speakers ("+speakerScale(maxSpeakers)+")")),
		app.Elem("li").Body(app.Raw(keyCircles("map-marker map-marker-org", 1)),
			app.Elem("span").Text("Speakers of an organisation (circle with a dark centre, at its headquarters)")),
	)
	if points {
		items = append(items, app.Elem("li").Body(app.Raw(keyPoint), app.Elem("span").Text("State too small to draw")))
	}
	if dimming(m.View) {
		items = append(items, app.Elem("li").Body(app.Raw(keyDim),
			app.Elem("span").Text("Faded, dashed: not in the paragraphs shown")))
	}
	return app.Div().Class("map-legend").Body(
		app.Elem("p").Class("map-legend-title").Text("How often each state is heard: speakers + mentions + good practices"),
		app.Elem("ul").Class("map-legend-items").Body(items...),
	)
}

// speakerScale writes "1 or 2 speakers" for the legend.
func speakerScale(n int) string {
	if n <= 1 {
		return "1 speaker"
	}
	if n == 2 {
		return "1 or 2 speakers"
	}
	return "1 to " + itoa(n) + " speakers"
}

// Legend keys: tiny svgs with the map's classes, so CSS colours both alike.
const keyOpen = `<svg class="map-key" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true">`

func keyShade(c int) string {
	return keyOpen + `<rect class="map-state map-h` + itoa(c) + `" x="1" y="1" width="22" height="14"/></svg>`
}

var (
	keyLand  = keyOpen + `<rect class="map-land" x="1" y="1" width="22" height="14"/></svg>`
	keyPoint = keyOpen + `<g class="map-point map-h2"><rect class="map-dot" x="7" y="3" width="10" height="10"/></g></svg>`
	keyDim   = keyOpen + `<g class="map-marker map-marker-state is-dim"><circle class="map-dot" cx="12" cy="8" r="6"/></g></svg>`
)

// keyCircles draws circles for 1 and n speakers at the map's proportions.
func keyCircles(class string, n int) string {
	r1 := 4.0
	var b strings.Builder
	if n <= 1 {
		b.WriteString(keyOpen + `<g class="`)
	} else {
		b.WriteString(`<svg class="map-key map-key-wide" viewBox="0 0 40 16" width="40" height="16" aria-hidden="true"><g class="`)
	}
	b.WriteString(class)
	b.WriteString(`">`)
	x := 12.0
	if n > 1 {
		x = 1 + r1
	}
	for i, k := range []int{1, n} {
		if i == 1 && n <= 1 {
			break
		}
		rk := r1 * math.Sqrt(float64(k))
		if i == 1 {
			x += r1 + 2 + rk
		}
		b.WriteString(`<circle class="map-dot" cx="` + num(x) + `" cy="8" r="` + num(rk) + `"/>`)
		if strings.Contains(class, "org") {
			b.WriteString(`<circle class="map-core" cx="` + num(x) + `" cy="8" r="` + num(rk*0.3) + `"/>`)
		}
	}
	b.WriteString(`</g></svg>`)
	return b.String()
}

// unplaced lists the speakers who represent no state or organisation.
func (m *worldMap) unplaced(r *model.Report) app.UI {
	var who []string
	for _, s := range r.Speakers {
		if s.Represents != "" {
			continue
		}
		if s.Organisation != "" {
			who = append(who, s.Name+" ("+s.Organisation+")")
		} else {
			who = append(who, s.Name)
		}
	}
	if len(who) == 0 {
		return nil
	}
	return app.Elem("p").Class("map-unplaced").Body(
		app.Elem("strong").Text("Not placed on the map"),
		app.Text(" (civil society, private sector, academia, media and others who speak for no state or organisation): "+
			strings.Join(who, "; ")+"."),
	)
}
