package ui

import (
	"math"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/mapmarks"
	"idmreport/app/model"
	"idmreport/app/state"
)

// mapView is the map's own state: its zoom and centre, and the place its
// info box describes (hovered, else focused, unless dismissed).
type mapView struct {
	zoom      int     // 1, 2, 4 or 8; 0 means 1
	cx, cy    float64 // centre of the view in map units, when moved
	moved     bool
	hover     model.PlaceID
	focus     model.PlaceID
	dismissed bool          // Escape closed the info box
	scale     float64       // CSS pixels per map unit at zoom 1, as last measured
	stop      model.PlaceID // the place whose mark is the map's tab stop (roving focus)
}

// zoomLevel is the zoom factor, 1 by default.
func (m *mapView) zoomLevel() int { return max(m.zoom, 1) }

// tip is the place the info box shows.
func (m *mapView) tip() model.PlaceID {
	switch {
	case m.dismissed:
		return ""
	case m.hover != "":
		return m.hover
	}
	return m.focus
}

// zoomBy doubles (step > 0) or halves (step < 0) the zoom, centred on the
// selected place if there is one; step 0 resets it.
func (c *controller) zoomBy(step int) {
	m := &c.mapView
	z := m.zoomLevel()
	switch {
	case step == 0:
		z = 1
	case step > 0 && z < mapmarks.MaxZoom:
		z *= 2
	case step < 0 && z > 1:
		z /= 2
	default:
		return
	}
	if p := shared.Place(c.view.Place); p != nil && step > 0 {
		m.cx, m.cy, m.moved = p.X, p.Y, true
	}
	m.moved = m.moved && z > 1
	redraw := z != m.zoomLevel()
	m.zoom = z
	c.drawMap(redraw)
	c.refresh()
}

// zoomRegion shows the view's region as large as the map allows
// (mapmarks.Fit), or the whole map when there is none.
func (c *controller) zoomRegion() {
	m := &c.mapView
	m.zoom, m.moved = 1, false
	if svg := app.Window().Get("document").Call("getElementById", "map-svg"); svg.Truthy() {
		m.scale = measureScale(svg)
	}
	if c.view.Region != "" {
		code := state.RegionCode(c.view.Region)
		m.zoom, m.cx, m.cy = mapmarks.Fit(shared.Report, func(p *model.Place) bool { return p.Region == code }, m.scale)
		m.moved = m.zoom > 1
	}
	c.drawMap(true)
}

// panTo centres the zoomed map on place id when its point is outside the
// view or near its edge, so keyboard focus is never on a hidden mark.
func (c *controller) panTo(id model.PlaceID) {
	m := &c.mapView
	p := shared.Place(id)
	z := m.zoomLevel()
	if p == nil || z <= 1 {
		return
	}
	mp := &shared.Report.Map
	w, h := mp.Width/float64(z), mp.Height/float64(z)
	x, y := mp.Width/2, mp.Height/2
	if m.moved {
		x, y = m.cx, m.cy
	}
	if p.X >= x-0.4*w && p.X <= x+0.4*w && p.Y >= y-0.4*h && p.Y <= y+0.4*h {
		return
	}
	m.cx, m.cy, m.moved = p.X, p.Y, true
	c.drawMap(false)
}

// drawMap sets the svg's viewBox and, when the zoom level changed, redraws
// the point symbols at their size for that zoom (the states' outlines never
// change). Symbols are decorative geometry plus the same data-place
// controls, so the document's listeners keep working.
func (c *controller) drawMap(symbols bool) {
	doc := app.Window().Get("document")
	svg := doc.Call("getElementById", "map-svg")
	if !svg.Truthy() {
		return
	}
	m := &c.mapView
	mp := &shared.Report.Map
	cx, cy := mp.Width/2, mp.Height/2
	if m.moved {
		cx, cy = m.cx, m.cy
	}
	svg.Call("setAttribute", "viewBox", mapmarks.ViewBox(mp, m.zoomLevel(), cx, cy))
	if !symbols {
		return
	}
	m.scale = measureScale(svg)
	marks := mapmarks.Layout(shared.Report, float64(m.zoomLevel()), m.scale)
	lw, mw := mapmarks.Writer{Words: t}, mapmarks.Writer{Words: t, Stop: m.stop}
	looks := func(i int) (bool, bool, bool) {
		p := &shared.Report.Places[i]
		return p.ID == c.view.Place, dimmed(c.view, c.res, i), !c.view.InRegion(p)
	}
	lw.Leaders(shared.Report, marks, looks)
	mw.Marks(shared.Report, marks, looks)
	doc.Call("getElementById", "map-leaders").Set("innerHTML", lw.String())
	doc.Call("getElementById", "map-marks").Set("innerHTML", mw.String())
}

// measureScale is the svg's CSS pixels per map unit at zoom 1, or the
// build's assumption while the svg has no size.
func measureScale(svg app.Value) float64 {
	if w := svg.Call("getBoundingClientRect").Get("width").Float(); w > 0 {
		return w / shared.Report.Map.Width
	}
	return mapmarks.BuildScale
}

// fitMarks lays the marks out again when the map's size on screen changed
// (at start: the build laid them out for a wide screen; on a resize), so
// every target stays at least mapmarks.TargetPx across.
func (c *controller) fitMarks() {
	svg := app.Window().Get("document").Call("getElementById", "map-svg")
	if !svg.Truthy() {
		return
	}
	if s := measureScale(svg); math.Abs(s-c.mapView.scale) > 0.005*s {
		c.drawMap(true)
	}
}
