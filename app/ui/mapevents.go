package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
)

// This file holds the map's event handlers: selection, keys, hover, focus.

// toggled is the place to send when place id is selected in view v:
// selecting the selected place again clears the selection.
func toggled(v state.View, id string) string {
	if id == v.Place {
		return ""
	}
	return id
}

// selectMark sends the selection to the page and remembers which mark to
// focus again once the new svg is in.
func (m *worldMap) selectMark(ctx app.Context, id, mark string) {
	ctx.PreventUpdate() // the page re-renders everything after the action
	m.refocus = markSelector(id, mark)
	ctx.NewActionWithValue(actPlace, toggled(m.View, id))
}

// markSelector is the CSS selector of a mark, "" for unexpected ids.
func markSelector(id, mark string) string {
	if !safeToken(id) || !safeToken(mark) {
		return ""
	}
	return `[data-place="` + id + `"][data-mark="` + mark + `"]`
}

// safeToken reports whether s is a non-empty [a-z0-9_-] token.
func safeToken(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

func (m *worldMap) onClick(ctx app.Context, e app.Event) {
	id, mark := markAt(ctx, e)
	if id == "" {
		ctx.PreventUpdate()
		return
	}
	m.selectMark(ctx, id, mark)
}

func (m *worldMap) onKey(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "Enter", " ", "Spacebar":
		id, mark := markAt(ctx, e)
		if id == "" {
			ctx.PreventUpdate()
			return
		}
		e.PreventDefault() // Space would scroll the page
		m.selectMark(ctx, id, mark)
	case "Escape":
		// First Escape closes the info box, the next one clears the selection.
		if m.tip() != "" {
			m.dismissed = true
			m.localUpdate(ctx)
			return
		}
		ctx.PreventUpdate()
		if m.View.Place != "" {
			id, mark := markAt(ctx, e)
			m.refocus = markSelector(id, mark)
			ctx.NewActionWithValue(actPlace, "")
		}
	default:
		ctx.PreventUpdate()
	}
}

// onKeyPress stops Space from scrolling the page where a keypress follows a
// prevented keydown anyway (synthetic key events, e.g. from DevTools).
func (m *worldMap) onKeyPress(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	if k := e.Get("key").String(); k == " " || k == "Spacebar" {
		if id, _ := markAt(ctx, e); id != "" {
			e.PreventDefault()
		}
	}
}

func (m *worldMap) onOver(ctx app.Context, e app.Event) {
	id, _ := markAt(ctx, e)
	if id == "" || id == m.hover {
		ctx.PreventUpdate() // between marks the box keeps the last place
		return
	}
	m.hover, m.dismissed = id, false
	m.localUpdate(ctx)
}

func (m *worldMap) onLeave(ctx app.Context, e app.Event) {
	if m.hover == "" {
		ctx.PreventUpdate()
		return
	}
	m.hover = ""
	m.localUpdate(ctx)
}

func (m *worldMap) onFocusIn(ctx app.Context, e app.Event) {
	id, mark := markAt(ctx, e)
	if m.panTo(id) {
		// The focused mark was outside the zoomed view: the view moved to it
		// and the new svg replaces the focused element; focus it again.
		sel := markSelector(id, mark)
		ctx.Defer(func(app.Context) { restoreFocus(sel) })
	} else if id == m.focus {
		ctx.PreventUpdate()
		return
	}
	m.focus, m.dismissed = id, false
	m.localUpdate(ctx)
}

// panTo centres the zoomed view on place id when its point is outside the
// view (or too close to its edge), so keyboard focus is never on a hidden
// mark. It reports whether the view moved.
func (m *worldMap) panTo(id string) bool {
	p := placeByID(m.Ix.R, id)
	if p == nil || m.zoomLevel() <= 1 {
		return false
	}
	x, y, w, h := parseViewBox(m.viewBox(), &m.Ix.R.Map)
	mx, my := w/10, h/10
	if p.X >= x+mx && p.X <= x+w-mx && p.Y >= y+my && p.Y <= y+h-my {
		return false
	}
	m.cx, m.cy, m.moved = p.X, p.Y, true
	return true
}

func (m *worldMap) onFocusOut(ctx app.Context, e app.Event) {
	to := e.Get("relatedTarget")
	if m.focus == "" || (to.Truthy() && ctx.JSSrc().Call("contains", to).Bool()) {
		ctx.PreventUpdate() // focus moves within the map: focusin follows
		return
	}
	m.focus = ""
	m.localUpdate(ctx)
}

// tip is the place the info box shows: the hovered one, else the focused one.
func (m *worldMap) tip() string {
	if m.dismissed {
		return ""
	}
	if m.hover != "" {
		return m.hover
	}
	return m.focus
}

// markAt finds the mark an event happened on: its place id and data-mark.
func markAt(ctx app.Context, e app.Event) (id, mark string) {
	t := e.Get("target")
	if !t.Truthy() || !t.Get("closest").Truthy() {
		return "", ""
	}
	el := t.Call("closest", "[data-place]")
	if !el.Truthy() || !ctx.JSSrc().Call("contains", el).Bool() {
		return "", ""
	}
	return el.Call("getAttribute", "data-place").String(), el.Call("getAttribute", "data-mark").String()
}

// inStage reports whether a DOM node is inside the map's stage.
func inStage(n app.Value) bool {
	if app.IsServer || !n.Truthy() {
		return false
	}
	st := app.Window().Get("document").Call("getElementById", mapStageID)
	return st.Truthy() && st.Call("contains", n).Bool()
}

// restoreFocus focuses the mark matching sel in the new svg, unless the
// reader has put the focus somewhere else meanwhile.
func restoreFocus(sel string) {
	if app.IsServer || sel == "" {
		return
	}
	doc := app.Window().Get("document")
	st := doc.Call("getElementById", mapStageID)
	if !st.Truthy() {
		return
	}
	el := st.Call("querySelector", sel)
	if !el.Truthy() {
		return
	}
	act := doc.Get("activeElement")
	if act.Truthy() && act.Equal(el) {
		return
	}
	lost := !act.Truthy() || act.Equal(doc.Get("body")) || !act.Get("isConnected").Bool() || st.Call("contains", act).Bool()
	if !lost {
		return
	}
	el.Call("focus") // scrolls only if the filtered page moved the mark out of view
}
