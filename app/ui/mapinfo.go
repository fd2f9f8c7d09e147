package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/label"
)

// mapInfo is the island that describes the hovered or focused place. It
// sits in a fixed corner of the map (CSS), never under the pointer.
type mapInfo struct {
	app.Compo
	Place    string
	Shown    int  // paragraphs shown that concern it, -1 when nothing is filtered
	Selected bool // it is the selected place
}

// OnMount moves the island into its slot.
func (m *mapInfo) OnMount(ctx app.Context) { adopt(slotMapInfo, m.JSValue()) }

// Render draws the box.
func (m *mapInfo) Render() app.UI {
	i := shared.PlaceIndex(m.Place)
	if i < 0 {
		return app.Div().Class("map-info is-empty").ID("map-info").Body(
			app.Elem("p").Class("map-info-hint").Text("Point at or tab to a state or a circle for details."),
		)
	}
	p := &shared.Report.Places[i]
	var names []string
	for _, s := range shared.Report.Speakers {
		if s.Represents == p.ID {
			names = append(names, s.Name)
		}
	}
	shown := ""
	if m.Shown >= 0 {
		shown = label.Plural(m.Shown, "paragraph", "paragraphs") + " shown with the current filters."
	}
	action := "Select it to show only what concerns it."
	if m.Selected {
		action = "Selected. Select it again to show everything."
	}
	return app.Div().Class("map-info").ID("map-info").Body(
		app.Elem("p").Class("map-info-name").Body(app.Elem("strong").Text(p.Name)),
		app.Elem("p").Class("map-info-kind").Text(label.KindOf(shared, p)),
		app.Elem("p").Class("map-info-counts").Text(
			label.Plural(len(p.Speakers), "speaker", "speakers")+" · "+
				label.Plural(len(p.Mentions), "mention", "mentions")+" · "+
				label.Plural(len(p.Practices), "good practice", "good practices")),
		app.If(len(names) > 0, app.Elem("p").Class("map-info-speakers").Text("Speakers: "+strings.Join(names, ", "))),
		app.Elem("p").Class("map-info-why").Text(label.Why(p)),
		app.If(shown != "", app.Elem("p").Class("map-info-shown").Text(shown)),
		app.Elem("p").Class("map-info-hint").Text(action+" Escape closes this box."),
	)
}
