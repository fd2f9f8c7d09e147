package ui

import (
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/data"
)

var once sync.Once

// load gives the islands the embedded report.
func load(t *testing.T) {
	t.Helper()
	once.Do(func() {
		r, err := model.Decode(data.Client)
		if err != nil {
			t.Fatal(err)
		}
		SetReport(r)
	})
}

// TestIslandsPrerender checks every island renders for the build, with the
// ids the document and the tests rely on, and no hidden="false".
func TestIslandsPrerender(t *testing.T) {
	load(t)
	want := map[string][]string{
		slotFilters:     {`id="search"`, `id="theme-children"`},
		slotResult:      {`id="clear"`, `role="status"`, "Showing all 86 paragraphs."},
		slotShare:       {`id="share-open"`, `id="share-dialog"`},
		slotNotice:      {`class="app-notice"`},
		slotMapControls: {"Zoom 1×", "Clear selection", `data-region="europe"`, ">Oceania<", `data-region="world"`, ">World<"},
		slotMapInfo:     {`id="map-info"`, "Point at a state or a mark"},
	}
	islands := Islands()
	if len(islands) != len(want) {
		t.Errorf("%d islands, want %d", len(islands), len(want))
	}
	for slot, ui := range islands {
		out := app.HTMLString(ui)
		for _, w := range want[slot] {
			if !strings.Contains(out, w) {
				t.Errorf("island %s lacks %s", slot, w)
			}
		}
		if strings.Contains(out, `hidden="false"`) {
			t.Errorf("island %s has hidden=\"false\"", slot)
		}
	}
}

// TestFiltersShowTheView checks the chips, counts and status follow the view.
func TestFiltersShowTheView(t *testing.T) {
	load(t)
	v := state.View{Themes: []model.ThemeID{"children"}, Query: "detention"}
	res := shared.Apply(v)
	out := app.HTMLString(&filters{View: v, Counts: res.ThemeCounts, Objectives: res.ObjectiveCounts}) +
		app.HTMLString(&resultBar{View: v, Status: status(v, res)})
	for _, w := range []string{`value="detention"`, "Showing " + itoa(res.Shown) + " of 86 paragraphs"} {
		if !strings.Contains(out, w) {
			t.Errorf("filters lack %q", w)
		}
	}
	for id, pressed := range map[string]bool{"theme-children": true, "theme-health": false} {
		tag := regexp.MustCompile(`<button[^>]*id="` + id + `"[^>]*>`).FindString(out)
		// go-app prints a "true" value as a bare attribute (the site generator
		// writes it out again); "false" keeps its value.
		on := regexp.MustCompile(`aria-pressed(="true")?[\s>]`).MatchString(tag)
		if on != pressed {
			t.Errorf("%s pressed = %v, want %v: %s", id, on, pressed, tag)
		}
	}
	if strings.Contains(out, "disabled") {
		t.Error("Clear is disabled while filtering")
	}
}

// TestShareSnippets checks the links and embed codes of a view.
func TestShareSnippets(t *testing.T) {
	v := state.View{Themes: []model.ThemeID{"children"}, Embed: true}
	link, iframe, script := shareSnippets(v, "https://example.org/idm2017/")
	if link != "https://example.org/idm2017/?theme=children" {
		t.Errorf("link %q", link)
	}
	if !strings.Contains(iframe, `src="https://example.org/idm2017/?embed=1&amp;theme=children"`) {
		t.Errorf("iframe %q", iframe)
	}
	if !strings.Contains(script, `data-theme="children"`) || !strings.Contains(script, `src="https://example.org/idm2017/web/embed.js"`) {
		t.Errorf("script %q", script)
	}
	if got := withBase("", "./"); got != "./" {
		t.Errorf("withBase relative = %q", got)
	}
}
