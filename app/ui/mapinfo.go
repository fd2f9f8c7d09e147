package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/words"
)

// mapInfo is the island that describes the hovered or focused place. It
// sits in a fixed corner of the map (CSS), never under the pointer.
type mapInfo struct {
	app.Compo
	Place    model.PlaceID
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
			app.Elem("p").Class("map-info-hint").Text(t.MapHint),
		)
	}
	p := &shared.Report.Places[i]
	var names []string
	for _, id := range p.Speakers { // the speakers who represent it, in the report's order
		if s := shared.Speaker(id); s != nil {
			names = append(names, s.Name)
		}
	}
	shown := ""
	if m.Shown >= 0 {
		shown = words.Sub(t.ShownNow, t.Plural(m.Shown, t.Paragraph))
	}
	action := t.SelectHint
	if m.Selected {
		action = t.SelectedHint
	}
	return app.Div().Class("map-info").ID("map-info").Body(
		app.Elem("p").Class("map-info-name").Body(app.Elem("strong").Text(p.Name)),
		app.Elem("p").Class("map-info-kind").Text(t.KindOf(shared, p)),
		app.Elem("p").Class("map-info-counts").Text(
			t.Plural(len(p.Speakers), t.Speaker)+" · "+
				t.Plural(len(p.Mentions), t.Mention)+" · "+
				t.Plural(len(p.Practices), t.Practice)),
		app.If(len(names) > 0, app.Elem("p").Class("map-info-speakers").Text(words.Sub(t.SpeakersList, strings.Join(names, ", ")))),
		app.Elem("p").Class("map-info-why").Text(t.Why(p)),
		app.If(shown != "", app.Elem("p").Class("map-info-shown").Text(shown)),
		app.Elem("p").Class("map-info-hint").Text(action+" "+t.EscapeHint),
	)
}
