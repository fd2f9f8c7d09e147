package document

import (
	"html"
	"html/template"
	"regexp"
	"strings"
	"testing"

	"idmreport/app/words"
)

// tags matches the links the document puts around names in a paragraph.
var tags = regexp.MustCompile(`<a class="name-link"[^>]*>([^<]*)</a>`)

// islands stands in for the prerendered islands.
var islands = Islands{"filters": template.HTML(`<section class="filters">F</section>`),
	"share": "<div>S</div>", "notice": "<div>N</div>", "map-controls": "<div>C</div>", "map-info": "<div>I</div>",
	"result": "<div>R</div>"}

// TestDocumentHasTheWholeText checks that the static document carries every
// paragraph, practice and speaker in the report's order, with the ids the
// browser looks them up by.
func TestDocumentHasTheWholeText(t *testing.T) {
	ix := report(t)
	b, err := Render(ix, islands, &words.EN)
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	text := html.UnescapeString(out)
	at := 0
	for _, p := range ix.Report.Paragraphs {
		open := `<div id="` + string(p.ID) + `" class="para"><p id="` + string(p.ID) + `-text">`
		i := strings.Index(out[at:], open)
		if i < 0 {
			t.Fatalf("paragraph %s missing, or out of order", p.ID)
		}
		at += i + len(open)
		inner := out[at : at+strings.Index(out[at:], "</p>")]
		if got := html.UnescapeString(tags.ReplaceAllString(inner, "$1")); got != p.Text {
			t.Errorf("paragraph %s reads %q, want %q", p.ID, got, p.Text)
		}
	}
	for _, s := range ix.Report.Speakers {
		if !strings.Contains(text, `id="speaker-`+string(s.ID)+`"`) || !strings.Contains(text, ">"+s.Name+"</h4>") {
			t.Errorf("speaker %s missing", s.ID)
		}
	}
	plain := html.UnescapeString(tags.ReplaceAllString(out, "$1")) // the text without its name links
	for _, p := range ix.Report.Practices {
		if !strings.Contains(text, `id="practice-`+string(p.ID)+`"`) || !strings.Contains(plain, p.Text) {
			t.Errorf("practice %s missing", p.ID)
		}
	}
	for _, p := range ix.Report.Places {
		if !strings.Contains(out, `<tr class="place-row" id="place-`+string(p.ID)+`">`) {
			t.Errorf("place %s has no row in the table", p.ID)
		}
	}
	for slot, markup := range islands {
		if !strings.Contains(out, `data-island="`+slot+`">`+string(markup)+`</div>`) {
			t.Errorf("island %s is not in its slot", slot)
		}
	}
}

// TestDocumentShowsEverything checks that nothing in the default document is
// hidden but what only a filter shows, and that ids are unique.
func TestDocumentShowsEverything(t *testing.T) {
	ix := report(t)
	b, err := Render(ix, islands, &words.EN)
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	if strings.Contains(out, ` hidden="`) {
		t.Error(`the document has a hidden="…" attribute: any value hides`)
	}
	hidden := regexp.MustCompile(`<[a-z]+ [^>]*\shidden[\s>]`).FindAllString(out, -1)
	want := len(ix.Report.Sections)*2 + 1 + len(ix.Report.Paragraphs) // section and contents counts, the legend's "faded" key, each paragraph's quote field (shown when the clipboard refuses)
	if len(hidden) != want {
		t.Errorf("%d hidden elements, want %d (only the counts, the faded key and the quote fields)", len(hidden), want)
	}
	seen := map[string]bool{}
	for _, m := range regexp.MustCompile(`\sid="([^"]+)"`).FindAllStringSubmatch(out, -1) {
		if seen[m[1]] {
			t.Errorf("id %q is used twice", m[1])
		}
		seen[m[1]] = true
	}
	again, _ := Render(ix, islands, &words.EN)
	if string(again) != out {
		t.Error("two renders of the same report differ")
	}
}

// TestTranslatedDocuments checks that the French and Spanish documents carry
// the whole English text, marked lang="en", with the interface's words in
// their language.
func TestTranslatedDocuments(t *testing.T) {
	ix := report(t)
	for _, tt := range []struct {
		w     *words.Words
		words []string
	}{
		{&words.FR, []string{">Sommaire</h2>", ">Bonnes pratiques</h2>", ">Intervenants</h2>", "Copier le lien", "Enfants", "Chronologie", `lang="fr" hreflang="fr" aria-current="page">Français`, `href="../web/data/report.json"`, "19 septembre 2016"}},
		{&words.ES, []string{">Índice</h2>", ">Buenas prácticas</h2>", ">Ponentes</h2>", "Copiar el enlace", "Niños", "Cronología", `lang="es" hreflang="es" aria-current="page">Español`, `href="../web/data/report.json"`, "19 de septiembre de 2016"}},
	} {
		if en, _ := Render(ix, islands, &words.EN); strings.Contains(string(en), `<div class="report-body" lang=`) {
			t.Error("the English document marks its own text lang=en")
		}
		b, err := Render(ix, islands, tt.w)
		if err != nil {
			t.Fatal(err)
		}
		text := html.UnescapeString(tags.ReplaceAllString(string(b), "$1"))
		body := strings.Index(text, `<div class="report-body" lang="en">`)
		if body < 0 {
			t.Fatalf("%s: no report body marked lang=en", tt.w.Lang)
		}
		at := body
		for _, p := range ix.Report.Paragraphs {
			i := strings.Index(text[at:], `<div id="`+string(p.ID)+`" class="para"><p id="`+string(p.ID)+`-text">`+p.Text+`</p>`)
			if i < 0 {
				t.Fatalf("%s: paragraph %s missing, or out of order", tt.w.Lang, p.ID)
			}
			at += i
		}
		for _, p := range ix.Report.Practices {
			at := strings.Index(text, `<li class="card" id="practice-`+string(p.ID)+`">`)
			if at < 0 {
				t.Errorf("%s: practice %s has no card", tt.w.Lang, p.ID)
				continue
			}
			card, _, _ := strings.Cut(text[at:], "</li>")
			if !strings.Contains(card, `href="#`+string(p.Paragraph)+`"`) || !strings.Contains(card, ` lang="en">`+p.Title+"</h3>") {
				t.Errorf("%s: practice %s lacks its English title or its link to ¶ %s", tt.w.Lang, p.ID, p.Paragraph)
			}
			if strings.Contains(card, p.Text) { // the words are in the paragraph, once
				t.Errorf("%s: practice %s repeats the paragraph's text", tt.w.Lang, p.ID)
			}
		}
		for _, s := range ix.Report.Speakers {
			if !strings.Contains(text, `id="speaker-`+string(s.ID)+`-name" lang="en">`+s.Name+"</h4>") {
				t.Errorf("%s: speaker %s missing or not marked English", tt.w.Lang, s.ID)
			}
		}
		for _, w := range tt.words {
			if !strings.Contains(text, w) {
				t.Errorf("%s: document lacks %q", tt.w.Lang, w)
			}
		}
	}
}
