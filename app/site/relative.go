package site

import (
	"regexp"
	"strings"
)

// viewport replaces the one go-app writes, which blocks zoom
// (maximum-scale=1, user-scalable=0).
const viewport = `<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">`

var (
	// viewportMeta matches go-app's viewport meta, whatever its attribute order.
	viewportMeta = regexp.MustCompile(`<meta [^>]*name="viewport"[^>]*>|<meta [^>]*content="[^"]*user-scalable[^"]*"[^>]*>`)
	// attrRoot matches an HTML attribute holding a root-relative URL.
	attrRoot = regexp.MustCompile(`(href|src)="/([^/"])`)
	// goappSocial matches go-app's Open Graph and Twitter tags: its og:url is
	// the generator's internal address and its og:image is empty. The site
	// writes its own (NewHead).
	goappSocial = regexp.MustCompile(`<meta [^>]*"(?:og|twitter):[^"]*"[^>]*>\n?`)
	// bareARIA matches an ARIA attribute go-app printed without its value:
	// its prerenderer writes an attribute whose value is "true" as a bare
	// (boolean) attribute, which ARIA reads as not set.
	bareARIA = regexp.MustCompile(`(\s(?:aria-[a-z]+))([\s>])`)
	// jsRoot matches a quoted root-relative site file in app.js or the worker.
	jsRoot = regexp.MustCompile(`"/((?:web/|app|wasm_exec|manifest)[^"]*)"`)
)

// Relativize rewrites the absolute URLs go-app wrote in a generated file into
// URLs relative to the site folder, and fixes the viewport.
func Relativize(name string, b []byte) []byte {
	s := string(b)
	switch name {
	case "index.html":
		s = viewportMeta.ReplaceAllString(s, viewport)
		s = goappSocial.ReplaceAllString(s, "")
		s = attrRoot.ReplaceAllString(s, `$1="$2`)
		s = bareARIA.ReplaceAllString(s, `$1="true"$2`)
	case "app.js":
		s = jsRoot.ReplaceAllString(s, `"$1"`)
	case "app-worker.js":
		s = strings.Replace(s, `["/",`, `["./",`, 1)
		s = jsRoot.ReplaceAllString(s, `"$1"`)
	}
	return []byte(s)
}
