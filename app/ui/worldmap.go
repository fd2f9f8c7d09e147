package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
)

// mapStageID is the id of the element that holds the map's svg and info box.
const mapStageID = "map-stage"

// maxZoom is the largest zoom factor; the buttons double or halve it.
const maxZoom = 8

// worldMap is the speaker map: a figure with the svg map (built as a string
// by mapSVG and shown with app.Raw), zoom buttons, an info box, a legend, the
// speakers who are not placed and the same data as a table (placeTable).
//
// What the reader selects goes to the page as actPlace; the component keeps
// only its own state (zoom, what is hovered or focused) in unexported fields,
// which go-app does not overwrite from the parent.
type worldMap struct {
	app.Compo
	Ix        *state.Index
	View      state.View
	Res       state.Result
	TableLive bool // progressive mounting: the table is live (chunk.go)

	zoom   int     // 1, 2, 4 or 8; 0 means 1
	cx, cy float64 // centre of the view in map units, when centred
	moved  bool    // cx, cy are set (else the map's centre)

	hover     string // place under the pointer (kept while the pointer is in the stage)
	focus     string // place of the focused mark in the stage
	dismissed bool   // Escape closed the info box

	refocus string // selector of the mark to focus again after the svg is replaced

	svgKey string // what svg was built for
	svg    string

	docKey app.Func // document keydown listener (Escape closes the info box)
}

// OnMount listens for Escape anywhere on the page, so the info box of a
// hovered place can be closed without moving the pointer.
func (m *worldMap) OnMount(ctx app.Context) {
	if app.IsServer {
		return
	}
	m.docKey = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 || args[0].Get("key").String() != "Escape" {
			return nil
		}
		target := args[0].Get("target")
		ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Next, Source: m, Function: func(ctx app.Context) {
			if m.tip() == "" || inStage(target) {
				return // the stage's own handler deals with keys pressed in it
			}
			m.dismissed = true
			m.Update()
		}})
		return nil
	})
	app.Window().Get("document").Call("addEventListener", "keydown", m.docKey)
}

// OnDismount removes the document listener.
func (m *worldMap) OnDismount() {
	if m.docKey == nil {
		return
	}
	app.Window().Get("document").Call("removeEventListener", "keydown", m.docKey)
	m.docKey.Release()
	m.docKey = nil
}

// OnUpdate runs after the page gave the map a new view. When the reader
// selected a mark in the map, the new svg replaced the old one and the focus
// was lost with it: put it back on the mark of the same place.
func (m *worldMap) OnUpdate(ctx app.Context) {
	if m.refocus == "" {
		return
	}
	sel := m.refocus
	m.refocus = ""
	ctx.Defer(func(app.Context) { restoreFocus(sel) })
}

// Render draws the figure.
func (m *worldMap) Render() app.UI {
	r := m.Ix.R
	tip := m.tip()
	return app.Div().ID("map-wrap").Class("map-wrap").Body(
		app.Elem("figure").Class("map").ID("speaker-map").Body(
			app.Elem("figcaption").Class("map-caption").Body(
				app.Elem("strong").Text("Where the speakers came from. "),
				app.Text("States are shaded by how often they are heard (speakers, mentions and good practices); "+
					"circles show the speakers of each state or organisation, organisations at their headquarters. "+
					"Select a state or a circle to show only what concerns it. The table after the map has the same data."),
			),
			m.controls(),
			app.Div().ID(mapStageID).Class("map-stage").
				OnClick(m.onClick).OnKeyDown(m.onKey).On("keypress", m.onKeyPress).
				On("mouseover", m.onOver).On("mouseleave", m.onLeave).
				On("focusin", m.onFocusIn).On("focusout", m.onFocusOut).
				Body(
					app.Raw(m.mapMarkup()),
					m.info(tip),
				),
			m.legend(),
			m.unplaced(r),
		),
		chunk("place-table-wrap", m.TableLive, func() app.UI {
			return &placeTable{Ix: m.Ix, View: m.View, Res: m.Res}
		}),
	)
}

// controls are the zoom buttons and "Clear selection". They stay enabled
// (aria-disabled instead of disabled) so a focused button keeps the focus.
func (m *worldMap) controls() app.UI {
	z := m.zoomLevel()
	sel := m.View.Place != ""
	return app.Div().Class("map-controls").Body(
		app.Div().Class("map-zoom").Attr("role", "group").Aria("label", "Zoom the map").Body(
			app.Elem("button").Attr("type", "button").Class("map-btn map-zoom-in").Aria("label", "Zoom in").
				Aria("disabled", boolString(z >= maxZoom)).OnClick(m.onZoomIn).Text("+"),
			app.Elem("button").Attr("type", "button").Class("map-btn map-zoom-out").Aria("label", "Zoom out").
				Aria("disabled", boolString(z <= 1)).OnClick(m.onZoomOut).Text("−"),
			app.Elem("button").Attr("type", "button").Class("map-btn map-zoom-reset").
				Aria("disabled", boolString(z <= 1)).OnClick(m.onZoomReset).Text("Reset zoom"),
			app.Elem("span").Class("map-zoom-level").Attr("role", "status").Text("Zoom "+itoa(z)+"×"),
		),
		app.Elem("button").Attr("type", "button").Class("map-btn map-clear").
			Aria("disabled", boolString(!sel)).OnClick(m.onClearSelection).
			Text(clearLabel(m.Ix.R, m.View.Place)),
	)
}

// clearLabel names the clear button after the selected place.
func clearLabel(r *model.Report, id string) string {
	if p := placeByID(r, id); p != nil {
		return "Clear selection (" + p.Name + ")"
	}
	return "Clear selection"
}

// placeByID finds a place.
func placeByID(r *model.Report, id string) *model.Place {
	if id == "" {
		return nil
	}
	for i := range r.Places {
		if r.Places[i].ID == id {
			return &r.Places[i]
		}
	}
	return nil
}

// placeIndex finds a place's index, -1 if none.
func placeIndex(r *model.Report, id string) int {
	for i := range r.Places {
		if r.Places[i].ID == id {
			return i
		}
	}
	return -1
}

// mapMarkup returns the svg for the current view and zoom, building it only
// when something it shows has changed (not on hover).
func (m *worldMap) mapMarkup() string {
	vb := m.viewBox()
	var k strings.Builder
	k.WriteString(vb)
	k.WriteByte('|')
	k.WriteString(m.View.Place)
	k.WriteByte('|')
	if dimming(m.View) {
		for i := range m.Ix.R.Places {
			if dimmed(m.View, m.Res, i) {
				k.WriteByte('0')
			} else {
				k.WriteByte('1')
			}
		}
	}
	if key := k.String(); key != m.svgKey || m.svg == "" {
		m.svgKey = key
		m.svg = mapSVG(m.Ix, m.View, m.Res, vb)
	}
	return m.svg
}

// zoomLevel is the zoom factor, 1 by default.
func (m *worldMap) zoomLevel() int {
	if m.zoom < 1 {
		return 1
	}
	return m.zoom
}

// viewBox is the part of the map shown at the current zoom.
func (m *worldMap) viewBox() string {
	mp := &m.Ix.R.Map
	cx, cy := mp.Width/2, mp.Height/2
	if m.moved {
		cx, cy = m.cx, m.cy
	}
	return viewBoxFor(mp, m.zoomLevel(), cx, cy)
}

// viewBoxFor is the viewBox of zoom z centred on cx, cy, kept inside the map.
func viewBoxFor(mp *model.Map, z int, cx, cy float64) string {
	if z <= 1 {
		return fullViewBox(mp)
	}
	w, h := mp.Width/float64(z), mp.Height/float64(z)
	x := clamp(cx-w/2, 0, mp.Width-w)
	y := clamp(cy-h/2, 0, mp.Height-h)
	return num(x) + " " + num(y) + " " + num(w) + " " + num(h)
}

func clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// zoomBy changes the zoom by a factor of two (in: step > 0; out: step < 0),
// centred on the selected place if there is one, else on the current centre.
func (m *worldMap) zoomBy(step int) {
	z := m.zoomLevel()
	switch {
	case step > 0 && z < maxZoom:
		z *= 2
	case step < 0 && z > 1:
		z /= 2
	default:
		return
	}
	m.zoom = z
	if p := placeByID(m.Ix.R, m.View.Place); p != nil {
		m.cx, m.cy, m.moved = p.X, p.Y, true
	}
	if z == 1 {
		m.moved = false
	}
}

// resetZoom shows the whole map again.
func (m *worldMap) resetZoom() { m.zoom, m.moved = 1, false }

func (m *worldMap) onZoomIn(ctx app.Context, e app.Event)  { m.zoomBy(1); m.localUpdate(ctx) }
func (m *worldMap) onZoomOut(ctx app.Context, e app.Event) { m.zoomBy(-1); m.localUpdate(ctx) }
func (m *worldMap) onZoomReset(ctx app.Context, e app.Event) {
	m.resetZoom()
	m.localUpdate(ctx)
}

func (m *worldMap) onClearSelection(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	if m.View.Place != "" {
		ctx.NewActionWithValue(actPlace, "")
	}
}

// localUpdate re-renders the map alone: a DOM event would otherwise
// re-render every ancestor up to the page. Update() also resets a
// PreventUpdate left from an earlier event.
func (m *worldMap) localUpdate(ctx app.Context) {
	ctx.PreventUpdate()
	m.Update()
}
