package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// appNotice shows "Update available — reload" and the Install control
// (placeholder until the offline issue lands).
type appNotice struct {
	app.Compo
	Embed bool
}

// Render draws the notices.
func (n *appNotice) Render() app.UI {
	return app.Div().Class("app-notice")
}
