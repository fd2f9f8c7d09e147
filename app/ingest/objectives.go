package ingest

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"idmreport/app/model"
)

// GCMObjectives is how many objectives the Global Compact for Migration has
// (A/RES/73/195, paragraph 16); gcm-objectives.csv must hold 1 to 23.
const GCMObjectives = 23

// Quotation marks of a link's reason: the words between them must occur in
// the paragraph, exactly.
const (
	quoteOpen  = "“"
	quoteClose = "”"
)

// linkable reports whether a section's paragraphs may be linked to GCM
// objectives: the areas of convergence (numbered 1–10), the panels and the
// good practices.
func linkable(s model.Section) bool {
	return s.Number >= 1 || s.ID == "panels" || s.ID == "practices"
}

// loadObjectives reads gcm-objectives.csv: the objectives numbered 1, 2, 3…
// in order, each with its title.
func (b *builder) loadObjectives(*Source) error {
	t, err := readTable(b.fsys, ObjectivesFile, "number", "title")
	if err != nil {
		return err
	}
	for _, r := range t.rows {
		want := len(b.r.Objectives) + 1
		n, err := strconv.Atoi(r.get("number"))
		if err != nil || n != want {
			b.fail(r.errorf("objective number %q: want %d (the objectives run 1, 2, 3… in order)", r.get("number"), want))
			return nil
		}
		o := model.Objective{Number: model.ObjectiveNumber(n), Title: r.get("title")}
		if o.Title == "" {
			b.fail(r.errorf("objective %d needs a title", n))
		}
		b.r.Objectives = append(b.r.Objectives, o)
	}
	if n := len(b.r.Objectives); n != GCMObjectives {
		line := 1
		if len(t.rows) > 0 {
			line = t.rows[len(t.rows)-1].line
		}
		b.fail(fmt.Errorf("%s:%d: %d objectives, want %d (A/RES/73/195)", ObjectivesFile, line, n, GCMObjectives))
	}
	return nil
}

// linkObjectives reads gcm-links.csv, the editorial cross-reference of
// paragraphs to objectives, and fills Report.ObjectiveLinks and each linked
// paragraph's Objectives.
func (b *builder) linkObjectives(*Source) error {
	t, err := readTable(b.fsys, ObjectiveLinksFile, "paragraph", "objective", "reason")
	if err != nil {
		return err
	}
	sections := map[model.SectionID]model.Section{}
	for _, s := range b.r.Sections {
		sections[s.ID] = s
	}
	order := map[model.ParagraphID]int{}
	for i, p := range b.r.Paragraphs {
		order[p.ID] = i
	}
	type key struct {
		para model.ParagraphID
		obj  model.ObjectiveNumber
	}
	seen := map[key]int{} // link -> its line
	var links []model.ObjectiveLink
	for _, r := range t.rows {
		l := model.ObjectiveLink{Paragraph: model.ParagraphID(r.get("paragraph")), Reason: r.get("reason")}
		para := b.paragraphs[l.Paragraph]
		if para == nil {
			b.fail(r.errorf("paragraph %q does not exist", l.Paragraph))
			continue
		}
		if s := sections[para.Section]; !linkable(s) {
			b.fail(r.errorf("paragraph %q is in section %q: only the areas of convergence, the panels and the good practices are linked to objectives", l.Paragraph, para.Section))
			continue
		}
		n, err := strconv.Atoi(r.get("objective"))
		if err != nil || n < 1 || n > len(b.r.Objectives) {
			b.fail(r.errorf("objective %q is not a GCM objective (1–%d)", r.get("objective"), len(b.r.Objectives)))
			continue
		}
		l.Objective = model.ObjectiveNumber(n)
		if first, dup := seen[key{l.Paragraph, l.Objective}]; dup {
			b.fail(r.errorf("duplicate link of paragraph %q to objective %d (first at line %d)", l.Paragraph, n, first))
			continue
		}
		seen[key{l.Paragraph, l.Objective}] = r.line
		for _, problem := range checkReason(l.Reason, para.Text) {
			b.fail(r.errorf("reason: %s (paragraph %q)", problem, l.Paragraph))
		}
		links = append(links, l)
	}
	slices.SortFunc(links, func(x, y model.ObjectiveLink) int {
		return cmp.Or(cmp.Compare(order[x.Paragraph], order[y.Paragraph]), cmp.Compare(x.Objective, y.Objective))
	})
	for _, l := range links {
		p := b.paragraphs[l.Paragraph]
		p.Objectives = append(p.Objectives, l.Objective)
	}
	b.r.ObjectiveLinks = links
	return nil
}

// Quotes returns the words a reason quotes: each stretch between “ and ”.
// ok is false when the marks do not pair up (an unclosed “, a ” with no “,
// or a “ inside a quotation).
func Quotes(reason string) (quotes []string, ok bool) {
	rest := reason
	for {
		start, stop := strings.Index(rest, quoteOpen), strings.Index(rest, quoteClose)
		switch {
		case start < 0 && stop < 0:
			return quotes, true
		case start < 0 || (stop >= 0 && stop < start):
			return quotes, false // a ” before any “
		}
		rest = rest[start+len(quoteOpen):]
		end := strings.Index(rest, quoteClose)
		if end < 0 || strings.Contains(rest[:end], quoteOpen) {
			return quotes, false
		}
		quotes = append(quotes, rest[:end])
		rest = rest[end+len(quoteClose):]
	}
}

// checkReason returns what is wrong with a link's reason: it must be one line
// that quotes, between “ and ”, words that occur in the paragraph's text
// exactly (same case, same marks).
func checkReason(reason, text string) []string {
	switch {
	case reason == "":
		return []string{"empty: say in one line, quoting the paragraph, why it speaks to the objective"}
	case strings.ContainsAny(reason, "\n\r"):
		return []string{"must be one line"}
	case strings.Contains(reason, `"`):
		return []string{`write quotation marks as “ and ”, not "`}
	}
	quotes, ok := Quotes(reason)
	if !ok {
		return []string{"unpaired “ or ”"}
	}
	if len(quotes) == 0 {
		return []string{"quotes nothing: put the paragraph's own words between “ and ”"}
	}
	var problems []string
	for _, q := range quotes {
		switch {
		case strings.TrimSpace(q) == "":
			problems = append(problems, "empty quotation “”")
		case !strings.Contains(text, q):
			problems = append(problems, fmt.Sprintf("%s%s%s does not occur in the paragraph", quoteOpen, q, quoteClose))
		}
	}
	return problems
}
