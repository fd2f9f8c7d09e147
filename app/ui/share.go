package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
)

// shareDialog gives the link and the embed snippet for the current view
// (placeholder until the embedding issue lands).
type shareDialog struct {
	app.Compo
	View state.View
}

// Render draws the share control.
func (s *shareDialog) Render() app.UI {
	return app.Div().Class("share")
}
