package e2e

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// englishParagraphs counts the report's paragraphs that are shown and whose
// language, from the nearest lang attribute, is English.
const englishParagraphs = `[...document.querySelectorAll(".para:not([hidden]) > p[id$=\"-text\"]")].filter(p => !p.closest("[hidden]") && p.closest("[lang]").getAttribute("lang") === "en").length`

// TestLanguagePages opens the French and Spanish pages: the interface
// speaks their language (the search label, the chips, the status after a
// filter) and every English paragraph stays, marked lang="en".
func TestLanguagePages(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	base := startSite(t, "/idm2017/")
	for _, tt := range []struct{ dir, lang, search, chip, status string }{
		{"fr/", "fr", "Rechercher dans le rapport", "Enfants", "Affichage de " + strconv.Itoa(len(tagged(r, "children"))) + " sur " + strconv.Itoa(len(r.Paragraphs)) + " paragraphes"},
		{"es/", "es", "Buscar en el informe", "Niños", "Se muestran " + strconv.Itoa(len(tagged(r, "children"))) + " de " + strconv.Itoa(len(r.Paragraphs)) + " párrafos"},
	} {
		p := newBrowser(t)
		navigate(t, p, base+tt.dir)
		waitReady(t, p.ctx)
		if got := evaluate[string](t, p.ctx, `document.documentElement.lang`); got != tt.lang {
			t.Errorf("%s: <html lang=%q>", tt.dir, got)
		}
		if got := textOf(t, p.ctx, `label[for="search"]`); got != tt.search {
			t.Errorf("%s: search label %q, want %q", tt.dir, got, tt.search)
		}
		if got := textOf(t, p.ctx, `#theme-children .theme-label`); got != tt.chip {
			t.Errorf("%s: chip %q, want %q", tt.dir, got, tt.chip)
		}
		if got := evaluate[int](t, p.ctx, englishParagraphs); got != len(r.Paragraphs) {
			t.Errorf("%s: %d English paragraphs shown, want %d", tt.dir, got, len(r.Paragraphs))
		}
		click(t, p.ctx, "#theme-children")
		waitFor(t, p.ctx, `document.querySelector("[role=status]").textContent.startsWith(`+jsString(tt.status)+`)`)
		click(t, p.ctx, "#clear")
		waitFor(t, p.ctx, englishParagraphs+` === `+strconv.Itoa(len(r.Paragraphs)))
		assertNoErrors(t, p)
		assertSameHost(t, p, base)
	}
}

// TestLangQuery checks that ?lang=fr on the root page goes to the French
// page with the query and the fragment, and that the switcher's English
// link, clicked, keeps the view and stays English (the choice is kept).
func TestLangQuery(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	navigate(t, p, base+"?lang=fr&theme=children#area-3-p2")
	waitFor(t, p.ctx, `location.pathname.endsWith("/idm2017/fr/")`)
	waitReady(t, p.ctx)
	if got := evaluate[string](t, p.ctx, `location.search + location.hash`); !strings.Contains(got, "theme=children") || !strings.HasSuffix(got, "#area-3-p2") {
		t.Errorf("the French page lost the view: %q", got)
	}
	waitFor(t, p.ctx, `document.querySelector("#theme-children").getAttribute("aria-pressed") === "true"`)
	click(t, p.ctx, `.lang-switch a[hreflang="en"]`)
	waitFor(t, p.ctx, `location.pathname.endsWith("/idm2017/") && document.documentElement.lang === "en"`)
	waitReady(t, p.ctx)
	if got := evaluate[string](t, p.ctx, `location.search`); !strings.Contains(got, "theme=children") || strings.Contains(got, "lang=") {
		t.Errorf("the switcher did not keep the view: %q", got)
	}
	navigate(t, p, base)
	waitReady(t, p.ctx)
	if got := evaluate[string](t, p.ctx, `document.documentElement.lang`); got != "en" {
		t.Errorf("the root page after choosing English is %q", got)
	}
	assertNoErrors(t, p)
}

// TestLanguageWithoutScript reads the French page with JavaScript off: it
// is French, with the whole English text.
func TestLanguageWithoutScript(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	evaluate[any](t, p.ctx, "0") // start the browser
	spoil(p.ctx)
	if _, err := chromedp.Call(p.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	navigate(t, p, base+"fr/")
	for sel, want := range map[string]string{`label[for="search"]`: "Rechercher dans le rapport", `.toc-title`: "Sommaire",
		`#good-practices-h`: "Bonnes pratiques", `#theme-health .theme-label`: "Santé"} {
		if got := evaluate[string](t, p.ctx, `document.querySelector(`+jsString(sel)+`).textContent`); got != want {
			t.Errorf("%s: %q, want %q", sel, got, want)
		}
	}
	if got := evaluate[int](t, p.ctx, englishParagraphs); got != len(r.Paragraphs) {
		t.Errorf("%d English paragraphs, want %d", got, len(r.Paragraphs))
	}
}
