package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
)

// paraView is one paragraph of the report with its anchor and a "copy link"
// action. As its own component it re-renders only when its props change, so
// a filter change touches just the paragraphs that appear or disappear.
type paraView struct {
	app.Compo
	P      *model.Paragraph
	Shown  bool
	Terms  []string
	copied string // what happened to the link: "" (nothing yet), "copied" or "in the address bar"
}

// Render draws the paragraph with search matches marked.
func (v *paraView) Render() app.UI {
	p := v.P
	label := "Copy link"
	if v.copied != "" {
		label = "Link " + v.copied
	}
	return app.Div().ID(p.ID).Class("para").Hidden(!v.Shown).Body(
		app.Elem("p").Body(marked(p.Text, v.Terms)...),
		app.Div().Class("para-tools").Body(
			app.Elem("a").Class("anchor").Attr("href", "#"+p.ID).Aria("label", "Link to paragraph "+p.ID).Text("¶ "+p.ID),
			app.Elem("button").Attr("type", "button").Class("copy").Aria("label", label+" to paragraph "+p.ID).
				OnClick(v.onCopy).Text(label),
		),
	)
}

func (v *paraView) onCopy(ctx app.Context, e app.Event) {
	v.copied = "in the address bar"
	if copyLink(v.P.ID) {
		v.copied = "copied"
	}
}
