package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
)

// filters holds the theme toggles, the search box and the live result count.
type filters struct {
	app.Compo
	Ix   *state.Index
	View state.View
	Res  state.Result
}

// Render draws the filter controls.
func (f *filters) Render() app.UI {
	r := f.Ix.R
	return app.Elem("section").Class("filters").Aria("label", "Filter the report").Body(
		app.Div().Class("search").Body(
			app.Elem("label").Attr("for", "search").Text("Search the report"),
			app.ElemSelfClosing("input").Attr("type", "search").ID("search").Attr("name", "q").
				Attr("placeholder", "e.g. Palermo, children, Ghana").Attr("autocomplete", "off").
				Attr("value", f.View.Query).OnInput(f.onSearch),
		),
		app.Elem("fieldset").Class("themes").Body(
			app.Elem("legend").Text("Themes — a paragraph shows if it has any of the selected themes"),
			app.Elem("ul").Class("theme-list").Body(
				app.Range(r.Themes).Slice(func(i int) app.UI {
					th := r.Themes[i]
					on := f.View.HasTheme(th.ID)
					return app.Elem("li").Body(
						app.Elem("button").Attr("type", "button").Class("theme").ID("theme-"+th.ID).
							Aria("pressed", boolString(on)).Title(th.Description).
							DataSet("theme", th.ID).OnClick(f.onTheme, th.ID).Body(
							app.Elem("span").Class("theme-label").Text(th.Label),
							app.Elem("span").Class("theme-count").Aria("hidden", "true").Text(itoa(f.Res.ThemeCounts[i])),
						),
					)
				}),
			),
			app.Elem("button").Attr("type", "button").Class("clear").ID("clear").
				Attr("disabled", !f.View.Filtering()).OnClick(f.onClear).Text("Clear all filters"),
		),
		app.Elem("p").Class("status").Aria("live", "polite").Attr("role", "status").Text(status(f.Ix, f.View, f.Res)),
	)
}

func (f *filters) onTheme(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("theme").String()
	ctx.NewActionWithValue(actTheme, id)
}

func (f *filters) onClear(ctx app.Context, e app.Event) { ctx.NewAction(actClear) }

func (f *filters) onSearch(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actSearch, ctx.JSSrc().Get("value").String())
}

// status is the sentence the live region reads out.
func status(ix *state.Index, v state.View, res state.Result) string {
	total := len(ix.R.Paragraphs)
	if !v.Filtering() {
		return "Showing all " + itoa(total) + " paragraphs."
	}
	n := 0
	for _, s := range res.Speakers {
		if s {
			n++
		}
	}
	m := 0
	for _, p := range res.Practices {
		if p {
			m++
		}
	}
	return "Showing " + itoa(res.Shown) + " of " + itoa(total) + " paragraphs, " +
		plural(m, "good practice", "good practices") + " and " + plural(n, "speaker", "speakers") +
		selection(ix, v) + "."
}

// selection names the selected place or speaker for the status sentence.
func selection(ix *state.Index, v state.View) string {
	for _, p := range ix.R.Places {
		if p.ID == v.Place {
			return " for " + p.Name
		}
	}
	for _, s := range ix.R.Speakers {
		if s.ID == v.Speaker {
			return " for " + s.Name
		}
	}
	return ""
}

func boolString(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
