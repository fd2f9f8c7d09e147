package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
)

// speakerCard is one speaker in the directory: name, role, organisation, the
// state or organisation represented, the paragraphs that cite them, their
// themes, and a button that narrows the report to them. As its own component
// it re-renders only when its props change.
type speakerCard struct {
	app.Compo
	S        *model.Speaker
	Ix       *state.Index
	Shown    bool
	Selected bool
	Terms    []string
}

// Render draws the card.
func (c *speakerCard) Render() app.UI {
	sp := c.S
	place := ""
	for _, p := range c.Ix.R.Places {
		if p.ID == sp.Represents {
			place = p.Name
		}
	}
	selected := c.Selected
	return app.Elem("li").ID("speaker-"+sp.ID).Class("card speaker").Hidden(!c.Shown).Body(
		app.Elem("h4").Body(marked(sp.Name, c.Terms)...),
		app.Elem("p").Class("role").Body(marked(join(sp.Role, sp.Organisation), c.Terms)...),
		app.If(place != "", app.Elem("p").Class("represents").Text("Represents: "+place)),
		app.Elem("p").Class("cites").Body(
			app.Text("Cited in "),
			app.Range(sp.Paragraphs).Slice(func(i int) app.UI {
				return app.Elem("a").Attr("href", "#"+sp.Paragraphs[i]).Text("¶ " + sp.Paragraphs[i] + " ")
			}),
		),
		themeTags(c.Ix, sp.Themes),
		app.Elem("button").Attr("type", "button").Class("select").DataSet("speaker", sp.ID).
			Aria("pressed", boolString(selected)).OnClick(c.onSelect).
			Text(selectLabel(selected, sp.Name)),
	)
}

func selectLabel(selected bool, name string) string {
	if selected {
		return "Show everyone (clear " + name + ")"
	}
	return "Show only " + name
}

func (c *speakerCard) onSelect(ctx app.Context, e app.Event) {
	id := c.S.ID
	if c.Selected {
		id = ""
	}
	ctx.NewActionWithValue(actSpeaker, id)
}
