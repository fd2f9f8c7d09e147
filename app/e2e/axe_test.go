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

// TestAccessibility runs axe-core at start, with a theme on, with a country
// selected, in embed mode, at 360 px width, and on the French and Spanish
// pages: zero violations.
func TestAccessibility(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	axe := axeSource(t)
	cases := []struct {
		name, query string
		width       int
	}{
		{"start", "", 1280},
		{"theme on", "?theme=children", 1280},
		{"country selected", "?country=gh", 1280},
		{"embed", "?embed=1&theme=health", 1280},
		{"360px", "", 360},
		{"French", "fr/?gcm=7", 1280},
		{"Spanish", "es/?theme=labour", 360},
	}
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	for _, c := range cases {
		evaluate[any](t, p.ctx, "0")
		setWidth(t, p, c.width)
		navigate(t, p, base+c.query)
		waitReady(t, p.ctx)
		evaluate[any](t, p.ctx, axe+";0")
		if v := evaluate[[]string](t, p.ctx, axeRun); len(v) > 0 {
			t.Errorf("%s: %d axe violation(s):\n  %s", c.name, len(v), strings.Join(v, "\n  "))
		}
	}
	assertNoErrors(t, p)
}
