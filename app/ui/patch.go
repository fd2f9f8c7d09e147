package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// patch collects the changes of a new view to the static document and sends
// them to web/patch.js in one call: every call from Go to JavaScript costs
// microseconds, and one filter change touches hundreds of attributes. The
// record format is documented in web/patch.js.
type patch struct{ strings.Builder }

// record appends one record.
func (p *patch) record(fields ...string) {
	if p.Len() > 0 {
		p.WriteByte('\x1e')
	}
	for i, f := range fields {
		if i > 0 {
			p.WriteByte('\x1f')
		}
		p.WriteString(f)
	}
}

// hidden sets or removes the hidden attribute of element id.
func (p *patch) hidden(id string, on bool) { p.record("H", id, bit(on)) }

// text sets the text of element id.
func (p *patch) text(id, s string) { p.record("T", id, s) }

// class adds or removes a class of element id.
func (p *patch) class(id, class string, on bool) { p.record("C", id, class, bit(on)) }

// attr sets an attribute of element id.
func (p *patch) attr(id, name, value string) { p.record("A", id, name, value) }

// markClass adds or removes a class on every mark of a place in the map.
func (p *patch) markClass(place, class string, on bool) { p.record("M", place, class, bit(on)) }

// markAttr sets an attribute on every mark of a place in the map.
func (p *patch) markAttr(place, name, value string) { p.record("N", place, name, value) }

// highlight starts the search highlight anew; ranges follow.
func (p *patch) highlight() { p.record("Q") }

// rangeOf highlights UTF-16 offsets start–end of element id's text.
func (p *patch) rangeOf(id string, start, end int) {
	p.record("R", id, strconv.Itoa(start), strconv.Itoa(end))
}

// history writes URL u to the browser's history (method "pushState" or
// "replaceState") once the change has been painted: the reader sees the
// change first.
func (p *patch) history(method, u string) { p.record("U", method, u) }

// send applies the patch to the page.
func (p *patch) send() {
	if p.Len() > 0 && !app.IsServer {
		app.Window().Call("idmPatch", p.String())
	}
}

func bit(on bool) string {
	if on {
		return "1"
	}
	return "0"
}
