package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
)

// Slots of the document that hold an island (data-island="…").
const (
	slotNotice      = "notice"
	slotShare       = "share"
	slotFilters     = "filters"
	slotResult      = "result"
	slotMapControls = "map-controls"
	slotMapInfo     = "map-info"
)

// Root is go-app's root component: the first element of <body>, never
// displayed (#islands). In the browser it renders the islands and each
// island moves its element into its slot of the document when it mounts
// (adopt), where it replaces the prerendered copy of the same markup. The
// islands keep their root element's tag, so go-app updates them in place and
// never needs the moved element's old parent. On the server Root renders
// only the empty container: the islands are prerendered in their slots.
type Root struct {
	app.Compo
}

// Render draws the islands for the controller's view.
func (r *Root) Render() app.UI {
	if app.IsServer {
		return app.Div().ID("islands")
	}
	return islands(ctl.view, ctl.res, &ctl.mapView)
}

// islands are the islands for a view, in the #islands container.
func islands(v state.View, res state.Result, m *mapView) app.UI {
	var all []app.UI
	for _, is := range islandsFor(v, res, m) {
		all = append(all, is.ui)
	}
	return app.Div().ID("islands").Body(all...)
}

// island is one island and the slot of the document it goes into.
type island struct {
	slot string
	ui   app.UI
}

// islandsFor lists every island for a view, in the order go-app mounts them:
// the one list the browser renders and the build prerenders (Islands).
func islandsFor(v state.View, res state.Result, m *mapView) []island {
	tip := m.tip()
	if tip == "" && !m.dismissed {
		tip = v.Place // with nothing hovered or focused, the box keeps the selected place
	}
	shown := -1
	if i := shared.PlaceIndex(tip); i >= 0 && v.Filtering() {
		shown = res.PlaceCounts[i]
	}
	return []island{
		{slotNotice, &appNotice{Embed: v.Embed}},
		{slotShare, &shareDialog{}},
		{slotFilters, &filters{View: v, Counts: res.ThemeCounts, Objectives: res.ObjectiveCounts}},
		{slotResult, &resultBar{View: v, Status: status(v, res)}},
		{slotMapControls, &mapControls{Zoom: m.zoomLevel(), Place: v.Place, Region: v.Region}},
		{slotMapInfo, &mapInfo{Place: tip, Shown: shown, Selected: tip != "" && tip == v.Place}},
	}
}

// OnMount runs once the islands are in their slots: the page is
// interactive. The controller owns the history (listen.go): go-app's own
// popstate handler would mount a new Root for every query change, so it is
// switched off.
func (r *Root) OnMount(ctx app.Context) {
	ctl.root, ctl.disp = r, ctx.Dispatcher()
	app.Window().Set("onpopstate", nil)
	ctl.set(takeQueue(ctl.view), replaceURL) // taps queued until the islands were live
	ctx.Defer(func(app.Context) {
		markReady()
		startFrame() // embedding (frame.go): tell a parent window "ready", then its height
	})
}

// adopt moves an island's element into its slot, replacing the prerendered
// markup, and gives the focus back if the reader was in the slot (typing in
// the search box before the wasm was ready).
func adopt(slot string, el app.Value) {
	doc := app.Window().Get("document")
	s := doc.Call("querySelector", `[data-island="`+slot+`"]`)
	if !s.Truthy() {
		return
	}
	active := doc.Get("activeElement")
	focusID := ""
	if active.Truthy() && s.Call("contains", active).Bool() {
		focusID = active.Get("id").String()
	}
	s.Call("replaceChildren", el)
	if focusID == "" {
		return
	}
	if f := doc.Call("getElementById", focusID); f.Truthy() {
		f.Call("focus", map[string]any{"preventScroll": true})
		if v := f.Get("value"); v.Type() == app.TypeString && f.Get("setSelectionRange").Truthy() {
			n := v.Get("length").Int() // UTF-16 units, as the field counts them
			f.Call("setSelectionRange", n, n)
		}
	}
}

// status is the live region's sentence; when nothing matches it says so
// first (the result bar's chips and Clear offer the way back).
func status(v state.View, res state.Result) string {
	s := t.Status(shared, v, res)
	if v.Filtering() && res.Shown == 0 {
		s = t.NoMatch + " " + s
	}
	return s
}
