package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
)

// masthead is the site header: title, theme, dates, venue and key figures.
type masthead struct {
	app.Compo
	Doc     *model.Document
	Figures []model.Figure
}

// Render draws the header.
func (m *masthead) Render() app.UI {
	d := m.Doc
	return app.Elem("header").ID("masthead").Class("masthead").Body(
		app.Elem("p").Class("kicker").Text(d.Organiser+" · "+d.Kind),
		app.Elem("h1").Text(d.Title),
		app.Elem("p").Class("subtitle").Text(d.Subtitle),
		app.Elem("p").Class("meta").Body(
			app.Elem("time").Attr("datetime", d.Start).Text(d.Dates),
			app.Text(" · "+d.Venue+", "+d.City+" · "+d.Workshop),
		),
		app.Elem("dl").Class("figures").Body(
			app.Range(m.Figures).Slice(func(i int) app.UI {
				f := m.Figures[i]
				return app.Div().Class("figure").Body(
					app.Elem("dt").Text(f.Value),
					app.Elem("dd").Body(app.Elem("a").Attr("href", "#"+f.Paragraph).Text(f.Label)),
				)
			}),
		),
	)
}
