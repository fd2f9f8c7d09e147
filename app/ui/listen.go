package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/app/words"
)

// The document's own controls (copy-link and speaker buttons, the place
// table's buttons, the map's marks) are static markup, not islands: one
// listener per event type on the document handles them all by their
// data-act or data-place attributes. The functions live as long as the page,
// so they are never released.
var listeners []app.Func

// listen adds the document's listeners.
func listen() {
	w := app.Window()
	doc := w.Get("document")
	on := func(target app.Value, event string, fn func(e app.Value)) {
		f := app.FuncOf(func(_ app.Value, args []app.Value) any {
			fn(args[0])
			return nil
		})
		listeners = append(listeners, f)
		target.Call("addEventListener", event, f)
	}
	on(doc, "click", onClick)
	on(doc, "keydown", onKey)
	on(doc, "keyup", onKeyUp)
	on(w, "popstate", func(app.Value) { ctl.set(state.Parse(w.URL(), shared), keepURL) })
	on(w, "hashchange", func(app.Value) {
		v := ctl.view
		v.Paragraph = state.Parse(w.URL(), shared).Paragraph
		ctl.set(v, keepURL)
	})
	on(w, "resize", func(app.Value) { ctl.fitMarks() })
	ctl.fitMarks()
	if stage := doc.Call("getElementById", "map-stage"); stage.Truthy() {
		on(stage, "mouseover", func(e app.Value) { ctl.hover(markOf(e), true) })
		on(stage, "mouseleave", func(app.Value) { ctl.hover("", false) })
		on(stage, "focusin", func(e app.Value) { ctl.focusMark(markOf(e)) })
		on(stage, "focusout", func(e app.Value) {
			if to := e.Get("relatedTarget"); !to.Truthy() || !stage.Call("contains", to).Bool() {
				ctl.focusMark("")
			}
		})
	}
}

// onClick handles a click on a document control or a map mark.
func onClick(e app.Value) {
	tg := e.Get("target")
	if !tg.Truthy() || !tg.Get("closest").Truthy() {
		return
	}
	if a := tg.Call("closest", `a[href^="#"], a[hreflang]`); a.Truthy() {
		if a.Get("dataset").Get("act").String() == "place" {
			if id, ok := placeID(a.Get("dataset").Get("value").String()); ok {
				selectAfterLink(id)
			}
		}
		// A link within the page: the browser's own fragment navigation
		// (scroll, :target, hashchange) rather than go-app's, which would
		// push the URL without :target and without a hashchange event. A
		// link to another language's page loads that page.
		e.Call("stopPropagation")
		return
	}
	if el := tg.Call("closest", "[data-act]"); el.Truthy() && !el.Call("closest", "[data-island]").Truthy() {
		act, value := el.Get("dataset").Get("act").String(), el.Get("dataset").Get("value").String()
		para, isPara := paragraphID(value)
		speaker, isSpeaker := speakerID(value)
		place, isPlace := placeID(value)
		switch {
		case act == "copy" && isPara:
			copyLink(para, func(copied bool) {
				said, name := t.InBar, t.ParaInBar
				if copied {
					said, name = t.Copied, t.ParaCopied
				}
				el.Set("textContent", said)
				el.Call("setAttribute", "aria-label", words.Sub(name, value))
			})
		case act == "quote" && isPara:
			copyQuote(el.Call("closest", ".para-menu"), para)
		case act == "share" && isPara:
			shareQuote(para)
		case act == "speaker" && isSpeaker:
			ctl.selectSpeaker(speaker)
		case act == "place" && isPlace:
			ctl.selectPlace(place)
		}
		return
	}
	if id := markOf(e); id != "" {
		ctl.selectPlace(id)
	}
}

// onKey selects a focused map mark with Enter or Space; Escape closes the
// map's info box, then clears the selection, and in the search box clears the
// search. "/" anywhere but in a field goes to the search box.
func onKey(e app.Value) {
	id := markOf(e)
	target := e.Get("target")
	inField := target.Truthy() && target.Get("matches").Truthy() &&
		target.Call("matches", "input, textarea, select, [contenteditable]").Bool()
	switch e.Get("key").String() {
	case "/":
		if search := app.Window().Get("document").Call("getElementById", "search"); !inField && search.Truthy() &&
			!e.Get("ctrlKey").Bool() && !e.Get("metaKey").Bool() && !e.Get("altKey").Bool() {
			// The box takes the focus when the key is released (onKeyUp),
			// so that this "/" is typed nowhere and opens no quick find.
			e.Call("preventDefault")
			slashDown = true
		}
	case "Escape":
		if target.Truthy() && target.Get("id").String() == "search" && ctl.view.Query != "" {
			target.Set("value", "")
			ctl.search("")
			return
		}
		switch {
		case ctl.mapView.tip() != "":
			ctl.mapView.dismissed = true
			ctl.refresh()
		case id != "" && ctl.view.Place != "":
			ctl.selectPlace(ctl.view.Place)
		}
	case "Enter", " ", "Spacebar":
		if id != "" {
			e.Call("preventDefault") // Space would scroll the page
			ctl.selectPlace(id)
		}
	case "ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "Home", "End":
		if id != "" {
			e.Call("preventDefault") // the arrows would scroll the page
			moveMark(target, e.Get("key").String())
		}
	}
}

// moveMark moves the focus from the map mark holding it to the next one
// (right, down), the previous one (left, up), the first (Home) or the last
// (End), in the marks' order: the places table's.
func moveMark(from app.Value, key string) {
	marks := app.Window().Get("document").Call("querySelectorAll", "#map-marks [data-place]:not(.is-out)")
	at := indexIn(marks, from.Call("closest", "#map-marks [data-place]"))
	if next := roveStep(key, at, marks.Length()); next >= 0 {
		marks.Index(next).Call("focus")
	}
}

// slashDown is set while a "/" meant for the search box is held down.
var slashDown bool

// onKeyUp gives the search box the focus when the "/" that asked for it is
// released.
func onKeyUp(e app.Value) {
	if !slashDown || e.Get("key").String() != "/" {
		return
	}
	slashDown = false
	if search := app.Window().Get("document").Call("getElementById", "search"); search.Truthy() {
		if fold := search.Call("closest", "details"); fold.Truthy() {
			fold.Set("open", true) // on a phone the filters are folded
		}
		search.Call("focus")
	}
}

// markOf is the place of the map mark an event happened on, or "" (also
// when the mark names no place of the report).
func markOf(e app.Value) model.PlaceID {
	t := e.Get("target")
	if !t.Truthy() || !t.Get("closest").Truthy() {
		return ""
	}
	el := t.Call("closest", "#map-svg [data-place]")
	if !el.Truthy() {
		return ""
	}
	id, _ := placeID(el.Call("getAttribute", "data-place").String())
	return id
}

// hover shows the info box for the place under the pointer; between marks
// the box keeps the last place, and it closes when the pointer leaves.
func (c *controller) hover(id model.PlaceID, over bool) {
	m := &c.mapView
	if (over && (id == "" || id == m.hover)) || (!over && m.hover == "") {
		return
	}
	m.hover, m.dismissed = id, false
	c.refresh()
}

// focusMark shows the info box for the focused mark and keeps it in view.
func (c *controller) focusMark(id model.PlaceID) {
	m := &c.mapView
	if id == m.focus {
		return
	}
	m.focus, m.dismissed = id, false
	if id != "" && id != m.stop {
		m.stop = id
		doc := app.Window().Get("document")
		old := doc.Call("querySelectorAll", `#map-marks [tabindex="0"]`)
		for i := 0; i < old.Length(); i++ {
			old.Index(i).Call("setAttribute", "tabindex", "-1")
		}
		if el := doc.Call("querySelector", `#map-marks [data-place="`+string(id)+`"]`); el.Truthy() {
			el.Call("setAttribute", "tabindex", "0")
		}
	}
	c.panTo(id)
	c.refresh()
}

// typedSearch applies text typed into the prerendered search box before the
// wasm started.
func typedSearch(v state.View) state.View {
	if in := app.Window().Get("document").Call("getElementById", "search"); in.Truthy() {
		if q := state.CleanQuery(in.Get("value").String()); q != "" {
			v.Query, v.Paragraph = q, ""
		}
	}
	return v
}

// takeQueue applies the taps web/boot.js queued before the islands were
// live (theme chips, speaker and place buttons), in order.
func takeQueue(v state.View) state.View {
	boot := app.Window().Get("idmBoot")
	if !boot.Truthy() || !boot.Get("take").Truthy() {
		return v
	}
	q := boot.Call("take")
	for i, n := 0, q.Length(); i < n; i++ {
		act, value := q.Index(i).Get("act").String(), q.Index(i).Get("value").String()
		theme, isTheme := themeID(value)
		speaker, isSpeaker := speakerID(value)
		place, isPlace := placeID(value)
		switch {
		case act == "theme" && isTheme:
			v = v.ToggleTheme(theme, shared.Report)
		case act == "speaker" && isSpeaker:
			v = v.SelectSpeaker(speaker)
		case act == "place" && isPlace:
			v = v.SelectPlace(place)
		}
	}
	return v
}

// selectAfterLink selects a place (never unselects it) named in the text, once
// the browser has followed the link to its row of the places table: that
// navigation's popstate sets the view from the address, so selecting before
// it would be undone.
func selectAfterLink(id model.PlaceID) {
	var f app.Func
	f = app.FuncOf(func(app.Value, []app.Value) any {
		f.Release()
		if ctl.view.Place != id {
			ctl.selectPlace(id)
		}
		return nil
	})
	app.Window().Call("setTimeout", f, 0)
}
