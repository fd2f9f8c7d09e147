package e2e

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// This file tests the reading aids of issue 11 on a 360×740 phone: names in
// the text lead to people and places, the contents follow the reading, back
// to top, the dark scheme and its toggle, and forced colours.

// media emulates CSS media features, e.g. prefers-color-scheme=dark.
func media(t *testing.T, p *page, features ...*emulation.MediaFeature) {
	t.Helper()
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: features}); err != nil {
		t.Fatal(err)
	}
}

// nameCheck finds, in every paragraph's text, each whole-word occurrence of
// each speaker's names, and reports those not wholly inside a link to the
// speaker's card, or whose card is missing. It walks the text nodes, as a
// reader's text is split by the links.
const nameCheck = `((specs) => {
	const word = /[\p{L}\p{N}]/u, bad = [];
	let found = 0;
	for (const p of document.querySelectorAll('.report-body p[id$="-text"]')) {
		const nodes = [], w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
		for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n);
		const nodeAt = (off) => { for (const n of nodes) { if (off < n.data.length) return n; off -= n.data.length; } return null; };
		const text = p.textContent;
		for (const s of specs) for (const name of s.names) {
			for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
				if (word.test(text[i - 1] || "") || word.test(text[i + name.length] || "")) continue;
				found++;
				const a = nodeAt(i).parentElement.closest("a"), z = nodeAt(i + name.length - 1).parentElement.closest("a");
				const href = "#speaker-" + s.id;
				if (!a || a !== z || a.getAttribute("href") !== href) bad.push(p.id + ": " + name);
				if (!document.getElementById(href.slice(1))) bad.push("no card " + href);
			}
		}
	}
	return {found, bad};
})`

// TestNameLinks checks that every speaker's name or alias in the running text
// is a link to the speaker's card, and that the card exists.
func TestNameLinks(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	type spec struct {
		ID    string   `json:"id"`
		Names []string `json:"names"`
	}
	var specs []spec
	for _, s := range r.Speakers {
		specs = append(specs, spec{string(s.ID), append([]string{s.Name}, s.Aliases...)})
	}
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	setPhone(t, p)
	navigate(t, p, base)
	waitReady(t, p.ctx)
	type result struct {
		Found int
		Bad   []string
	}
	got := evaluate[result](t, p.ctx, nameCheck+"("+jsonOf(t, specs)+")")
	if got.Found == 0 || len(got.Bad) > 0 {
		t.Errorf("%d speaker names in the text; not linked to their card: %q", got.Found, got.Bad)
	}
	// The search highlight maps its offsets across the text nodes the links
	// make: in a name, and after one.
	for _, c := range []struct {
		query, where string
	}{
		{"Ghana", `r.startContainer.parentElement.closest(".name-link")`},
		{"migrants", `r.startContainer.previousSibling && r.startContainer.previousSibling.matches(".name-link")`},
	} {
		navigate(t, p, base+"?q="+c.query)
		waitReady(t, p.ctx)
		waitFor(t, p.ctx, `CSS.highlights.has("search")`)
		wrong := evaluate[[]string](t, p.ctx, `[...CSS.highlights.get("search")].map(r => r.toString()).filter(s => s.toLowerCase() !== "`+strings.ToLower(c.query)+`")`)
		there := evaluate[int](t, p.ctx, `[...CSS.highlights.get("search")].filter(r => `+c.where+`).length`)
		if len(wrong) > 0 || there == 0 {
			t.Errorf("search %s: ranges read %q; %d where %s (want > 0)", c.query, wrong, there, c.where)
		}
	}
	assertNoErrors(t, p)
}

// TestStateLink checks that a state named in the text leads to its row of the
// places table without JavaScript, and with the wasm also selects it.
func TestStateLink(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	setPhone(t, p)
	const link = `.report-body a.name-link[data-act="place"][data-value="gh"]`
	const rowInView = `(() => { const r = document.getElementById("place-gh").getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight; })()`

	setJS(t, p.ctx, false)
	navigate(t, p, base)
	click(t, p.ctx, link)
	waitFor(t, p.ctx, `location.hash === "#place-gh"`)
	if !evaluate[bool](t, p.ctx, rowInView) {
		t.Error("without JS, the state's link does not land on its row of the places table")
	}

	setJS(t, p.ctx, true)
	navigate(t, p, base)
	waitReady(t, p.ctx)
	click(t, p.ctx, link)
	waitFor(t, p.ctx, `document.getElementById("place-gh-select").getAttribute("aria-pressed") === "true"`)
	waitFor(t, p.ctx, rowInView)
	// A second tap on a link to the same state keeps it selected.
	click(t, p.ctx, link)
	waitFor(t, p.ctx, rowInView)
	if evaluate[string](t, p.ctx, `document.getElementById("place-gh-select").getAttribute("aria-pressed")`) != "true" {
		t.Error("a second tap on the state's link unselected it")
	}
	assertNoErrors(t, p)
}

// TestScrollspyAndBackToTop checks that the contents mark the section being
// read, and that back to top appears after a screen and takes the focus up.
func TestScrollspyAndBackToTop(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	setPhone(t, p)
	navigate(t, p, base)
	waitReady(t, p.ctx)
	if evaluate[string](t, p.ctx, `getComputedStyle(document.getElementById("to-top")).display`) != "none" {
		t.Error("back to top shows at the top of the page")
	}
	for _, id := range evaluate[[]string](t, p.ctx, `[...document.querySelectorAll(".report-body section")].slice(2, 5).map(s => s.id).concat(["timeline"])`) {
		evaluate[any](t, p.ctx, `document.getElementById("`+id+`").scrollIntoView(); 0`)
		waitFor(t, p.ctx, `document.querySelector('#toc a[href="#`+id+`"]').getAttribute("aria-current") === "location"`)
		if n := evaluate[int](t, p.ctx, `document.querySelectorAll('#toc [aria-current]').length`); n != 1 {
			t.Errorf("at %s: %d contents links marked current", id, n)
		}
		if w := evaluate[string](t, p.ctx, `getComputedStyle(document.querySelector('#toc a[href="#`+id+`"]')).fontWeight`); w != "700" {
			t.Errorf("at %s: the current contents link is not marked visibly (font-weight %s)", id, w)
		}
	}
	waitFor(t, p.ctx, `getComputedStyle(document.getElementById("to-top")).display !== "none"`)
	if pos := evaluate[string](t, p.ctx, `getComputedStyle(document.getElementById("to-top")).position`); pos != "fixed" {
		t.Errorf("back to top is %s, want fixed (no layout shift)", pos)
	}
	click(t, p.ctx, "#to-top")
	waitFor(t, p.ctx, `scrollY === 0 && document.activeElement && document.activeElement.id === "masthead"`)
	waitFor(t, p.ctx, `getComputedStyle(document.getElementById("to-top")).display === "none"`)
	assertNoErrors(t, p)
}

// axeContrast runs only axe's color-contrast rule.
const axeContrast = `(async () => {
	const r = await axe.run(document, {runOnly: {type: "rule", values: ["color-contrast"]}});
	return r.violations.flatMap(v => v.nodes.slice(0, 5).map(n => n.target.join(" ") + ": " + n.failureSummary.replace(/\s+/g, " ")));
})()`

// TestDarkScheme checks the dark scheme from prefers-color-scheme and from
// the toggle: dark background, and text contrast ≥ 4.5:1 (axe) in both schemes.
func TestDarkScheme(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	axe := axeSource(t)
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	setPhone(t, p)
	const bodyLight = `(() => { const m = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g).map(Number);
		return (0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2]) / 255; })()`
	navigate(t, p, base+"?q=migrants")
	waitReady(t, p.ctx)
	for _, c := range []struct {
		name, system, choose string
		dark                 bool
	}{ // one page: emulated media and the toggle both apply at once
		{"system light", "light", "", false},
		{"dark chosen on a light system", "light", "dark", true},
		{"light chosen on a dark system", "dark", "light", false},
		{"system dark", "dark", "", true},
	} {
		media(t, p, &emulation.MediaFeature{Name: "prefers-color-scheme", Value: c.system})
		evaluate[any](t, p.ctx, `(() => { const s = document.getElementById("scheme"); s.value = "`+c.choose+`"; s.dispatchEvent(new Event("change")); return 0; })()`)
		if l := evaluate[float64](t, p.ctx, bodyLight); (l < 0.2) != c.dark {
			t.Errorf("%s: page background lightness %.2f, want dark %v", c.name, l, c.dark)
		}
		if c.choose != "" {
			continue // the chosen schemes use the same colours as the system's: axe runs on those
		}
		if c.system == "light" {
			evaluate[any](t, p.ctx, axe+";0")
		}
		if v := contrastViolations(t, p); len(v) > 0 {
			t.Errorf("%s: %d contrast violation(s):\n  %s", c.name, len(v), strings.Join(v, "\n  "))
		}
	}
	assertNoErrors(t, p)
}

// TestSchemeToggleStorage checks that the chosen scheme outlasts a reload
// where storage works, and that where reading storage throws the toggle
// still works for the page, without an error, and nothing is kept.
func TestSchemeToggleStorage(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	setPhone(t, p)
	choose := func(v string) {
		evaluate[any](t, p.ctx, `(() => { const s = document.getElementById("scheme"); s.value = "`+v+`"; s.dispatchEvent(new Event("change")); return 0; })()`)
	}
	const scheme = `(document.documentElement.getAttribute("data-scheme") || "") + "/" + document.getElementById("scheme").value`
	navigate(t, p, base)
	waitReady(t, p.ctx)
	choose("dark")
	navigate(t, p, base)
	if got := evaluate[string](t, p.ctx, scheme); got != "dark/dark" {
		t.Errorf("after a reload the scheme is %q, want dark/dark", got)
	}
	choose("")
	navigate(t, p, base)
	if got := evaluate[string](t, p.ctx, scheme); got != "/" {
		t.Errorf("after choosing System and a reload the scheme is %q, want none", got)
	}

	// Storage that throws, as in a frame whose storage the browser blocks
	// (boot.js then puts an in-memory store in its place).
	spoil(p.ctx)
	if _, err := chromedp.Call(p.ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: `
		Object.defineProperty(window, "localStorage", {configurable: true, get() { throw new DOMException("blocked", "SecurityError"); }});`}); err != nil {
		t.Fatal(err)
	}
	navigate(t, p, base)
	waitReady(t, p.ctx)
	choose("dark")
	if got := evaluate[string](t, p.ctx, scheme); got != "dark/dark" {
		t.Errorf("with storage blocked the toggle gives %q, want dark/dark", got)
	}
	navigate(t, p, base)
	if got := evaluate[string](t, p.ctx, scheme); got != "/" {
		t.Errorf("with storage blocked the choice was kept: %q", got)
	}
	assertNoErrors(t, p)
}

// TestForcedColors checks that under forced colours a keyboard focus still
// draws an outline, and that the map's state outlines keep a stroke.
func TestForcedColors(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	setPhone(t, p)
	media(t, p, &emulation.MediaFeature{Name: "forced-colors", Value: "active"})
	navigate(t, p, base)
	waitReady(t, p.ctx)
	if !evaluate[bool](t, p.ctx, `matchMedia("(forced-colors: active)").matches`) {
		t.Fatal("forced colours not emulated: the test proves nothing")
	}
	for i := 0; i < 3; i++ {
		pressKey(t, p.ctx, "\t")
		style := evaluate[string](t, p.ctx, `(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + " " + s.outlineWidth; })()`)
		if strings.HasPrefix(style, "none") || strings.HasSuffix(style, " 0px") {
			t.Errorf("focus %d (%s): outline %q", i, evaluate[string](t, p.ctx, `document.activeElement.outerHTML.slice(0, 80)`), style)
		}
	}
	if s := evaluate[string](t, p.ctx, `getComputedStyle(document.querySelector("#map-svg .map-state")).stroke`); s == "none" || s == "" {
		t.Errorf("map state outline under forced colours: %q", s)
	}
	// A pressed chip says so by more than a colour: a ✓ after its label. On
	// a phone the chips are in the filters fold: open it first.
	click(t, p.ctx, "#filter-fold > summary")
	click(t, p.ctx, `.theme[aria-pressed="false"]`)
	waitFor(t, p.ctx, `document.querySelector('.theme[aria-pressed="true"]') !== null`)
	if c := evaluate[string](t, p.ctx, `getComputedStyle(document.querySelector('.theme[aria-pressed="true"]'), "::after").content`); !strings.Contains(c, "✓") {
		t.Errorf("a pressed chip under forced colours shows %q after its label, want a ✓", c)
	}
	assertNoErrors(t, p)
}

// jsonOf encodes v as a JavaScript literal.
func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// contrastViolations runs axeContrast, which takes long on the whole page
// of a loaded machine, with a longer limit than one step.
func contrastViolations(t *testing.T, p *page) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 90*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](axeContrast, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe color-contrast: %v", err)
	}
	return v
}
