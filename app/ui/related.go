package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// related lists the "Similar documents" titles of the source page.
type related struct {
	app.Compo
	Titles []string
}

// Render draws the related documents, collapsed by default.
func (r *related) Render() app.UI {
	return app.Section().ID("related").Class("related").Aria("labelledby", "related-h").Body(
		app.H2().ID("related-h").Text("Related documents"),
		app.Details().Body(
			app.Summary().Text(itoa(len(r.Titles))+" titles listed beside the source text (titles only)"),
			app.Ul().Body(
				app.Range(r.Titles).Slice(func(i int) app.UI { return app.Li().Text(r.Titles[i]) }),
			),
		),
	)
}
