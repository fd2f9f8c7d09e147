package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
	"idmreport/app/words"
)

// resultBar is the island that gives the filters' answer on screen: Clear,
// how many paragraphs the view shows (the page's one live region; when
// nothing matches it says so first) and each active filter as a chip that
// removes it. Its slot is a child of main, so while a filter is on the
// stylesheet can keep it in sight (sticky) while the reader scrolls the text.
type resultBar struct {
	app.Compo
	View   state.View
	Status string
}

// OnMount moves the island into its slot.
func (f *resultBar) OnMount(ctx app.Context) { adopt(slotResult, f.JSValue()) }

// Render draws the bar.
func (f *resultBar) Render() app.UI {
	class := "result-bar"
	if f.View.Filtering() {
		class += " is-filtering"
	}
	clear := app.Elem("button").Attr("type", "button").Class("clear").ID("clear").OnClick(f.onClear).Text(t.ClearAll)
	if !f.View.Filtering() {
		clear = clear.Attr("disabled", true)
	}
	active := activeFilters(f.View)
	return app.Div().Class(class).Body(
		clear,
		app.Elem("p").Class("status").Aria("live", "polite").Attr("role", "status").Text(f.Status),
		app.Elem("ul").Class("active-filters").Body(
			app.Range(active).Slice(func(i int) app.UI {
				a := active[i]
				return app.Elem("li").Body(
					app.Elem("button").Attr("type", "button").Class("active-filter").
						DataSet("remove", a.key).Aria("label", words.Sub(t.RemoveFilter, a.label)).
						OnClick(f.onRemove).Body(
						app.Elem("span").Text(a.label),
						app.Elem("span").Class("remove").Aria("hidden", "true").Text("×"),
					),
				)
			}),
		),
	)
}

// activeFilter is one filter of the view, as a chip: what it says and the
// key that removes it ("theme:children", "gcm:7", "q", "country", "speaker").
type activeFilter struct{ key, label string }

// activeFilters lists the view's filters in the order of the controls.
func activeFilters(v state.View) []activeFilter {
	var out []activeFilter
	if v.Query != "" {
		out = append(out, activeFilter{"q", words.Sub(t.FilterSearch, v.Query)})
	}
	for _, id := range v.Themes {
		if th := shared.Theme(id); th != nil {
			out = append(out, activeFilter{"theme:" + string(id), t.ThemeOf(th).Label})
		}
	}
	for _, n := range v.Objectives {
		out = append(out, activeFilter{"gcm:" + strconv.Itoa(int(n)), words.Sub(t.FilterObjective, t.Num(int(n)))})
	}
	if p := shared.Place(v.Place); p != nil {
		out = append(out, activeFilter{"country", p.Name})
	}
	if s := shared.Speaker(v.Speaker); s != nil {
		out = append(out, activeFilter{"speaker", s.Name})
	}
	return out
}

// without returns the view with the filter of key removed.
func without(v state.View, key string) state.View {
	kind, value, _ := strings.Cut(key, ":")
	switch kind {
	case "q":
		v.Query = ""
	case "theme":
		if id, ok := themeID(value); ok {
			v = v.ToggleTheme(id, shared.Report)
		}
	case "gcm":
		if n, ok := objectiveNumber(value); ok {
			v = v.ToggleObjective(n, shared.Report)
		}
	case "country":
		v = v.SelectPlace(v.Place)
	case "speaker":
		v = v.SelectSpeaker(v.Speaker)
	}
	return v
}

func (f *resultBar) onClear(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	ctl.clear()
}

func (f *resultBar) onRemove(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	ctl.set(without(ctl.view, ctx.JSSrc().Get("dataset").Get("remove").String()), pushURL)
}
