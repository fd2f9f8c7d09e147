package ingest_test

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"idmreport/app/model"
)

// The fidelity tests check the dataset against the transcription itself,
// read directly rather than through ParseSource, so a bug in the ingest's own
// reading of the source cannot hide from them.

var (
	// pageMark is a printed page number at a page end: a number and a blank line.
	pageMark = regexp.MustCompile(`\s(\d{1,2})\n\n`)
	// lastPageMark is the number that ends the last page.
	lastPageMark = regexp.MustCompile(`\s(\d{1,2})\s*$`)
	// sentenceEnd cuts the text into sentences.
	sentenceEnd = regexp.MustCompile(`[.!?]\s+`)
)

// sourcePages reads data/source.txt and returns the text after
// "Transcription:" cut at the printed page numbers, with the numbers removed,
// and the numbers in the order they occur.
func sourcePages(t *testing.T) (pages []string, numbers []int) {
	t.Helper()
	raw, err := os.ReadFile(dataDir + "/source.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, body, ok := strings.Cut(strings.ReplaceAll(string(raw), "\r\n", "\n"), "Transcription:")
	if !ok {
		t.Fatal(`source.txt has no "Transcription:"`)
	}
	last := lastPageMark.FindStringSubmatchIndex(body)
	if last == nil {
		t.Fatal("source.txt does not end with a page number")
	}
	for _, m := range pageMark.FindAllStringSubmatch(body[:last[0]], -1) {
		numbers = append(numbers, atoi(t, m[1]))
	}
	numbers = append(numbers, atoi(t, body[last[2]:last[3]]))
	return pageMark.Split(body[:last[0]], -1), numbers
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// normalize lower-cases s and turns every run of characters other than
// letters and digits (spaces, punctuation, apostrophes, dashes) into one
// space, so that "IOM s" and "IOM's", "18 19" and "18–19" compare equal.
func normalize(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(s) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte(' ')
		}
		gap = false
		b.WriteRune(r)
	}
	return b.String()
}

// datasetText is the report's text in document order: the front matter,
// then each section's printed heading and its paragraphs.
func datasetText(t *testing.T, r *model.Report) []string {
	t.Helper()
	d := r.Document
	parts := []string{d.Title, d.Subtitle, d.Dates, d.Venue, d.City, d.Kind}
	text := map[model.ParagraphID]string{}
	for _, p := range r.Paragraphs {
		text[p.ID] = p.Text
	}
	for _, s := range r.Sections {
		if s.Heading != "" {
			parts = append(parts, s.Heading)
		}
		for _, id := range s.Paragraphs {
			tx, ok := text[id]
			if !ok {
				t.Fatalf("section %s lists unknown paragraph %q", s.ID, id)
			}
			parts = append(parts, tx)
		}
	}
	return parts
}

func TestSourcePageNumbers(t *testing.T) {
	pages, numbers := sourcePages(t)
	if got, want := len(numbers), 13; got != want {
		t.Fatalf("found %d page numbers, want %d: %v", got, want, numbers)
	}
	for i, n := range numbers {
		if n != i+1 {
			t.Errorf("page number %d is %d, want %d", i+1, n, i+1)
		}
	}
	if got, want := len(pages), len(numbers); got != want {
		t.Errorf("%d pages for %d page numbers", got, want)
	}
}

// TestFidelityInOrder checks that every sentence of the transcription, cut
// also at the page breaks, occurs in the dataset, in document order.
func TestFidelityInOrder(t *testing.T) {
	pages, _ := sourcePages(t)
	ds := " " + normalize(strings.Join(datasetText(t, realReport(t)), " ")) + " "
	pos, n := 0, 0
	for pi, page := range pages {
		for _, sentence := range sentenceEnd.Split(page, -1) {
			frag := normalize(sentence)
			if frag == "" {
				continue
			}
			n++
			needle := " " + frag + " "
			i := strings.Index(ds[pos:], needle)
			if i < 0 {
				where := "anywhere"
				if strings.Contains(ds, needle) {
					where = "only earlier, out of order"
				}
				t.Errorf("page %d: fragment %q not found after offset %d (found %s); dataset there: %q",
					pi+1, frag, pos, where, ds[pos:min(len(ds), pos+120)])
				continue
			}
			pos += i + len(needle) - 1 // the fragments share the space between them
		}
	}
	if n < 200 {
		t.Errorf("only %d fragments: the sentence split is not doing its job", n)
	}
}

// TestFidelityExact checks the reverse: the dataset's words are exactly the
// transcription's words without the page numbers, none added or dropped.
func TestFidelityExact(t *testing.T) {
	pages, _ := sourcePages(t)
	got := strings.Fields(normalize(strings.Join(datasetText(t, realReport(t)), " ")))
	want := strings.Fields(normalize(strings.Join(pages, " ")))
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Fatalf("word %d differs: dataset has %q, source has %q",
				i, strings.Join(got[max(0, i-8):min(len(got), i+8)], " "),
				strings.Join(want[max(0, i-8):min(len(want), i+8)], " "))
		}
	}
	if len(got) != len(want) {
		t.Fatalf("dataset has %d words, source %d; tail of the longer: %q", len(got), len(want),
			strings.Join(append(got[min(len(got), len(want)):], want[min(len(got), len(want)):]...), " "))
	}
}

// pageBreaks are the transcription's 13 page ends: the word before the
// printed number and the word that starts the next page ("" after the last).
var pageBreaks = []struct {
	before string
	number int
	after  string
}{
	{"enhance", 1, "migrant"},
	{"that", 2, "by"},
	{"and", 3, "how"},
	{"Aud", 4, "Kolberg"},
	{"smugglers", 5, "and"},
	{"rights", 6, "law"},
	{"in", 7, "which"},
	{"Several", 8, "speakers"},
	{"for", 9, "Children"},
	{"included:", 10, "In"},
	{"case", 11, "studies"},
	{"in", 12, "vulnerable"},
	{"USA.", 13, ""},
}

// TestNoLeftoverPageNumbers checks each page break: the source has it, the
// dataset joins its two words without the number, and no paragraph keeps the
// number between them.
func TestNoLeftoverPageNumbers(t *testing.T) {
	raw, err := os.ReadFile(dataDir + "/source.txt")
	if err != nil {
		t.Fatal(err)
	}
	src := string(raw)
	r := realReport(t)
	text := strings.Join(datasetText(t, r), " ")
	for _, b := range pageBreaks {
		num := strconv.Itoa(b.number)
		if b.after == "" {
			if want := b.before + " " + num; !strings.HasSuffix(strings.TrimSpace(src), want) {
				t.Errorf("source does not end with %q", want)
			}
			last := r.Paragraphs[len(r.Paragraphs)-1]
			if !strings.HasSuffix(last.Text, b.before) {
				t.Errorf("last paragraph %s ends %q, want it to end with %q", last.ID,
					last.Text[max(0, len(last.Text)-20):], b.before)
			}
			continue
		}
		inSource := regexp.MustCompile(`\s` + regexp.QuoteMeta(b.before) + ` ` + num + `\n\n` + regexp.QuoteMeta(b.after) + `\b`)
		if !inSource.MatchString(src) {
			t.Errorf("source has no page break %q", inSource)
		}
		leftover := regexp.MustCompile(`\b` + regexp.QuoteMeta(b.before) + `\s+` + num + `\s+` + regexp.QuoteMeta(b.after) + `\b`)
		joined := regexp.MustCompile(`\b` + regexp.QuoteMeta(b.before) + `\s+` + regexp.QuoteMeta(b.after) + `\b`)
		for _, p := range r.Paragraphs {
			if leftover.MatchString(p.Text) {
				t.Errorf("paragraph %s keeps page number %d: %q", p.ID, b.number, leftover.FindString(p.Text))
			}
		}
		// The break may fall inside a paragraph or between two.
		if !joined.MatchString(text) {
			t.Errorf("the dataset does not join %q and %q across page break %d", b.before, b.after, b.number)
		}
	}
	// Any other page number (1–13) between two lower-case words would be one
	// the ingest missed; the text itself has none ("by 40 speakers" is text).
	stray := regexp.MustCompile(`\b[a-z]+ ([1-9]|1[0-3]) [a-z]+\b`)
	for _, p := range r.Paragraphs {
		if m := stray.FindString(p.Text); m != "" {
			t.Errorf("paragraph %s has a number between lower-case words: %q", p.ID, m)
		}
	}
}

// TestParagraphPages checks each paragraph's Page against the page of the
// transcription on which its first words are printed.
func TestParagraphPages(t *testing.T) {
	pages, _ := sourcePages(t)
	var src strings.Builder
	var starts []int // offset in src where each page's first word starts
	src.WriteString(" ")
	for _, p := range pages {
		starts = append(starts, src.Len())
		src.WriteString(normalize(p) + " ")
	}
	text := src.String()
	pos := 0
	for _, p := range realReport(t).Paragraphs {
		words := strings.Fields(normalize(p.Text))
		head := " " + strings.Join(words[:min(len(words), 8)], " ") + " "
		i := strings.Index(text[pos:], head)
		if i < 0 {
			t.Errorf("paragraph %s: start %q not found in the source after offset %d", p.ID, head, pos)
			continue
		}
		pos += i + 1
		page := 0
		for k, s := range starts {
			if pos >= s {
				page = k + 1
			}
		}
		if got, want := p.Page, page; got != want {
			t.Errorf("paragraph %s: Page = %d, want %d (it starts %q)", p.ID, got, want, head)
		}
	}
}
