package e2e

import (
	"slices"
	"strings"
	"testing"
)

// TestGCMFilter selects GCM objective 13 among the filters: the chip is
// pressed, the URL says gcm=13, exactly the paragraphs the cross-reference
// links to it show, and reopening the URL gives the same view.
func TestGCMFilter(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	var want []string
	for _, p := range r.Paragraphs {
		if slices.Contains(p.Objectives, 13) {
			want = append(want, string(p.ID))
		}
	}
	if len(want) == 0 {
		t.Fatal("no paragraph is linked to objective 13")
	}
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "")
	click(t, p.ctx, ".gcm-filter summary")
	click(t, p.ctx, "#gcm-chip-13")
	waitFor(t, p.ctx, `document.querySelector("#gcm-chip-13").getAttribute("aria-pressed") === "true" && location.search.includes("gcm=13")`)
	if got := evaluate[[]string](t, p.ctx, shownParagraphs); !slices.Equal(got, want) {
		t.Errorf("objective 13 shows %v, want %v", got, want)
	}
	navigate(t, p, base+"?gcm=13")
	waitReady(t, p.ctx)
	if got := evaluate[[]string](t, p.ctx, shownParagraphs); !slices.Equal(got, want) {
		t.Errorf("?gcm=13 shows %v, want %v", got, want)
	}
	assertNoErrors(t, p)
}

// TestGCMOverviewWithoutJS checks that with JavaScript off the overview lists
// the 23 objectives with links to their paragraphs, says it is editorial,
// and that each linked paragraph shows its objectives.
func TestGCMOverviewWithoutJS(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	setJS(t, p.ctx, false)
	navigate(t, p, base)
	type overview struct {
		Items, Links, Refs int
		Note               string
		Visible            bool
	}
	got := evaluate[overview](t, p.ctx, `({
		Items: document.querySelectorAll(".gcm-overview > li").length,
		Links: document.querySelectorAll(".gcm-overview a[href^='#']").length,
		Refs: document.querySelectorAll(".para-gcm .gcm-ref").length,
		Note: document.querySelector("#gcm .note").textContent,
		Visible: document.querySelector("#gcm").checkVisibility(),
	})`)
	if got.Items != len(r.Objectives) || got.Links != len(r.ObjectiveLinks) || got.Refs != len(r.ObjectiveLinks) || !got.Visible {
		t.Errorf("overview %+v, want %d objectives and %d links, visible", got, len(r.Objectives), len(r.ObjectiveLinks))
	}
	if !strings.Contains(got.Note, "not part of the 2017 summary") {
		t.Errorf("the overview does not say it is editorial: %q", got.Note)
	}
}
