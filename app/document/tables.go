package document

import (
	"slices"
	"strings"

	"idmreport/app/cite"
	"idmreport/app/mapmarks"
	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/app/words"
)

// placeData is one row of the map's text alternative.
type placeData struct {
	*model.Place
	Kind   string
	Shown  int // paragraphs that concern it in the default view
	OnMaps string
	Why    []whyGroup
}

// whyGroup is one reason a place is on the map and the paragraphs it
// applies to.
type whyGroup struct {
	Reason     string
	Paragraphs []model.ParagraphID
}

// whyGroups groups a place's links by reason, in the data's order of reasons.
func whyGroups(p *model.Place, t *words.Words) []whyGroup {
	var out []whyGroup
	for _, reason := range words.LinkReasons {
		g := whyGroup{Reason: t.Reason(reason)}
		for _, l := range p.Links {
			if slices.Contains(l.Why, reason) {
				g.Paragraphs = append(g.Paragraphs, l.Paragraph)
			}
		}
		if len(g.Paragraphs) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// newPlaces lists the places for the table: states, then organisations,
// each alphabetically (mapmarks.TableOrder, the map's order too).
func newPlaces(ix *state.Index, t *words.Words) []placeData {
	r := ix.Report
	res := ix.Apply(state.View{})
	var out []placeData
	for _, i := range mapmarks.TableOrder(r) {
		p := &r.Places[i]
		out = append(out, placeData{Place: p, Kind: t.KindOf(ix, p), Shown: res.PlaceCounts[i], OnMaps: onMapText(p, t), Why: whyGroups(p, t)})
	}
	return out
}

// onMapText says how a place is drawn on the map.
func onMapText(p *model.Place, t *words.Words) string {
	var parts []string
	switch {
	case p.OnMap:
		parts = append(parts, words.Sub(t.OnMapShaded, strings.ToLower(t.Heard[mapmarks.HeardClass(mapmarks.Heard(p))-1])))
	}
	if len(p.Speakers) > 0 {
		parts = append(parts, t.OnMapCircle)
	} else {
		parts = append(parts, t.OnMapSquare)
	}
	return strings.Join(parts, ", ")
}

// PublicURL is the report's public address (the build's -base), "" when
// the build does not know it: the footer's cite-as text then shows "./" and
// web/cite.js writes the page's own address when it runs.
var PublicURL string

// citeData is the footer's "cite this report": the cite-as text (the page
// adds the address and the access date) and the BibTeX entry.
type citeData struct{ Text, URL, BibTeX string }

func newCite(d *model.Document) citeData {
	c := cite.New(d, PublicURL)
	u := PublicURL
	if u == "" {
		u = "./"
	}
	return citeData{Text: c.Text(), URL: u, BibTeX: c.BibTeX()}
}
