package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// markReady sets data-ready="true" on <html>: embedders and tests wait for it.
func markReady() {
	if app.IsServer {
		return
	}
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-ready", "true")
}

// copyLink puts the address of paragraph id (current view + #id) on the
// clipboard. Where there is no clipboard, or it refuses, the link goes to the
// address bar instead; it reports whether the clipboard was used.
func copyLink(id string) bool {
	if app.IsServer {
		return false
	}
	loc := app.Window().Get("location")
	u := loc.Get("origin").String() + loc.Get("pathname").String() + loc.Get("search").String() + "#" + id
	c := app.Window().Get("navigator").Get("clipboard")
	if !c.Truthy() {
		loc.Set("hash", id) // no clipboard (plain http): the link is in the address bar
		return false
	}
	var onFail app.Func
	onFail = app.FuncOf(func(app.Value, []app.Value) any {
		defer onFail.Release()
		loc.Set("hash", id) // refused (e.g. in a frame without permission)
		return nil
	})
	c.Call("writeText", u).Call("catch", onFail)
	return true
}

// activateUpdate asks the waiting service worker to take over; app.js
// reloads every open tab when it has (controllerchange), so no page runs on a
// mix of old and new files.
func activateUpdate() {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		app.Window().Get("location").Call("reload")
		return
	}
	var onReg app.Func
	onReg = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer onReg.Release()
		if reg := args[0]; reg.Truthy() && reg.Get("waiting").Truthy() {
			reg.Get("waiting").Call("postMessage", "skip-waiting")
			return nil
		}
		app.Window().Get("location").Call("reload")
		return nil
	})
	sw.Call("getRegistration").Call("then", onReg)
}
