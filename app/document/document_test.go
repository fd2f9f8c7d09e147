package document

import (
	"html"
	"html/template"
	"regexp"
	"strings"
	"testing"

	"idmreport/app/words"
)

// islands stands in for the prerendered islands.
var islands = Islands{"filters": template.HTML(`<section class="filters">F</section>`),
	"share": "<div>S</div>", "notice": "<div>N</div>", "map-controls": "<div>C</div>", "map-info": "<div>I</div>"}

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
		i := strings.Index(text[at:], `<div id="`+p.ID+`" class="para"><p id="`+p.ID+`-text">`+p.Text+`</p>`)
		if i < 0 {
			t.Fatalf("paragraph %s missing, or out of order", p.ID)
		}
		at += i
	}
	for _, s := range ix.Report.Speakers {
		if !strings.Contains(text, `id="speaker-`+s.ID+`"`) || !strings.Contains(text, ">"+s.Name+"</h4>") {
			t.Errorf("speaker %s missing", s.ID)
		}
	}
	for _, p := range ix.Report.Practices {
		if !strings.Contains(text, `id="practice-`+p.ID+`"`) || !strings.Contains(text, p.Text) {
			t.Errorf("practice %s missing", p.ID)
		}
	}
	for _, p := range ix.Report.Places {
		if !strings.Contains(out, `<tr class="place-row" id="place-`+p.ID+`">`) {
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
	want := len(ix.Report.Sections)*2 + 1 // section and contents counts, the legend's "faded" key
	if len(hidden) != want {
		t.Errorf("%d hidden elements, want %d (only the counts and the faded key)", len(hidden), want)
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
