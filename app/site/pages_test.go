package site

import (
	"strings"
	"testing"

	"idmreport/app/words"
)

// TestPageLinks checks a language's page: shared files through "../" from
// fr/ and es/, and alternate-language links only with the public address
// (crawlers reject relative ones).
func TestPageLinks(t *testing.T) {
	page := []byte(`<head><link href="web/style.css"><script src="app.js"></script></head>`)
	fr := string(pageLinks(page, &words.FR, ""))
	if !strings.Contains(fr, `href="../web/style.css"`) || !strings.Contains(fr, `src="../app.js"`) {
		t.Errorf("fr/ page does not reach the shared files: %s", fr)
	}
	if strings.Contains(fr, "hreflang") {
		t.Errorf("alternate links without a public address: %s", fr)
	}
	en := string(pageLinks(page, &words.EN, "https://example.org/idm2017/"))
	for _, want := range []string{
		`<link rel="alternate" hreflang="en" href="https://example.org/idm2017/">`,
		`<link rel="alternate" hreflang="fr" href="https://example.org/idm2017/fr/">`,
		`<link rel="alternate" hreflang="es" href="https://example.org/idm2017/es/">`,
		`<link rel="alternate" hreflang="x-default" href="https://example.org/idm2017/">`,
		`href="web/style.css"`,
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English page lacks %s:\n%s", want, en)
		}
	}
}
