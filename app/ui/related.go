package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// related lists the "Similar documents" titles of the source page.
type related struct {
	app.Compo
	Titles []string
}

// Render draws the related documents, collapsed by default.
func (r *related) Render() app.UI {
	return app.Elem("section").ID("related").Class("related").Aria("labelledby", "related-h").Body(
		app.Elem("h2").ID("related-h").Text("Related documents"),
		app.Elem("details").Body(
			app.Elem("summary").Text(itoa(len(r.Titles))+" titles listed beside the source text (titles only)"),
			app.Elem("ul").Body(
				app.Range(r.Titles).Slice(func(i int) app.UI { return app.Elem("li").Text(r.Titles[i]) }),
			),
		),
	)
}
