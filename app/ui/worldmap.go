package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
)

// worldMap is the speaker map (placeholder until the map issue lands).
type worldMap struct {
	app.Compo
	Ix   *state.Index
	View state.View
	Res  state.Result
}

// Render draws the map.
func (m *worldMap) Render() app.UI {
	return app.Figure().Class("map").Body(app.FigCaption().Text("Map of speakers"))
}
