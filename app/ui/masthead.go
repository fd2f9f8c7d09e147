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
	return app.Header().ID("masthead").Class("masthead").Body(
		app.P().Class("kicker").Text(d.Organiser+" · "+d.Kind),
		app.H1().Text(d.Title),
		app.P().Class("subtitle").Text(d.Subtitle),
		app.P().Class("meta").Body(
			app.Time().DateTime(d.Start).Text(d.Dates),
			app.Text(" · "+d.Venue+", "+d.City+" · "+d.Workshop),
		),
		app.Dl().Class("figures").Body(
			app.Range(m.Figures).Slice(func(i int) app.UI {
				f := m.Figures[i]
				return app.Div().Class("figure").Body(
					app.Dt().Text(f.Value),
					app.Dd().Body(app.A().Href("#"+f.Paragraph).Text(f.Label)),
				)
			}),
		),
	)
}
