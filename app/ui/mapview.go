package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/mapmarks"
	"idmreport/app/model"
)

// mapView is the map's own state: its zoom and centre, and the place its
// info box describes (hovered, else focused, unless dismissed).
type mapView struct {
	zoom      int     // 1, 2, 4 or 8; 0 means 1
	cx, cy    float64 // centre of the view in map units, when moved
	moved     bool
	hover     model.PlaceID
	focus     model.PlaceID
	dismissed bool // Escape closed the info box
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
	marks := mapmarks.Layout(shared.Report, float64(m.zoomLevel()))
	lw, mw := mapmarks.Writer{Words: t}, mapmarks.Writer{Words: t}
	lw.Leaders(marks)
	mw.Marks(shared.Report, marks, func(i int) (bool, bool) {
		return shared.Report.Places[i].ID == c.view.Place, dimmed(c.view, c.res, i)
	})
	doc.Call("getElementById", "map-leaders").Set("innerHTML", lw.String())
	doc.Call("getElementById", "map-marks").Set("innerHTML", mw.String())
}
