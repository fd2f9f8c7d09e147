package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
)

// timeline lists the Global Compact process events the text names.
type timeline struct {
	app.Compo
	Events []model.Event
}

// Render draws the timeline.
func (t *timeline) Render() app.UI {
	return app.Elem("section").ID("timeline").Class("timeline").Aria("labelledby", "timeline-h").Body(
		app.Elem("h2").ID("timeline-h").Text("Towards the Global Compact: timeline"),
		app.Elem("ol").Body(
			app.Range(t.Events).Slice(func(i int) app.UI {
				e := t.Events[i]
				return app.Elem("li").Body(
					app.Elem("time").Attr("datetime", e.Date).Text(e.Date),
					app.Text(" "+e.Label+" "),
					app.Elem("a").Attr("href", "#"+e.Paragraph).Text("¶ "+e.Paragraph),
				)
			}),
		),
	)
}
