// Package words is the interface's catalogue: every word the reader sees
// that is not the report's own text, in English (en.go), French (fr.go) and
// Spanish (es.go). The build-time document, the browser's islands, the map
// and the loader all take their words from here, so a word is written once
// per language. A catalogue is a Words value: one field per string, so a
// key is a Go name the compiler checks; Check refuses an empty value.
package words

import "strings"

// Noun is a noun's singular and plural, e.g. {"speaker", "speakers"}.
type Noun struct{ One, Many string }

// Theme is a theme's label and description in one language.
type Theme struct{ Label, Description string }

// Langs are the interface languages, English (the report's own) first.
var Langs = []*Words{&EN, &FR, &ES}

// For returns the catalogue of a language tag ("fr", "es-MX"…), English
// when there is none.
func For(tag string) *Words {
	tag = strings.ToLower(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	for _, w := range Langs {
		if w.Lang == tag {
			return w
		}
	}
	return &EN
}

// Dir is the folder of the language's page in the site: "" for English
// (the root), "fr/", "es/".
func (w *Words) Dir() string {
	if w.Lang == EN.Lang {
		return ""
	}
	return w.Lang + "/"
}

// Up is the way from the language's page back to the site root: "" or "../".
func (w *Words) Up() string {
	if w.Dir() == "" {
		return ""
	}
	return "../"
}

// Href is the relative link from this language's page to the page of
// language to: "./", "fr/", "../", "../es/".
func (w *Words) Href(to *Words) string {
	if h := w.Up() + to.Dir(); h != "" {
		return h
	}
	return "./"
}

// Sub replaces {1}, {2}… in pattern with args.
func Sub(pattern string, args ...string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(pattern, '{')
		if i < 0 || i+2 >= len(pattern) || pattern[i+2] != '}' || pattern[i+1] < '1' || pattern[i+1] > '9' {
			if i < 0 {
				b.WriteString(pattern)
				return b.String()
			}
			b.WriteString(pattern[:i+1])
			pattern = pattern[i+1:]
			continue
		}
		b.WriteString(pattern[:i])
		if n := int(pattern[i+1] - '1'); n < len(args) {
			b.WriteString(args[n])
		}
		pattern = pattern[i+3:]
	}
}

// Join writes "a, b", skipping empty parts.
func Join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ", " + b
}
