package ui

import (
	"math"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Messages a framed report posts to the window that frames it. They are the
// whole protocol between the report and a host page (web/embed.js is one):
//
//	{source: "idm-report", type: "ready"}              once, after data-ready is set
//	{source: "idm-report", type: "resize", height: N}  whenever the page height changes
//
// N is the height of the page in CSS pixels, rounded up.
const (
	frameSource = "idm-report"
	frameReady  = "ready"
	frameResize = "resize"
)

// frame is the state of a framed report. It lives in a package variable so
// that the ResizeObserver and the Go function it calls stay alive (and are
// not collected or released) for as long as the page: they are never
// released on purpose.
var frame struct {
	started  bool
	parent   app.Value // window.parent
	observer app.Value // the ResizeObserver
	onResize app.Func  // its callback
	height   int       // last height posted, 0 before the first
}

// startFrame tells the parent window that the report is ready and keeps it
// told of the page height. It does nothing on the server, in a top-level
// window, or when called again. Call it once the page is interactive (after
// markReady).
//
// The messages go to targetOrigin "*": any site may embed the report, so the
// parent's origin is not known in advance (document.referrer and
// location.ancestorOrigins are neither reliable nor universal), and the
// messages carry nothing private — a fixed marker and the page height, which
// the embedding page can measure anyway. The receiving side is where origin
// matters: embed.js accepts a message only from the report's origin and from
// its own iframe.
func startFrame() {
	if app.IsServer || frame.started {
		return
	}
	frame.started = true
	w := app.Window()
	parent := w.Get("parent")
	if !parent.Truthy() || parent.Equal(w.Get("self")) {
		return // not framed
	}
	frame.parent = parent
	postToParent(map[string]any{"source": frameSource, "type": frameReady})

	ro := w.Get("ResizeObserver")
	if !ro.Truthy() {
		postHeight() // very old browser: one size, no updates
		return
	}
	frame.onResize = app.FuncOf(func(app.Value, []app.Value) any {
		postHeight()
		return nil
	})
	frame.observer = ro.New(frame.onResize)
	doc := w.Get("document")
	// The root element's box is as tall as the content (its height is auto),
	// so it grows and shrinks with the report; the body is observed too in
	// case a stylesheet ever fixes the root's height. A ResizeObserver
	// reports an element's size when it starts observing it, so the first
	// resize message follows at once.
	frame.observer.Call("observe", doc.Get("documentElement"))
	if b := doc.Get("body"); b.Truthy() {
		frame.observer.Call("observe", b)
	}
}

// postHeight posts the page height to the parent when it has changed.
func postHeight() {
	h := pageHeight()
	if h <= 0 || h == frame.height {
		return
	}
	frame.height = h
	postToParent(map[string]any{"source": frameSource, "type": frameResize, "height": h})
}

// pageHeight is the height of the content in CSS pixels, rounded up: the
// larger of the root element's and the body's border boxes. It is not
// documentElement.scrollHeight, which never drops below the frame's own
// height, so a frame sized to it could grow but never shrink.
func pageHeight() int {
	doc := app.Window().Get("document")
	h := doc.Get("documentElement").Call("getBoundingClientRect").Get("height").Float()
	if b := doc.Get("body"); b.Truthy() {
		h = math.Max(h, b.Call("getBoundingClientRect").Get("height").Float())
	}
	return int(math.Ceil(h))
}

// postToParent posts msg to the parent window (see startFrame for "*").
func postToParent(msg map[string]any) {
	if frame.parent == nil {
		return
	}
	frame.parent.Call("postMessage", msg, "*")
}
