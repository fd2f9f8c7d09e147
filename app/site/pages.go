package site

import (
	"regexp"
	"strings"

	"idmreport/app/words"
)

// sharedURL matches an attribute holding a URL of a shared site file, as
// Relativize leaves it: relative to the site folder.
var sharedURL = regexp.MustCompile(`(href|src)="((?:web/|app\.|wasm_exec\.js|manifest\.webmanifest)[^"]*)"`)

// pageLinks adapts a relativized page to its folder and adds, before
// </head>, a <link rel="alternate" hreflang> to each language's page when
// the site's public address is known (crawlers ignore relative ones; the
// visible switcher links the pages in any case). A page
// in fr/ or es/ reaches the shared files (web/, app.js…) through "../": one
// wasm and one web/ serve the three pages.
func pageLinks(b []byte, t *words.Words, public string) []byte {
	s := string(b)
	if up := t.Up(); up != "" {
		s = sharedURL.ReplaceAllString(s, `$1="`+up+`$2"`)
		s = strings.ReplaceAll(s, `content="web/`, `content="`+up+`web/`) // the head's relative image
	}
	if public == "" {
		return []byte(s)
	}
	var links strings.Builder
	for _, w := range words.Langs {
		links.WriteString(`<link rel="alternate" hreflang="` + w.Lang + `" href="` + public + w.Dir() + "\">\n")
	}
	links.WriteString(`<link rel="alternate" hreflang="x-default" href="` + public + "\">\n")
	return []byte(strings.Replace(s, "</head>", links.String()+"</head>", 1))
}
