package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
)

// practiceCard is one good practice: its editorial title, who shared it, its
// text with search matches marked, its themes and a link to its paragraph.
type practiceCard struct {
	app.Compo
	Pr    *model.Practice
	Ix    *state.Index
	Who   string
	Shown bool
	Terms []string
}

// Render draws the card.
func (c *practiceCard) Render() app.UI {
	pr := c.Pr
	return app.Elem("li").Class("card").Hidden(!c.Shown).Body(
		app.Elem("h3").Text(pr.Title),
		app.Elem("p").Class("who").Text(c.Who),
		app.Elem("p").Body(marked(pr.Text, c.Terms)...),
		app.Elem("p").Class("tags").Body(
			themeTags(c.Ix, pr.Themes),
			app.Elem("a").Attr("href", "#"+pr.Paragraph).Text("In the report ¶ "+pr.Paragraph),
		),
	)
}
