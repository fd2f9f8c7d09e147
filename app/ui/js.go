package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
)

// markReady sets data-ready="true" on <html>: embedders and tests wait for it.
func markReady() {
	if app.IsServer {
		return
	}
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-ready", "true")
}

// writeClipboard puts text on the clipboard and calls done(true) when it is
// there, done(false) where there is no clipboard or it refuses (no secure
// context; a frame without the clipboard-write permission). The promise's
// callbacks are released here, whichever way it ends: the one place that
// handles the clipboard.
func writeClipboard(text string, done func(ok bool)) {
	c := app.Window().Get("navigator").Get("clipboard")
	if !c.Truthy() {
		done(false)
		return
	}
	var ok, failed app.Func
	settle := func(result bool) {
		ok.Release()
		failed.Release()
		done(result)
	}
	ok = app.FuncOf(func(app.Value, []app.Value) any { settle(true); return nil })
	failed = app.FuncOf(func(app.Value, []app.Value) any { settle(false); return nil })
	c.Call("writeText", text).Call("then", ok, failed)
}

// copyLink puts the address of paragraph id (current view + #id) on the
// clipboard; where there is none, or it refuses, the link goes to the
// address bar instead. said reports which, when it is known.
func copyLink(id model.ParagraphID, said func(copied bool)) {
	writeClipboard(permalink(id), func(ok bool) {
		if !ok {
			app.Window().Get("location").Set("hash", string(id))
		}
		said(ok)
	})
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
