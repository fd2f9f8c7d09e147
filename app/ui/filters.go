package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
)

// filters is the island with the search box, the theme chips (with how
// many paragraphs each would show), "Clear all filters" and the one live
// region that says what the view shows.
type filters struct {
	app.Compo
	View   state.View
	Counts []int  // per theme: the paragraphs it would show (state.Result.ThemeCounts)
	Status string // what the view shows, in words
}

// OnMount moves the island into its slot.
func (f *filters) OnMount(ctx app.Context) { adopt(slotFilters, f.JSValue()) }

// Render draws the filter controls.
func (f *filters) Render() app.UI {
	r := shared.Report
	clear := app.Elem("button").Attr("type", "button").Class("clear").ID("clear").OnClick(f.onClear).Text("Clear all filters")
	if !f.View.Filtering() {
		clear = clear.Attr("disabled", true)
	}
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
					return app.Elem("li").Body(
						app.Elem("button").Attr("type", "button").Class("theme").ID("theme-"+th.ID).
							Aria("pressed", boolString(f.View.HasTheme(th.ID))).Title(th.Description).
							DataSet("act", "theme").DataSet("value", th.ID).OnClick(f.onTheme).Body(
							app.Elem("span").Class("theme-label").Text(th.Label),
							app.Elem("span").Class("theme-count").Aria("hidden", "true").Text(itoa(f.Counts[i])),
						),
					)
				}),
			),
			clear,
		),
		app.Elem("p").Class("status").Aria("live", "polite").Attr("role", "status").
			Text(f.Status),
	)
}

func (f *filters) onTheme(ctx app.Context, e app.Event) {
	ctx.PreventUpdate() // the controller re-renders the islands
	ctl.toggleTheme(ctx.JSSrc().Get("dataset").Get("value").String())
}

func (f *filters) onClear(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	ctl.clear()
}

func (f *filters) onSearch(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	ctl.search(ctx.JSSrc().Get("value").String())
}
