package ui

import (
	"slices"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
)

// Progressive mounting. go-app v9 does not hydrate: when the wasm starts it
// builds the whole page's DOM anew in one long task, which blocks the main
// thread. Instead, the first client render shows each large part of the page
// ("chunk") as app.Raw of the very markup the prerendered page had, read from
// the DOM before go-app replaces it: the browser parses it natively, and the
// page looks exactly the same. The page then turns chunks into live
// components one per task, top to bottom (stepDelay apart), and is ready
// (data-ready) when all are live. Any change of view makes everything live at
// once. Chunks that never change (masthead, timeline, related documents) stay
// as prerendered.

// stepDelay separates the tasks that make chunks live.
const stepDelay = 20 * time.Millisecond

// Static chunks: their markup never depends on the view.
const (
	chunkMasthead = "masthead"
	chunkTimeline = "timeline"
	chunkRelated  = "related"
)

// prerendered maps a chunk id to its prerendered outer HTML.
var prerendered = map[string]string{}

// liveOrder lists the chunks made live progressively, in order, and
// liveIndex their positions; SetReport computes both once.
var (
	liveOrder []string
	liveIndex map[string]int
)

// orderChunks computes liveOrder and liveIndex for the shared report.
func orderChunks() {
	liveOrder = nil
	for _, s := range shared.R.Sections {
		liveOrder = append(liveOrder, s.ID)
	}
	liveOrder = append(liveOrder, "good-practices", "map-wrap", "place-table-wrap")
	for _, k := range model.SpeakerKinds {
		liveOrder = append(liveOrder, "speakers-"+k)
	}
	liveOrder = append(liveOrder, "toc", "site-footer")
	liveIndex = make(map[string]int, len(liveOrder))
	for i, id := range liveOrder {
		liveIndex[id] = i
	}
}

// CapturePrerendered reads the prerendered markup of every chunk. The client
// calls it before go-app replaces the prerendered page; it does nothing when
// the page was not prerendered (or on the server).
func CapturePrerendered() {
	if app.IsServer {
		return
	}
	doc := app.Window().Get("document")
	for _, id := range slices.Concat(liveOrder, []string{chunkMasthead, chunkTimeline, chunkRelated}) {
		if el := doc.Call("getElementById", id); el.Truthy() {
			prerendered[id] = el.Get("outerHTML").String()
		}
	}
}

// chunk renders build() when live, else the prerendered markup of chunk id.
func chunk(id string, live bool, build func() app.UI) app.UI {
	if h, ok := prerendered[id]; ok && !live {
		return app.Raw(h)
	}
	return build()
}

// isLive reports whether chunk id is live after n steps.
func isLive(id string, n int) bool {
	i, ok := liveIndex[id]
	return !ok || i < n
}

// step makes one more chunk live, then schedules the next; when all are
// live it marks the page ready.
func (p *Page) step(ctx app.Context) {
	if p.live >= len(liveOrder) {
		p.becomeReady(ctx)
		return
	}
	p.live++
	ctx.After(stepDelay, p.step)
}

// allLive makes every chunk live at once (the view is about to change).
func (p *Page) allLive() { p.live = len(liveOrder) }

// becomeReady marks the page interactive once.
func (p *Page) becomeReady(ctx app.Context) {
	if p.ready {
		return
	}
	p.ready = true
	ctx.Defer(func(app.Context) {
		markReady()
		startFrame() // embedding (frame.go): tell a parent window "ready", then its height
	})
}
