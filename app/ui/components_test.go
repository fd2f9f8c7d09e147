package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
)

// TestFiltersComponent mounts the filters with go-app's client tester: one
// button per theme named by its label, aria-pressed following the view, and
// a status sentence that counts what is shown.
func TestFiltersComponent(t *testing.T) {
	ix := realReport(t)
	v := state.View{Themes: []string{"children"}}
	f := &filters{Ix: ix, View: v, Res: ix.Apply(v)}
	disp := app.NewClientTester(f)
	defer disp.Close()
	html := app.HTMLString(f)
	for _, th := range ix.R.Themes {
		if !strings.Contains(html, `id="theme-`+th.ID+`"`) || !strings.Contains(html, th.Label) {
			t.Errorf("no button for theme %s", th.ID)
		}
	}
	if got := strings.Count(html, `aria-pressed="true"`) + strings.Count(html, `aria-pressed `) + strings.Count(html, `aria-pressed>`); got != 1 {
		t.Errorf("%d pressed theme buttons, want 1 (children)", got)
	}
	if !strings.Contains(html, "Showing "+itoa(f.Res.Shown)+" of "+itoa(len(ix.R.Paragraphs))+" paragraphs") {
		t.Errorf("status does not count the shown paragraphs: %s", between(html, `role="status"`, "</p>"))
	}
}

// TestParaViewHighlights renders a paragraph with search terms: matches are
// in <mark>, hostile text stays text, and a hidden paragraph is hidden.
func TestParaViewHighlights(t *testing.T) {
	ix := realReport(t)
	p := ix.R.Paragraphs[0]
	p.Text = "Palermo <script>x</script> palermo"
	v := &paraView{P: &p, Shown: false, Terms: state.Terms("PALERMO")}
	disp := app.NewClientTester(v)
	defer disp.Close()
	html := app.HTMLString(v)
	if got := strings.Count(html, "<mark>"); got != 2 {
		t.Errorf("%d marks, want 2: %s", got, html)
	}
	if strings.Contains(html, "<script>") {
		t.Errorf("markup in the text was not escaped: %s", html)
	}
	if !strings.Contains(html, "hidden") {
		t.Errorf("a paragraph not shown is not hidden: %s", html)
	}
}

// TestPageDefaultRender renders the whole page as the prerender does: every
// paragraph and every speaker is in it.
func TestPageDefaultRender(t *testing.T) {
	ix := realReport(t)
	html := app.HTMLString(&Page{res: ix.Apply(state.View{})})
	for _, p := range ix.R.Paragraphs {
		if !strings.Contains(html, `id="`+p.ID+`"`) {
			t.Errorf("paragraph %s missing", p.ID)
		}
	}
	for _, s := range ix.R.Speakers {
		if !strings.Contains(html, `id="speaker-`+s.ID+`"`) {
			t.Errorf("speaker %s missing", s.ID)
		}
	}
}

// TestPrintURL checks the address printed under a filtered view.
func TestPrintURL(t *testing.T) {
	tests := []struct {
		base string
		v    state.View
		want string
	}{
		{"", state.View{}, "./"},
		{"", state.View{Themes: []string{"children"}}, "?theme=children"},
		{"https://example.org/idm2017/", state.View{}, "https://example.org/idm2017/"},
		{"https://example.org/idm2017/", state.View{Query: "a b", Paragraph: "intro-p1"}, "https://example.org/idm2017/?q=a+b#intro-p1"},
	}
	for _, tt := range tests {
		if got := printURL(tt.base, tt.v); got != tt.want {
			t.Errorf("printURL(%q, %+v) = %q, want %q", tt.base, tt.v, got, tt.want)
		}
	}
}

// TestStatusNamesSelection checks that the live status names what is selected.
func TestStatusNamesSelection(t *testing.T) {
	ix := realReport(t)
	for _, tt := range []struct {
		v    state.View
		want string
	}{
		{state.View{Place: "gh"}, " for Ghana."},
		{state.View{Speaker: "tijani-mohammed"}, " for Tijani Mohammed."},
		{state.View{Themes: []string{"health"}}, " and 1 speaker."},
	} {
		if got := status(ix, tt.v, ix.Apply(tt.v)); !strings.HasSuffix(got, tt.want) {
			t.Errorf("status for %+v = %q, want it to end with %q", tt.v, got, tt.want)
		}
	}
}
