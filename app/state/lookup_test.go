package state_test

import (
	"testing"

	"idmreport/app/model"
)

// TestLookups checks the Index's lookups by id: every record is found under
// its own id, and an unknown or empty id finds nothing.
func TestLookups(t *testing.T) {
	r, ix := report(t)
	for i := range r.Places {
		if p := r.Places[i].ID; ix.Place(p) != &r.Places[i] || ix.PlaceIndex(p) != i {
			t.Errorf("place %q: not found at %d", p, i)
		}
	}
	for i := range r.Speakers {
		if s := r.Speakers[i].ID; ix.Speaker(s) != &r.Speakers[i] {
			t.Errorf("speaker %q: not found", s)
		}
	}
	for i := range r.Paragraphs {
		if p := r.Paragraphs[i].ID; ix.Paragraph(p) != &r.Paragraphs[i] || ix.ParagraphIndex(p) != i {
			t.Errorf("paragraph %q: not found at %d", p, i)
		}
	}
	for i := range r.Themes {
		if th := r.Themes[i].ID; ix.Theme(th) != &r.Themes[i] {
			t.Errorf("theme %q: not found", th)
		}
	}
	for i := range r.Objectives {
		if n := r.Objectives[i].Number; ix.Objective(n) != &r.Objectives[i] {
			t.Errorf("objective %d: not found", n)
		}
	}
	for _, bad := range []string{"", "nonesuch", "GH", " gh", "area-3-p1 "} {
		if ix.Place(model.PlaceID(bad)) != nil || ix.PlaceIndex(model.PlaceID(bad)) != -1 ||
			ix.Speaker(model.SpeakerID(bad)) != nil || ix.Paragraph(model.ParagraphID(bad)) != nil ||
			ix.ParagraphIndex(model.ParagraphID(bad)) != -1 || ix.Theme(model.ThemeID(bad)) != nil {
			t.Errorf("unknown id %q found a record", bad)
		}
	}
	for _, n := range []model.ObjectiveNumber{0, -1, 24} {
		if ix.Objective(n) != nil {
			t.Errorf("objective %d found", n)
		}
	}
}
