package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/mapmarks"
	"idmreport/app/model"
	"idmreport/app/words"
)

// mapControls is the island with the map's zoom buttons and "Clear
// selection". The buttons stay enabled (aria-disabled instead of disabled),
// so a focused button keeps the focus.
type mapControls struct {
	app.Compo
	Zoom  int
	Place model.PlaceID // the selected place, if any
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
	)
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
