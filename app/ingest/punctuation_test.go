package ingest_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"idmreport/app/model"
)

// TestPunctuationMatchesSource compares, for the front matter, every heading
// and every paragraph, the count of each punctuation mark with the stretch of
// source.txt that holds the same words. A difference must be explained by a
// documented restoration (data/README.md, Cleaning rules): the general rules
// below count, in the source stretch, the places where they apply; the
// single restorations name their paragraph. Any other difference fails: a mark
// the cleaning dropped, or one added without a documented reason.
func TestPunctuationMatchesSource(t *testing.T) {
	pages, _ := sourcePages(t)
	src := strings.Join(strings.Fields(strings.Join(pages, " ")), " ")
	parts := punctuationParts(realReport(t))
	var ds strings.Builder
	starts := make([]int, len(parts)) // byte offset of each part in the joined dataset text
	for i, p := range parts {
		if i > 0 {
			ds.WriteByte(' ')
		}
		starts[i] = ds.Len()
		ds.WriteString(p.text)
	}
	dsText := ds.String()
	srcWords, dsWords := wordSpans(src), wordSpans(dsText)
	if len(srcWords) != len(dsWords) {
		t.Fatalf("source has %d words, dataset %d (TestFidelityExact says where)", len(srcWords), len(dsWords))
	}
	for i := range srcWords {
		a, b := srcWords[i], dsWords[i]
		if !strings.EqualFold(src[a[0]:a[1]], dsText[b[0]:b[1]]) {
			t.Fatalf("word %d differs: source %q, dataset %q", i, src[a[0]:a[1]], dsText[b[0]:b[1]])
		}
	}
	// Each part's stretch runs from its first word to the next part's first
	// word, in both texts, so a mark between two parts counts once.
	firstWord := func(offset int) int {
		return slices.IndexFunc(dsWords, func(w [2]int) bool { return w[0] >= offset })
	}
	used := map[int]bool{}
	for i, p := range parts {
		w0, w1 := firstWord(starts[i]), len(dsWords)
		if i+1 < len(parts) {
			w1 = firstWord(starts[i+1])
		}
		sFrom, dFrom := srcWords[w0][0], dsWords[w0][0]
		sTo, dTo := len(src), len(dsText)
		if w1 < len(dsWords) {
			sTo, dTo = srcWords[w1][0], dsWords[w1][0]
		}
		if w0 == 0 {
			sFrom, dFrom = 0, 0
		}
		sPart, dPart := src[sFrom:sTo], dsText[dFrom:dTo]
		want := marks(sPart)
		for _, g := range generalRestorations {
			n := len(g.where.FindAllStringIndex(sPart, -1))
			for r, d := range g.delta {
				want[r] += n * d
			}
		}
		for k, s := range singleRestorations {
			if s.part != p.id {
				continue
			}
			if !strings.Contains(sPart, s.source) {
				t.Errorf("%s: restoration %q: the source has no %q here", p.id, s.why, s.source)
			}
			used[k] = true
			for r, d := range s.delta {
				want[r] += d
			}
		}
		got := marks(dPart)
		for _, r := range union(got, want) {
			if got[r] != want[r] {
				t.Errorf("%s: %d × %q in the dataset, %d expected from the source (%d) and the documented restorations;\nsource:  %q\ndataset: %q",
					p.id, got[r], r, want[r], marks(sPart)[r], sPart, dPart)
			}
		}
	}
	for k, s := range singleRestorations {
		if !used[k] {
			t.Errorf("restoration %q names part %q, which does not exist", s.why, s.part)
		}
	}
}

// A generalRestoration is a cleaning rule that applies wherever its source
// pattern occurs, changing the counts of marks by delta at each place.
type generalRestoration struct {
	why   string
	where *regexp.Regexp // in the source text
	delta map[rune]int
}

var generalRestorations = []generalRestoration{
	{"rule 3: singular possessive, IOM s -> IOM's", regexp.MustCompile(`\b[A-Za-z][A-Za-z-]* s\b`), map[rune]int{'\'': 1}},
	{"rule 4: plural possessive, migrants rights -> migrants' rights",
		regexp.MustCompile(`\bmigrants (vulnerability|vulnerabilities|voices|skills|rights|languages|immediate|associations)\b`),
		map[rune]int{'\'': 1}},
	{"rule 5: day range, 18 19 July -> 18–19 July", regexp.MustCompile(`\b\d{1,2} \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b`),
		map[rune]int{'–': 1}},
	{"rule 7: double hyphen, -- -> –", regexp.MustCompile(` -- `), map[rune]int{'-': -2, '–': 1}},
}

// A singleRestoration is one mark restored in one place (rules 8–10).
type singleRestoration struct {
	part   string // paragraph id
	source string // the source words where the mark goes back
	delta  map[rune]int
	why    string
}

var singleRestorations = []singleRestoration{
	{"area-1-p6", "immediate short-term such as responding", map[rune]int{'–': 1},
		"rule 8: the opening dash of the aside that ' -- ' closes"},
	{"panels-p1", "Identifying migrant vulnerabilities structural and situational", map[rune]int{'–': 1},
		"rule 9: the dash between the second panel's title and subtitle"},
	{"opening-p3", "migrants in vulnerable situations he underlined", map[rune]int{'“': 1, '”': 1},
		"rule 10: the quotation marks around the words 'he underlined' reports"},
}

// punctPart is one stretch of the dataset's text: the front matter as the
// ingest expects it at the start of the text, a heading or a paragraph.
type punctPart struct{ id, text string }

func punctuationParts(r *model.Report) []punctPart {
	d := r.Document
	parts := []punctPart{{"front", d.Title + " " + d.Subtitle + " " + d.Dates + " " + d.Venue + ", " + d.City + " " + d.Kind}}
	text := map[model.ParagraphID]string{}
	for _, p := range r.Paragraphs {
		text[p.ID] = p.Text
	}
	for _, s := range r.Sections {
		if s.Heading != "" {
			parts = append(parts, punctPart{string(s.ID) + " heading", s.Heading})
		}
		for _, id := range s.Paragraphs {
			parts = append(parts, punctPart{string(id), text[id]})
		}
	}
	return parts
}

// wordSpans returns the byte spans of the runs of letters and digits.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// marks counts every character that is neither a letter, a digit nor space.
func marks(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r) {
			m[r]++
		}
	}
	return m
}

func union(a, b map[rune]int) []rune {
	var out []rune
	for r := range a {
		out = append(out, r)
	}
	for r := range b {
		if _, ok := a[r]; !ok {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out
}

// TestPunctuationTestCatchesDrops checks that the comparison above would see
// a dropped mark: a stretch without its colon differs from the source.
func TestPunctuationTestCatchesDrops(t *testing.T) {
	a := marks("States face the challenge of balancing competing demands: maximizing")
	b := marks("States face the challenge of balancing competing demands maximizing")
	if fmt.Sprint(a) == fmt.Sprint(b) {
		t.Error("marks() does not tell a text from the same text without its colon")
	}
}
