package site

import (
	"html/template"
	"regexp"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/document"
)

var (
	// startTag matches an HTML start tag as go-app writes it: name, then
	// attributes whose values are double-quoted.
	startTag = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>"/]+(?:="[^"]*")?)*)\s*(/?)>`)
	// attribute matches one attribute of a start tag.
	attribute = regexp.MustCompile(`[^\s=>"/]+(?:="[^"]*")?`)
)

// Prerender renders each island with go-app, as the browser's first render
// will, for its slot in the document. go-app writes attributes in map order;
// they are sorted so that the same build writes the same page.
func Prerender(islands map[string]app.UI) document.Islands {
	out := document.Islands{}
	for slot, ui := range islands {
		out[slot] = template.HTML(sortAttributes(app.HTMLString(ui)))
	}
	return out
}

// sortAttributes sorts the attributes of every start tag in s.
func sortAttributes(s string) string {
	return startTag.ReplaceAllStringFunc(s, func(tag string) string {
		m := startTag.FindStringSubmatch(tag)
		attrs := attribute.FindAllString(m[2], -1)
		sort.Strings(attrs)
		var b strings.Builder
		b.WriteString("<" + m[1])
		for _, a := range attrs {
			b.WriteString(" " + a)
		}
		b.WriteString(m[3] + ">")
		return b.String()
	})
}
