package document

import (
	"html/template"
	"math"
	"strconv"
	"strings"

	"idmreport/app/mapmarks"
	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/app/words"
)

// mapData is the speaker map: the svg, the legend and who is not placed.
type mapData struct {
	SVG      template.HTML
	Legend   []legendItem
	DimKey   template.HTML // the legend's key for faded marks, shown while filtering
	Unplaced string
}

// legendItem is one key of the legend.
type legendItem struct {
	Key  template.HTML
	Text string
}

func newMapData(ix *state.Index, t *words.Words) mapData {
	return mapData{SVG: template.HTML(mapSVG(ix.Report, t)), Legend: legend(ix.Report, t), DimKey: template.HTML(keyDim),
		Unplaced: unplaced(ix.Report)}
}

// mapSVG writes the whole map at zoom 1 in the default view: the other
// countries, the states of the report shaded by how often they are heard,
// then the point symbols (mapmarks), one control per place in the places
// table's order (the arrow keys' order).
func mapSVG(r *model.Report, t *words.Words) string {
	m := &r.Map
	w := mapmarks.Writer{Words: t}
	w.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" class="map-svg" id="map-svg"`)
	w.Attr("viewBox", mapmarks.ViewBox(m, 1, 0, 0))
	w.Num("width", m.Width)
	w.Num("height", m.Height)
	w.WriteString(` role="group"`)
	w.Attr("aria-label", t.MapLabel)
	w.WriteString(`><path class="map-land" aria-hidden="true"`)
	w.Attr("d", m.Land)
	w.WriteString(`/><g class="map-states">`)
	shapes := map[model.PlaceID]string{}
	for _, s := range m.Shapes {
		shapes[s.Place] = s.Path
	}
	for _, i := range mapmarks.ByName(r, func(p *model.Place) bool { return shapes[p.ID] != "" }) {
		w.Shape(&r.Places[i], shapes[r.Places[i].ID])
	}
	marks := mapmarks.Layout(r, 1, mapmarks.BuildScale)
	w.WriteString(`</g><g class="map-leaders" id="map-leaders" aria-hidden="true">`)
	plain := func(int) (bool, bool, bool) { return false, false, false }
	w.Leaders(r, marks, plain)
	w.WriteString(`</g><g class="map-marks" id="map-marks">`)
	w.Marks(r, marks, plain)
	w.WriteString(`</g></svg>`)
	return w.String()
}

// legend explains the shading and the symbols; counts are in the text, so
// nothing is told by colour alone.
func legend(r *model.Report, t *words.Words) []legendItem {
	var perClass [4]int
	maxSpeakers, points := 0, false
	for i := range r.Places {
		p := &r.Places[i]
		if p.Kind == model.KindState {
			perClass[mapmarks.HeardClass(mapmarks.Heard(p))-1]++
		}
		points = points || len(p.Speakers) == 0
		maxSpeakers = max(maxSpeakers, len(p.Speakers))
	}
	var items []legendItem
	for c, n := range perClass {
		items = append(items, legendItem{template.HTML(keyShade(c + 1)),
			t.Heard[c] + " (" + t.Plural(n, t.State) + ")"})
	}
	items = append(items,
		legendItem{template.HTML(keyLand), t.NotNamed},
		legendItem{template.HTML(keyCircles("map-marker map-marker-state", maxSpeakers)),
			words.Sub(t.StateCircles, speakerScale(t, maxSpeakers))},
		legendItem{template.HTML(keyCircles("map-marker map-marker-org", 1)), t.OrgCircles})
	if points {
		items = append(items, legendItem{template.HTML(keyPoint), t.TooSmall})
	}
	return items
}

// speakerScale writes "1 or 2 speakers" for the legend.
func speakerScale(t *words.Words, n int) string {
	switch {
	case n <= 1:
		return t.Plural(1, t.Speaker)
	case n == 2:
		return t.ScaleTwo
	}
	return words.Sub(t.ScaleMany, t.Num(n))
}

// Legend keys: tiny svgs with the map's classes, so CSS colours both alike.
const keyOpen = `<svg class="map-key" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true">`

func keyShade(c int) string {
	return keyOpen + `<rect class="map-state map-h` + strconv.Itoa(c) + `" x="1" y="1" width="22" height="14"/></svg>`
}

var (
	keyLand  = keyOpen + `<rect class="map-land" x="1" y="1" width="22" height="14"/></svg>`
	keyPoint = keyOpen + `<g class="map-point map-h2"><rect class="map-dot" x="7" y="3" width="10" height="10"/></g></svg>`
	keyDim   = keyOpen + `<g class="map-marker map-marker-state is-dim"><circle class="map-dot" cx="12" cy="8" r="6"/></g></svg>`
)

// keyCircles draws circles for 1 and n speakers at the map's proportions.
func keyCircles(class string, n int) string {
	const r1 = 4.0
	var b strings.Builder
	if n <= 1 {
		b.WriteString(keyOpen)
	} else {
		b.WriteString(`<svg class="map-key map-key-wide" viewBox="0 0 40 16" width="40" height="16" aria-hidden="true">`)
	}
	b.WriteString(`<g class="` + class + `">`)
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
		b.WriteString(`<circle class="map-dot" cx="` + mapmarks.Num(x) + `" cy="8" r="` + mapmarks.Num(rk) + `"/>`)
		if strings.Contains(class, "org") {
			b.WriteString(`<circle class="map-core" cx="` + mapmarks.Num(x) + `" cy="8" r="` + mapmarks.Num(rk*0.3) + `"/>`)
		}
	}
	b.WriteString(`</g></svg>`)
	return b.String()
}

// unplaced lists the speakers who represent no state or organisation.
func unplaced(r *model.Report) string {
	var who []string
	for _, s := range r.Speakers {
		switch {
		case s.Represents != "":
		case s.Organisation != "":
			who = append(who, s.Name+" ("+s.Organisation+")")
		default:
			who = append(who, s.Name)
		}
	}
	return strings.Join(who, "; ")
}
