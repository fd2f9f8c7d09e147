package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// markReady sets data-ready="true" on <html>: embedders and tests wait for it.
func markReady() {
	if app.IsServer {
		return
	}
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-ready", "true")
}

// replaceURL replaces the current history entry (used while typing a search,
// so each keystroke does not add a history entry).
func replaceURL(u string) {
	if app.IsServer {
		return
	}
	app.Window().Get("history").Call("replaceState", nil, "", u)
}

// copyLink puts the address of paragraph id (current view + #id) on the clipboard.
func copyLink(id string) {
	if app.IsServer {
		return
	}
	loc := app.Window().Get("location")
	u := loc.Get("origin").String() + loc.Get("pathname").String() + loc.Get("search").String() + "#" + id
	if c := app.Window().Get("navigator").Get("clipboard"); c.Truthy() {
		c.Call("writeText", u)
	}
}
