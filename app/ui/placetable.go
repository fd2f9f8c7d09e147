package ui

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
)

// placeTableCaptionID labels the table's scroll region.
const placeTableCaptionID = "place-table-caption"

// placeTable is the map's text alternative: every state and organisation of
// the report with its counts. Each name is a toggle button that selects the
// place (actPlace), like a click on the map. Rows are never removed, only
// marked, so go-app's positional diff stays cheap.
type placeTable struct {
	app.Compo
	Ix   *state.Index
	View state.View
	Res  state.Result
}

// Render draws the table.
func (t *placeTable) Render() app.UI {
	r := t.Ix.R
	shapes := shapeOf(&r.Map)
	order := placeOrder(r)
	return app.Div().ID("place-table-wrap").Class("place-table-wrap").Attr("role", "region").
		Aria("labelledby", placeTableCaptionID).TabIndex(0).Body(
		app.Elem("table").Class("place-table").Body(
			app.Elem("caption").ID(placeTableCaptionID).Text("The map as a table: states and organisations heard at the workshop"),
			app.Elem("thead").Body(app.Elem("tr").Body(
				app.Elem("th").Attr("scope", "col").Text("State or organisation"),
				app.Elem("th").Attr("scope", "col").Text("Kind"),
				app.Elem("th").Attr("scope", "col").Class("num").Text("Speakers"),
				app.Elem("th").Attr("scope", "col").Class("num").Text("Mentions"),
				app.Elem("th").Attr("scope", "col").Class("num").Text("Good practices"),
				app.Elem("th").Attr("scope", "col").Class("num").Text("Paragraphs shown"),
				app.Elem("th").Attr("scope", "col").Text("On the map"),
			)),
			app.Elem("tbody").Body(
				app.Range(order).Slice(func(k int) app.UI {
					i := order[k]
					p := &r.Places[i]
					sel := t.View.Place == p.ID
					dim := dimmed(t.View, t.Res, i)
					shown := 0
					if i < len(t.Res.PlaceCounts) {
						shown = t.Res.PlaceCounts[i]
					}
					return app.Elem("tr").Class(rowClass(sel, dim)).Body(
						app.Elem("th").Attr("scope", "row").Body(
							app.Elem("button").Attr("type", "button").Class("place-select").
								DataSet("place", p.ID).Aria("pressed", boolString(sel)).
								OnClick(t.onSelect).Text(p.Name),
						),
						app.Elem("td").Text(kindOf(r, p)),
						app.Elem("td").Class("num").Text(itoa(len(p.Speakers))),
						app.Elem("td").Class("num").Text(itoa(len(p.Mentions))),
						app.Elem("td").Class("num").Text(itoa(len(p.Practices))),
						app.Elem("td").Class("num").Text(itoa(shown)),
						app.Elem("td").Text(onMapText(p, shapes[p.ID] != "")),
					)
				}),
			),
		),
	)
}

// rowClass marks the selected row and the rows the filters leave out.
func rowClass(selected, dim bool) string {
	c := "place-row"
	if dim {
		c += " is-dim"
	}
	if selected {
		c += " is-selected"
	}
	return c
}

// onMapText says how a place is drawn on the map.
func onMapText(p *model.Place, shape bool) string {
	var parts []string
	switch {
	case shape:
		parts = append(parts, "shaded ("+strings.ToLower(heardClassLabels[heardClass(heard(p))-1])+")")
	case p.Kind == model.KindState:
		parts = append(parts, "square")
	}
	if len(p.Speakers) > 0 {
		parts = append(parts, "circle")
	}
	if len(parts) == 0 {
		return "not drawn (no speakers)"
	}
	return strings.Join(parts, ", ")
}

// placeOrder lists the places for the table: states, then organisations,
// each alphabetically.
func placeOrder(r *model.Report) []int {
	order := make([]int, len(r.Places))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		sa, sb := r.Places[a].Kind == model.KindState, r.Places[b].Kind == model.KindState
		if sa != sb {
			if sa {
				return -1
			}
			return 1
		}
		if c := strings.Compare(r.Places[a].Name, r.Places[b].Name); c != 0 {
			return c
		}
		return strings.Compare(r.Places[a].ID, r.Places[b].ID)
	})
	return order
}

func (t *placeTable) onSelect(ctx app.Context, e app.Event) {
	ctx.PreventUpdate() // the page re-renders after the action
	id := ctx.JSSrc().Get("dataset").Get("place").String()
	if id == "" {
		return
	}
	ctx.NewActionWithValue(actPlace, toggled(t.View, id))
}
