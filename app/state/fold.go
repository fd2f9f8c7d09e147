package state

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// foldFrom and foldTo map accented Latin letters to their base letters, rune
// for rune, so a folded text has the same rune count as the original.
const (
	foldFrom = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžß’‘`"
	foldTo   = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzs'''"
)

var foldMap = func() map[rune]rune {
	from, to := []rune(foldFrom), []rune(foldTo)
	if len(from) != len(to) {
		panic("state: fold tables differ in length")
	}
	m := make(map[rune]rune, len(from))
	for i, r := range from {
		m[r] = to[i]
	}
	return m
}()

// Fold lower-cases s and strips diacritics, keeping one rune per rune.
func Fold(s string) string {
	return strings.Map(foldRune, s)
}

func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	if f, ok := foldMap[r]; ok {
		return f
	}
	return r
}

// Terms splits a search text into folded words.
func Terms(query string) []string {
	return strings.Fields(Fold(query))
}

// MatchAll reports whether the folded text contains every term.
func MatchAll(folded string, terms []string) bool {
	for _, t := range terms {
		if !strings.Contains(folded, t) {
			return false
		}
	}
	return true
}

// Segment is a piece of text, marked when it matches the search.
type Segment struct {
	Text string
	Mark bool
}

// Highlight splits text into segments, marking every occurrence of a term
// (case- and diacritic-insensitive). With no terms it returns one segment.
func Highlight(text string, terms []string) []Segment {
	if len(terms) == 0 {
		return []Segment{{Text: text}}
	}
	orig := []rune(text)
	folded := Fold(text)
	marked := make([]bool, len(orig))
	for _, t := range terms {
		for from := 0; ; {
			i := strings.Index(folded[from:], t)
			if i < 0 || t == "" {
				break
			}
			at := utf8.RuneCountInString(folded[:from+i])
			for j := at; j < at+utf8.RuneCountInString(t); j++ {
				marked[j] = true
			}
			from += i + len(t)
		}
	}
	var segs []Segment
	start := 0
	for i := 1; i <= len(orig); i++ {
		if i == len(orig) || marked[i] != marked[start] {
			segs = append(segs, Segment{Text: string(orig[start:i]), Mark: marked[start]})
			start = i
		}
	}
	return segs
}

// Span is a match in a text, in UTF-16 code units: the offsets a DOM Range
// takes.
type Span struct{ Start, End int }

// Spans lists the marked stretches of Highlight(text, terms) as UTF-16
// offsets, for highlighting text that is already on the page.
func Spans(text string, terms []string) []Span {
	var out []Span
	at := 0
	for _, s := range Highlight(text, terms) {
		n := 0
		for _, r := range s.Text {
			n += utf16.RuneLen(r)
		}
		if s.Mark {
			out = append(out, Span{at, at + n})
		}
		at += n
	}
	return out
}
