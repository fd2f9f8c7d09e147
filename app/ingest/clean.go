package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// pageEnd matches a printed page number at the end of a page of the
// transcription: " 12" followed by a blank line (or the end of the text).
var pageEnd = regexp.MustCompile(`[ \t]+(\d{1,2})\s*(\n\s*\n|\s*$)`)

// A repair restores what the transcription lost where the reading is certain.
type repair struct {
	what string
	re   *regexp.Regexp
	with string
}

// repairs lists every change the ingest makes to the author's words, in order.
// Each is a restoration of punctuation the transcription dropped; no word is
// added, dropped or changed.
var repairs = []repair{
	{"singular possessive apostrophe (IOM s -> IOM's)", regexp.MustCompile(`\b([A-Za-z][A-Za-z-]*) s\b`), "$1's"},
	{"plural possessive apostrophe (migrants rights -> migrants' rights)",
		regexp.MustCompile(`\bmigrants (vulnerability|vulnerabilities|voices|skills|rights|languages|immediate|associations)\b`), "migrants' $1"},
	{"en dash in day ranges (18 19 July -> 18–19 July)",
		regexp.MustCompile(`\b(\d{1,2}) (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b`), "$1–$2 $3"},
	{"hyphen split by a line break (Director- General)", regexp.MustCompile(`\bDirector- General\b`), "Director-General"},
	{"double hyphen as a dash", regexp.MustCompile(` -- `), " – "},

	// Single marks the transcription dropped where the text itself shows
	// which mark and where (data/README.md, Cleaning rules 8–10). The
	// transcription drops every non-ASCII mark (’ “ ” –) and keeps the ASCII
	// ones (: ; ( ) / -- ?), so a lost mark is one of the former.
	{"opening dash of the aside that ' -- ' closes (area-1-p6)",
		regexp.MustCompile(`\bimmediate short-term such as responding\b`), "immediate short-term – such as responding"},
	{"dash between the second panel's title and subtitle (panels-p1)",
		regexp.MustCompile(`\bIdentifying migrant vulnerabilities structural and situational\b`),
		"Identifying migrant vulnerabilities – structural and situational"},
	{"quotation marks around the words 'he underlined' reports (opening-p3)",
		regexp.MustCompile(`\b(We are not talking about creating a new category of migrants to whom specific protections are owed\. Rather we are talking about migrants in vulnerable situations) he underlined\b`),
		"“$1” he underlined"},
}

// Repair applies the punctuation repairs to one line of text and collapses
// runs of white space.
func Repair(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, r := range repairs {
		s = r.re.ReplaceAllString(s, r.with)
	}
	return s
}

// Page is a stretch of cleaned text that starts on a given printed page.
type Page struct {
	Number int
	Text   string
}

// SplitPages removes the printed page numbers from the transcription and
// returns its pages in order, each cleaned with Repair. The numbers must run
// 1, 2, 3… without a gap; otherwise the transcription is not what the ingest
// expects and it says where.
func SplitPages(body string) ([]Page, error) {
	var pages []Page
	rest := body
	for n := 1; ; n++ {
		loc := pageEnd.FindStringSubmatchIndex(rest)
		if loc == nil {
			if strings.TrimSpace(rest) != "" {
				return nil, fmt.Errorf("text after page %d has no page number", n-1)
			}
			return pages, nil
		}
		num, _ := strconv.Atoi(rest[loc[2]:loc[3]])
		if num != n {
			return nil, fmt.Errorf("page number %d found where page %d ends (near %q)", num, n, excerpt(rest, loc[0]))
		}
		pages = append(pages, Page{Number: n, Text: Repair(rest[:loc[0]])})
		rest = rest[loc[1]:]
	}
}

func excerpt(s string, at int) string {
	from := max(0, at-30)
	return s[from:at]
}
