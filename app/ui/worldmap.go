package ui

import (
	"math"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
)

// mapStageID is the id of the element that holds the map's svg and info box.
const mapStageID = "map-stage"

// maxZoom is the largest zoom factor; the buttons double or halve it.
const maxZoom = 8

// worldMap is the speaker map: a figure with the svg map (built as a string
// by mapSVG and shown with app.Raw), zoom buttons, an info box, a legend, the
// speakers who are not placed and the same data as a table (placeTable).
//
// What the reader selects goes to the page as actPlace; the component keeps
// only its own state (zoom, what is hovered or focused) in unexported fields,
// which go-app does not overwrite from the parent.
type worldMap struct {
	app.Compo
	Ix   *state.Index
	View state.View
	Res  state.Result

	zoom   int     // 1, 2, 4 or 8; 0 means 1
	cx, cy float64 // centre of the view in map units, when centred
	moved  bool    // cx, cy are set (else the map's centre)

	hover     string // place under the pointer (kept while the pointer is in the stage)
	focus     string // place of the focused mark in the stage
	dismissed bool   // Escape closed the info box

	refocus string // selector of the mark to focus again after the svg is replaced

	svgKey string // what svg was built for
	svg    string

	docKey app.Func // document keydown listener (Escape closes the info box)
}

// OnMount listens for Escape anywhere on the page, so the info box of a
// hovered place can be closed without moving the pointer.
func (m *worldMap) OnMount(ctx app.Context) {
	if app.IsServer {
		return
	}
	m.docKey = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 || args[0].Get("key").String() != "Escape" {
			return nil
		}
		target := args[0].Get("target")
		ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Next, Source: m, Function: func(ctx app.Context) {
			if m.tip() == "" || inStage(target) {
				return // the stage's own handler deals with keys pressed in it
			}
			m.dismissed = true
			m.Update()
		}})
		return nil
	})
	app.Window().Get("document").Call("addEventListener", "keydown", m.docKey)
}

// OnDismount removes the document listener.
func (m *worldMap) OnDismount() {
	if m.docKey == nil {
		return
	}
	app.Window().Get("document").Call("removeEventListener", "keydown", m.docKey)
	m.docKey.Release()
	m.docKey = nil
}

// OnUpdate runs after the page gave the map a new view. When the reader
// selected a mark in the map, the new svg replaced the old one and the focus
// was lost with it: put it back on the mark of the same place.
func (m *worldMap) OnUpdate(ctx app.Context) {
	if m.refocus == "" {
		return
	}
	sel := m.refocus
	m.refocus = ""
	ctx.Defer(func(app.Context) { restoreFocus(sel) })
}

// Render draws the figure.
func (m *worldMap) Render() app.UI {
	r := m.Ix.R
	tip := m.tip()
	return app.Div().Class("map-wrap").Body(
		app.Figure().Class("map").ID("speaker-map").Body(
			app.FigCaption().Class("map-caption").Body(
				app.Strong().Text("Where the speakers came from. "),
				app.Text("States are shaded by how often they are heard (speakers, mentions and good practices); "+
					"circles show the speakers of each state or organisation, organisations at their headquarters. "+
					"Select a state or a circle to show only what concerns it. The table after the map has the same data."),
			),
			m.controls(),
			app.Div().ID(mapStageID).Class("map-stage").
				OnClick(m.onClick).OnKeyDown(m.onKey).On("keypress", m.onKeyPress).
				On("mouseover", m.onOver).On("mouseleave", m.onLeave).
				On("focusin", m.onFocusIn).On("focusout", m.onFocusOut).
				Body(
					app.Raw(m.mapMarkup()),
					m.info(tip),
				),
			m.legend(),
			m.unplaced(r),
		),
		&placeTable{Ix: m.Ix, View: m.View, Res: m.Res},
	)
}

// controls are the zoom buttons and "Clear selection". They stay enabled
// (aria-disabled instead of disabled) so a focused button keeps the focus.
func (m *worldMap) controls() app.UI {
	z := m.zoomLevel()
	sel := m.View.Place != ""
	return app.Div().Class("map-controls").Body(
		app.Div().Class("map-zoom").Attr("role", "group").Aria("label", "Zoom the map").Body(
			app.Button().Type("button").Class("map-btn map-zoom-in").Aria("label", "Zoom in").
				Aria("disabled", boolString(z >= maxZoom)).OnClick(m.onZoomIn).Text("+"),
			app.Button().Type("button").Class("map-btn map-zoom-out").Aria("label", "Zoom out").
				Aria("disabled", boolString(z <= 1)).OnClick(m.onZoomOut).Text("−"),
			app.Button().Type("button").Class("map-btn map-zoom-reset").
				Aria("disabled", boolString(z <= 1)).OnClick(m.onZoomReset).Text("Reset zoom"),
			app.Span().Class("map-zoom-level").Attr("role", "status").Text("Zoom "+itoa(z)+"×"),
		),
		app.Button().Type("button").Class("map-btn map-clear").
			Aria("disabled", boolString(!sel)).OnClick(m.onClearSelection).
			Text(clearLabel(m.Ix.R, m.View.Place)),
	)
}

// clearLabel names the clear button after the selected place.
func clearLabel(r *model.Report, id string) string {
	if p := placeByID(r, id); p != nil {
		return "Clear selection (" + p.Name + ")"
	}
	return "Clear selection"
}

// placeByID finds a place.
func placeByID(r *model.Report, id string) *model.Place {
	if id == "" {
		return nil
	}
	for i := range r.Places {
		if r.Places[i].ID == id {
			return &r.Places[i]
		}
	}
	return nil
}

// placeIndex finds a place's index, -1 if none.
func placeIndex(r *model.Report, id string) int {
	for i := range r.Places {
		if r.Places[i].ID == id {
			return i
		}
	}
	return -1
}

// mapMarkup returns the svg for the current view and zoom, building it only
// when something it shows has changed (not on hover).
func (m *worldMap) mapMarkup() string {
	vb := m.viewBox()
	var k strings.Builder
	k.WriteString(vb)
	k.WriteByte('|')
	k.WriteString(m.View.Place)
	k.WriteByte('|')
	if dimming(m.View) {
		for i := range m.Ix.R.Places {
			if dimmed(m.View, m.Res, i) {
				k.WriteByte('0')
			} else {
				k.WriteByte('1')
			}
		}
	}
	if key := k.String(); key != m.svgKey || m.svg == "" {
		m.svgKey = key
		m.svg = mapSVG(m.Ix, m.View, m.Res, vb)
	}
	return m.svg
}

// zoomLevel is the zoom factor, 1 by default.
func (m *worldMap) zoomLevel() int {
	if m.zoom < 1 {
		return 1
	}
	return m.zoom
}

// viewBox is the part of the map shown at the current zoom.
func (m *worldMap) viewBox() string {
	mp := &m.Ix.R.Map
	cx, cy := mp.Width/2, mp.Height/2
	if m.moved {
		cx, cy = m.cx, m.cy
	}
	return viewBoxFor(mp, m.zoomLevel(), cx, cy)
}

// viewBoxFor is the viewBox of zoom z centred on cx, cy, kept inside the map.
func viewBoxFor(mp *model.Map, z int, cx, cy float64) string {
	if z <= 1 {
		return fullViewBox(mp)
	}
	w, h := mp.Width/float64(z), mp.Height/float64(z)
	x := clamp(cx-w/2, 0, mp.Width-w)
	y := clamp(cy-h/2, 0, mp.Height-h)
	return num(x) + " " + num(y) + " " + num(w) + " " + num(h)
}

func clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// zoomBy changes the zoom by a factor of two (in: step > 0; out: step < 0),
// centred on the selected place if there is one, else on the current centre.
func (m *worldMap) zoomBy(step int) {
	z := m.zoomLevel()
	switch {
	case step > 0 && z < maxZoom:
		z *= 2
	case step < 0 && z > 1:
		z /= 2
	default:
		return
	}
	m.zoom = z
	if p := placeByID(m.Ix.R, m.View.Place); p != nil {
		m.cx, m.cy, m.moved = p.X, p.Y, true
	}
	if z == 1 {
		m.moved = false
	}
}

// resetZoom shows the whole map again.
func (m *worldMap) resetZoom() { m.zoom, m.moved = 1, false }

func (m *worldMap) onZoomIn(ctx app.Context, e app.Event)  { m.zoomBy(1); m.localUpdate(ctx) }
func (m *worldMap) onZoomOut(ctx app.Context, e app.Event) { m.zoomBy(-1); m.localUpdate(ctx) }
func (m *worldMap) onZoomReset(ctx app.Context, e app.Event) {
	m.resetZoom()
	m.localUpdate(ctx)
}

func (m *worldMap) onClearSelection(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	if m.View.Place != "" {
		ctx.NewActionWithValue(actPlace, "")
	}
}

// localUpdate re-renders the map alone: a DOM event would otherwise
// re-render every ancestor up to the page. Update() also resets a
// PreventUpdate left from an earlier event.
func (m *worldMap) localUpdate(ctx app.Context) {
	ctx.PreventUpdate()
	m.Update()
}

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

// info is the box that describes the hovered or focused place. It sits in a
// fixed corner of the stage (CSS), never under the pointer.
func (m *worldMap) info(id string) app.UI {
	r := m.Ix.R
	i := placeIndex(r, id)
	if i < 0 {
		return app.Div().Class("map-info is-empty").ID("map-info").Body(
			app.P().Class("map-info-hint").Text("Point at or tab to a state or a circle for details."),
		)
	}
	p := &r.Places[i]
	var names []string
	for _, s := range r.Speakers {
		if s.Represents == p.ID {
			names = append(names, s.Name)
		}
	}
	shown := ""
	if m.View.Filtering() && i < len(m.Res.PlaceCounts) {
		shown = plural(m.Res.PlaceCounts[i], "paragraph", "paragraphs") + " shown with the current filters."
	}
	action := "Select it to show only what concerns it."
	if m.View.Place == p.ID {
		action = "Selected. Select it again to show everything."
	}
	return app.Div().Class("map-info").ID("map-info").Body(
		app.P().Class("map-info-name").Body(app.Strong().Text(p.Name)),
		app.P().Class("map-info-kind").Text(kindOf(r, p)),
		app.P().Class("map-info-counts").Text(
			plural(len(p.Speakers), "speaker", "speakers")+" · "+
				plural(len(p.Mentions), "mention", "mentions")+" · "+
				plural(len(p.Practices), "good practice", "good practices")),
		app.If(len(names) > 0, app.P().Class("map-info-speakers").Text("Speakers: "+strings.Join(names, ", "))),
		app.If(shown != "", app.P().Class("map-info-shown").Text(shown)),
		app.P().Class("map-info-hint").Text(action+" Escape closes this box."),
	)
}

// placeKindLabels name the kinds of places.
var placeKindLabels = map[string]string{
	model.KindState:          "State",
	model.KindInternational:  "International organisation",
	model.KindRegional:       "Regional organisation",
	model.KindGovernmentBody: "Government agency",
}

// kindOf describes a place: "State", "International organisation, Geneva",
// "Government agency, United Kingdom".
func kindOf(r *model.Report, p *model.Place) string {
	k := placeKindLabels[p.Kind]
	if k == "" {
		k = "Organisation"
	}
	if p.Kind == model.KindGovernmentBody {
		if s := placeByID(r, p.PartOf); s != nil {
			return k + ", " + s.Name
		}
	}
	if p.HQ != "" {
		return k + ", headquarters in " + p.HQ
	}
	return k
}

// legend explains the shading and the symbols; counts are in the text, so
// nothing is told by colour alone.
func (m *worldMap) legend() app.UI {
	r := m.Ix.R
	shapes := shapeOf(&r.Map)
	var perClass [len(heardLimits) + 1]int
	maxSpeakers, points := 0, false
	for i := range r.Places {
		p := &r.Places[i]
		if p.Kind == model.KindState {
			perClass[heardClass(heard(p))-1]++
			if shapes[p.ID] == "" {
				points = true
			}
		}
		maxSpeakers = max(maxSpeakers, len(p.Speakers))
	}
	items := make([]app.UI, 0, 10)
	for c := range perClass {
		items = append(items, app.Li().Body(
			app.Raw(keyShade(c+1)),
			app.Span().Text(heardClassLabels[c]+" ("+plural(perClass[c], "state", "states")+")"),
		))
	}
	items = append(items,
		app.Li().Body(app.Raw(keyLand), app.Span().Text("Not named in the report")),
		app.Li().Body(app.Raw(keyCircles("map-marker map-marker-state", maxSpeakers)),
			app.Span().Text("Speakers of a state: circle area by number of speakers ("+speakerScale(maxSpeakers)+")")),
		app.Li().Body(app.Raw(keyCircles("map-marker map-marker-org", 1)),
			app.Span().Text("Speakers of an organisation (circle with a dark centre, at its headquarters)")),
	)
	if points {
		items = append(items, app.Li().Body(app.Raw(keyPoint), app.Span().Text("State too small to draw")))
	}
	if dimming(m.View) {
		items = append(items, app.Li().Body(app.Raw(keyDim),
			app.Span().Text("Faded, dashed: not in the paragraphs shown")))
	}
	return app.Div().Class("map-legend").Body(
		app.P().Class("map-legend-title").Text("How often each state is heard: speakers + mentions + good practices"),
		app.Ul().Class("map-legend-items").Body(items...),
	)
}

// speakerScale writes "1 or 2 speakers" for the legend.
func speakerScale(n int) string {
	if n <= 1 {
		return "1 speaker"
	}
	if n == 2 {
		return "1 or 2 speakers"
	}
	return "1 to " + itoa(n) + " speakers"
}

// Legend keys: tiny svgs with the map's classes, so CSS colours both alike.
const keyOpen = `<svg class="map-key" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true">`

func keyShade(c int) string {
	return keyOpen + `<rect class="map-state map-h` + itoa(c) + `" x="1" y="1" width="22" height="14"/></svg>`
}

var (
	keyLand  = keyOpen + `<rect class="map-land" x="1" y="1" width="22" height="14"/></svg>`
	keyPoint = keyOpen + `<g class="map-point map-h2"><rect class="map-dot" x="7" y="3" width="10" height="10"/></g></svg>`
	keyDim   = keyOpen + `<g class="map-marker map-marker-state is-dim"><circle class="map-dot" cx="12" cy="8" r="6"/></g></svg>`
)

// keyCircles draws circles for 1 and n speakers at the map's proportions.
func keyCircles(class string, n int) string {
	r1 := 4.0
	var b strings.Builder
	if n <= 1 {
		b.WriteString(keyOpen + `<g class="`)
	} else {
		b.WriteString(`<svg class="map-key map-key-wide" viewBox="0 0 40 16" width="40" height="16" aria-hidden="true"><g class="`)
	}
	b.WriteString(class)
	b.WriteString(`">`)
	x := 12.0
	if n > 1 {
		x = 1 + r1
	}
	for i, k := range []int{1, n} {
		if i == 1 && n <= 1 {
			break
		}
		rk := r1 * math.Sqrt(float64(k))
		if i == 1 {
			x += r1 + 2 + rk
		}
		b.WriteString(`<circle class="map-dot" cx="` + num(x) + `" cy="8" r="` + num(rk) + `"/>`)
		if strings.Contains(class, "org") {
			b.WriteString(`<circle class="map-core" cx="` + num(x) + `" cy="8" r="` + num(rk*0.3) + `"/>`)
		}
	}
	b.WriteString(`</g></svg>`)
	return b.String()
}

// unplaced lists the speakers who represent no state or organisation.
func (m *worldMap) unplaced(r *model.Report) app.UI {
	var who []string
	for _, s := range r.Speakers {
		if s.Represents != "" {
			continue
		}
		if s.Organisation != "" {
			who = append(who, s.Name+" ("+s.Organisation+")")
		} else {
			who = append(who, s.Name)
		}
	}
	if len(who) == 0 {
		return nil
	}
	return app.P().Class("map-unplaced").Body(
		app.Strong().Text("Not placed on the map"),
		app.Text(" (civil society, private sector, academia, media and others who speak for no state or organisation): "+
			strings.Join(who, "; ")+"."),
	)
}
