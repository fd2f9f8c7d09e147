package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// axeSource reads axe-core (npm axe-core@4.14.1, installed by ./build.sh test).
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv("AXE_PATH")
	if path == "" {
		path = filepath.Join(repoRoot(t), ".cache/npm/node_modules/axe-core/axe.min.js")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("axe-core missing (./build.sh test installs it): %v", err)
	}
	return string(b)
}

// axeRun runs axe on the page with the WCAG 2.2 AA and best-practice tags and
// the target-size rule, and returns one line per violation.
const axeRun = `(async () => {
	const r = await axe.run(document, {
		runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
		rules: {"target-size": {enabled: true}},
	});
	return r.violations.map(v => v.id + " (" + v.impact + "): " + v.help + " — " +
		v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | "));
})()`

// TestAccessibility runs axe-core at start, at 360 px width, with a theme
// on, with a country selected, in embed mode, and on the French and Spanish
// pages: zero violations. A case with a query loads the page; one with an
// act does what a reader does on the page as the case before left it (a
// load costs as much CPU as two axe runs).
func TestAccessibility(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	axe := axeSource(t)
	const ghana = `#speaker-map [data-place="gh"][role="button"]`
	cases := []struct {
		name, query string
		width       int
		act         func(p *page)
	}{
		{name: "start", width: 1280},
		{name: "360px", width: 360, act: func(p *page) { settle(t, p.ctx, 300) }},
		{name: "theme on", width: 1280, act: func(p *page) {
			click(t, p.ctx, "#theme-children")
			waitFor(t, p.ctx, `location.search.includes("theme=children")`)
		}},
		{name: "country selected", width: 1280, act: func(p *page) {
			click(t, p.ctx, "#theme-children")
			waitFor(t, p.ctx, `!location.search.includes("theme=")`)
			evaluate[any](t, p.ctx, `document.querySelector('`+ghana+`').scrollIntoView({block: "center"})`)
			click(t, p.ctx, ghana)
			waitFor(t, p.ctx, `location.search.includes("country=gh")`)
		}},
		{name: "embed", query: "?embed=1&theme=health", width: 1280},
		{name: "French", query: "fr/?gcm=7", width: 1280},
		{name: "Spanish", query: "es/?theme=labour", width: 360},
	}
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	for _, c := range cases {
		setWidth(t, p, c.width)
		if c.act != nil {
			c.act(p)
		} else {
			navigate(t, p, base+c.query)
			waitReady(t, p.ctx)
			evaluate[any](t, p.ctx, axe+";0")
		}
		if v := evaluate[[]string](t, p.ctx, axeRun); len(v) > 0 {
			t.Errorf("%s: %d axe violation(s):\n  %s", c.name, len(v), strings.Join(v, "\n  "))
		}
	}
	assertNoErrors(t, p)
}
