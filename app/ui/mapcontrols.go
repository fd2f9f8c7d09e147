package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/mapmarks"
	"idmreport/app/model"
	"idmreport/app/words"
)

// mapControls is the island with the map's zoom buttons, "Clear
// selection" and the region buttons (World and the five UN M49 regions:
// each narrows the map and the places table and zooms to the region). The
// buttons stay enabled (aria-disabled instead of disabled), so a focused
// button keeps the focus.
type mapControls struct {
	app.Compo
	Zoom   int
	Place  model.PlaceID // the selected place, if any
	Region string        // the chosen region id, if any
}

// OnMount moves the island into its slot.
func (m *mapControls) OnMount(ctx app.Context) { adopt(slotMapControls, m.JSValue()) }

// Render draws the controls.
func (m *mapControls) Render() app.UI {
	z := max(m.Zoom, 1)
	return app.Div().Class("map-controls").Body(
		app.Div().Class("map-zoom").Attr("role", "group").Aria("label", t.ZoomGroup).Body(
			app.Elem("button").Attr("type", "button").Class("map-btn map-zoom-in").Aria("label", t.ZoomIn).
				Aria("disabled", boolString(z >= mapmarks.MaxZoom)).OnClick(m.onZoom(1)).Text("+"),
			app.Elem("button").Attr("type", "button").Class("map-btn map-zoom-out").Aria("label", t.ZoomOut).
				Aria("disabled", boolString(z <= 1)).OnClick(m.onZoom(-1)).Text("−"),
			app.Elem("button").Attr("type", "button").Class("map-btn map-zoom-reset").
				Aria("disabled", boolString(z <= 1)).OnClick(m.onZoom(0)).Text(t.ZoomReset),
			app.Elem("span").Class("map-zoom-level").Attr("role", "status").Text(words.Sub(t.ZoomLevel, t.Num(z))),
		),
		app.Elem("button").Attr("type", "button").Class("map-btn map-clear").
			Aria("disabled", boolString(m.Place == "")).OnClick(m.onClear).
			Text(t.ClearPlace(shared, m.Place)),
		m.regions(),
	)
}

// regions draws the region buttons: toggle buttons, the chosen one pressed.
func (m *mapControls) regions() app.UI {
	button := func(id, label string) app.UI {
		name := id
		if name == "" {
			name = "world"
		}
		return app.Elem("button").Attr("type", "button").Class("map-btn map-region").Attr("data-region", name).
			Aria("pressed", boolString(m.Region == id)).OnClick(m.onRegion(id)).Text(label)
	}
	buttons := []app.UI{button("", t.RegionWorld)}
	for _, g := range model.Regions {
		buttons = append(buttons, button(g.ID, t.Region(g.ID)))
	}
	return app.Div().Class("map-regions").Attr("role", "group").Aria("label", t.RegionGroup).Body(buttons...)
}

// onRegion chooses region id ("" for the world).
func (m *mapControls) onRegion(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ctx.PreventUpdate()
		ctl.selectRegion(id)
	}
}

// onZoom zooms in (1), out (-1) or back to the whole map (0).
func (m *mapControls) onZoom(step int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ctx.PreventUpdate()
		ctl.zoomBy(step)
	}
}

func (m *mapControls) onClear(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	if ctl.view.Place != "" {
		ctl.selectPlace(ctl.view.Place)
	}
}
