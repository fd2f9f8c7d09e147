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
	View       state.View
	Counts     []int // per theme: the paragraphs it would show (state.Result.ThemeCounts)
	Objectives []int // per GCM objective: the paragraphs it would show
}

// OnMount moves the island into its slot.
func (f *filters) OnMount(ctx app.Context) { adopt(slotFilters, f.JSValue()) }

// Render draws the filter controls.
func (f *filters) Render() app.UI {
	r := shared.Report
	return app.Elem("section").Class("filters").Aria("label", t.FilterLabel).Body(
		app.Div().Class("search").Body(
			app.Elem("label").Attr("for", "search").Text(t.SearchLabel),
			app.ElemSelfClosing("input").Attr("type", "search").ID("search").Attr("name", "q").
				Attr("placeholder", t.SearchPlaceholder).Attr("autocomplete", "off").
				Attr("value", f.View.Query).OnInput(f.onSearch),
		),
		app.Elem("fieldset").Class("themes").Body(
			app.Elem("legend").Text(t.ThemesLegend),
			app.Elem("ul").Class("theme-list").OnKeyDown(onRoveKey).
				On("focusin", onRoveFocus(groupThemes), groupThemes).Body(
				app.Range(r.Themes).Slice(func(i int) app.UI {
					th := t.ThemeOf(&r.Themes[i])
					id := r.Themes[i].ID
					return app.Elem("li").Body(
						app.Elem("button").Attr("type", "button").Class("theme").ID("theme-"+string(id)).
							Attr("tabindex", tabIndex(groupThemes, i)).
							Aria("pressed", boolString(f.View.HasTheme(id))).Title(th.Description).
							DataSet("act", "theme").DataSet("value", string(id)).OnClick(f.onTheme).Body(
							app.Elem("span").Class("theme-label").Text(th.Label),
							app.Elem("span").Class("theme-count").Aria("hidden", "true").Text(t.Num(f.Counts[i])),
						),
					)
				}),
			),
		),
		f.objectives(),
	)
}

// objectives are the GCM objectives as toggles, folded away by default:
// the editorial cross-reference, labelled as such.
func (f *filters) objectives() app.UI {
	r := shared.Report
	if len(r.Objectives) == 0 {
		return nil
	}
	return app.Elem("details").Class("gcm-filter").Body(
		app.Elem("summary").Text(t.GCMFilter),
		app.Elem("p").Class("note").Text(t.GCMFilterNote),
		app.Elem("ul").Class("gcm-list").OnKeyDown(onRoveKey).
			On("focusin", onRoveFocus(groupObjectives), groupObjectives).Body(
			app.Range(r.Objectives).Slice(func(i int) app.UI {
				o := r.Objectives[i]
				return app.Elem("li").Body(
					app.Elem("button").Attr("type", "button").Class("theme gcm").ID("gcm-chip-"+itoa(int(o.Number))).
						Attr("tabindex", tabIndex(groupObjectives, i)).
						Aria("pressed", boolString(f.View.HasObjective(o.Number))).
						DataSet("act", "gcm").DataSet("value", itoa(int(o.Number))).OnClick(f.onObjective).Body(
						app.Elem("span").Class("gcm-num").Text(t.Num(int(o.Number))),
						app.Elem("span").Class("theme-label").Lang("en").Text(o.Title), // the resolution's English title
						app.Elem("span").Class("theme-count").Aria("hidden", "true").Text(t.Num(f.Objectives[i])),
					),
				)
			}),
		),
	)
}

func (f *filters) onObjective(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	if n, ok := objectiveNumber(ctx.JSSrc().Get("dataset").Get("value").String()); ok {
		ctl.set(ctl.view.ToggleObjective(n, shared.Report), pushURL)
	}
}

func (f *filters) onTheme(ctx app.Context, e app.Event) {
	ctx.PreventUpdate() // the controller re-renders the islands
	if id, ok := themeID(ctx.JSSrc().Get("dataset").Get("value").String()); ok {
		ctl.toggleTheme(id)
	}
}

func (f *filters) onSearch(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	ctl.search(ctx.JSSrc().Get("value").String())
}
