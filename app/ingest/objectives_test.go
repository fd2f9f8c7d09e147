package ingest_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"

	"idmreport/app/ingest"
	"idmreport/app/model"
)

// This file checks the GCM objectives and the editorial cross-reference in
// the real data (the failure cases are in validate_test.go).

func TestObjectivesRealData(t *testing.T) {
	r := realReport(t)
	if len(r.Objectives) != ingest.GCMObjectives {
		t.Fatalf("%d objectives, want %d", len(r.Objectives), ingest.GCMObjectives)
	}
	for i, o := range r.Objectives {
		if int(o.Number) != i+1 || o.Title == "" {
			t.Errorf("objective %d = %+v", i+1, o)
		}
	}
	// Spot checks against A/RES/73/195, paragraph 16.
	for n, title := range map[int]string{
		1:  "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
		13: "Use migration detention only as a measure of last resort and work towards alternatives",
		23: "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
	} {
		if got := r.Objectives[n-1].Title; got != title {
			t.Errorf("objective %d title %q, want %q", n, got, title)
		}
	}
}

func TestObjectiveLinksRealData(t *testing.T) {
	r := realReport(t)
	if len(r.ObjectiveLinks) == 0 {
		t.Fatal("no links to GCM objectives")
	}
	sections := map[model.SectionID]model.Section{}
	for _, s := range r.Sections {
		sections[s.ID] = s
	}
	index := map[model.ParagraphID]int{}
	for i, p := range r.Paragraphs {
		index[p.ID] = i
	}
	want := map[model.ParagraphID][]model.ObjectiveNumber{} // paragraph -> its objectives, from the links
	prev := model.ObjectiveLink{}
	for i, l := range r.ObjectiveLinks {
		i0, ok := index[l.Paragraph]
		if !ok {
			t.Errorf("link %d: paragraph %q does not exist", i, l.Paragraph)
			continue
		}
		p := r.Paragraphs[i0]
		if s := sections[p.Section]; !(s.Number >= 1 && s.Number <= 10 || s.ID == "panels" || s.ID == "practices") {
			t.Errorf("link %s→%d: section %q is not an area of convergence, the panels or the good practices", l.Paragraph, l.Objective, p.Section)
		}
		if l.Objective < 1 || int(l.Objective) > len(r.Objectives) {
			t.Errorf("link %s→%d: no such objective", l.Paragraph, l.Objective)
		}
		quotes, ok := ingest.Quotes(l.Reason)
		if !ok || len(quotes) == 0 {
			t.Errorf("link %s→%d: reason %q quotes nothing", l.Paragraph, l.Objective, l.Reason)
		}
		for _, q := range quotes {
			if !strings.Contains(p.Text, q) {
				t.Errorf("link %s→%d: %q does not occur in the paragraph", l.Paragraph, l.Objective, q)
			}
		}
		if i > 0 {
			if c := index[prev.Paragraph] - i0; c > 0 || c == 0 && prev.Objective >= l.Objective {
				t.Errorf("links out of order: %s→%d after %s→%d", l.Paragraph, l.Objective, prev.Paragraph, prev.Objective)
			}
		}
		prev = l
		want[l.Paragraph] = append(want[l.Paragraph], l.Objective)
	}
	for _, p := range r.Paragraphs {
		if !slices.Equal(p.Objectives, want[p.ID]) {
			t.Errorf("paragraph %s: objectives %v, want %v (from the links)", p.ID, p.Objectives, want[p.ID])
		}
	}
}

// TestObjectiveLinksKnown pins links that the rule in data/README.md gives
// without argument, and links it rules out.
func TestObjectiveLinksKnown(t *testing.T) {
	r := realReport(t)
	has := map[string]bool{}
	for _, l := range r.ObjectiveLinks {
		has[string(l.Paragraph)+"→"+strconv.Itoa(int(l.Objective))] = true
	}
	for _, link := range []string{
		"area-3-p3→13",     // an end to detaining children, alternatives to detention
		"area-4-p4→6",      // fair recruitment
		"area-1-p7→1",      // more data
		"practices-p13→22", // portable social security benefits
		"practices-p7→20",  // the costs of remittances
		"area-8-p2→21",     // re-integration of returnees
		"area-4-p7→14",     // consular officials
	} {
		if !has[link] {
			t.Errorf("missing link %s", link)
		}
	}
	for _, link := range []string{
		"area-5-p1→7",    // integration "reducing vulnerabilities": objective 16, not 7
		"area-6-p2→7",    // a passing word is no link
		"practices-p1→7", // the introduction to the good practices
	} {
		if has[link] {
			t.Errorf("link %s breaks the rule", link)
		}
	}
}

// TestObjectiveLinksInClientAndExport checks that the browser's data keeps
// the objectives and every reason, and that the CSV download has one row per
// link.
func TestObjectiveLinksInClientAndExport(t *testing.T) {
	r := realReport(t)
	c := model.ForClient(r)
	if !slices.Equal(c.Objectives, r.Objectives) || !slices.Equal(c.ObjectiveLinks, r.ObjectiveLinks) {
		t.Error("ForClient changed the objectives or the links")
	}
	var buf bytes.Buffer
	if err := ingest.WriteObjectiveLinksCSV(&buf, r); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], []string{"paragraph", "objective", "reason"}) {
		t.Errorf("header %q", rows[0])
	}
	if len(rows)-1 != len(r.ObjectiveLinks) {
		t.Fatalf("%d rows, want %d", len(rows)-1, len(r.ObjectiveLinks))
	}
	for i, l := range r.ObjectiveLinks {
		if want := []string{string(l.Paragraph), strconv.Itoa(int(l.Objective)), l.Reason}; !slices.Equal(rows[i+1], want) {
			t.Errorf("row %d = %q, want %q", i+1, rows[i+1], want)
		}
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		ok   bool
	}{
		{"no quotation", nil, true},
		{"“one”", []string{"one"}, true},
		{"calls for “one” and “two, three”.", []string{"one", "two, three"}, true},
		{"“unclosed", nil, false},
		{"closed” first “x”", nil, false},
		{"“nested “x” marks”", nil, false},
		{"“one” then “unclosed", []string{"one"}, false},
	}
	for _, tt := range tests {
		got, ok := ingest.Quotes(tt.in)
		if ok != tt.ok || (ok && !slices.Equal(got, tt.want)) {
			t.Errorf("Quotes(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
