package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
)

// A paragraph's menu quotes and cites it: its words in quotation marks, the
// report's citation as the footer gives it (with the reader's access date)
// and the paragraph's permalink in the current view.

// permalink is the address of paragraph id in the current view.
func permalink(id model.ParagraphID) string {
	loc := app.Window().Get("location")
	return loc.Get("origin").String() + loc.Get("pathname").String() + loc.Get("search").String() + "#" + string(id)
}

// quoteOf is paragraph id's quotation with its citation and permalink.
func quoteOf(id model.ParagraphID) string {
	doc := app.Window().Get("document")
	text := doc.Call("getElementById", string(id)+"-text")
	if !text.Truthy() {
		return permalink(id)
	}
	q := "“" + text.Get("textContent").String() + "”"
	if cite := doc.Call("getElementById", "cite-text"); cite.Truthy() {
		q += " — " + cite.Get("textContent").String()
	}
	return q + " " + permalink(id)
}

// copyQuote puts paragraph id's quotation on the clipboard. Where there is no
// clipboard, or it refuses, the quotation appears selected in the menu's
// field, ready to copy by hand; the menu says which happened. The reader's
// place does not move.
func copyQuote(menu app.Value, id model.ParagraphID) {
	q := quoteOf(id)
	status := menu.Call("querySelector", ".quote-status")
	field := menu.Call("querySelector", ".quote-text")
	fallback := func() {
		if field.Truthy() {
			field.Set("value", q)
			field.Set("hidden", false)
			field.Call("focus", map[string]any{"preventScroll": true})
			field.Call("select")
		}
		setStatus(status, t.QuoteSelected)
	}
	writeClipboard(q, func(ok bool) {
		if !ok {
			fallback()
			return
		}
		setStatus(status, t.QuoteCopied)
	})
}

// shareQuote offers paragraph id's quotation to the system's share sheet
// (Web Share API); the button shows only where the browser has one.
func shareQuote(id model.ParagraphID) {
	nav := app.Window().Get("navigator")
	if !nav.Get("share").Truthy() {
		return
	}
	p := nav.Call("share", map[string]any{"title": app.Window().Get("document").Get("title").String(),
		"text": quoteOf(id), "url": permalink(id)})
	var ignore app.Func
	ignore = app.FuncOf(func(app.Value, []app.Value) any { // the reader closed the sheet
		ignore.Release()
		return nil
	})
	p.Call("catch", ignore)
}

// setStatus writes a menu's status line (a polite live region).
func setStatus(status app.Value, s string) {
	if status.Truthy() {
		status.Set("textContent", s)
	}
}
