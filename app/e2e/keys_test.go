package e2e

import (
	"testing"
)

// TestKeyboardShortcuts: "/" goes to the search box from anywhere but a
// field, Escape in the box clears the search (and the URL), and the skip
// link moves the focus to the report itself, not only the scroll position.
func TestKeyboardShortcuts(t *testing.T) {
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	navigate(t, p, base)
	waitReady(t, p.ctx)

	evaluate[any](t, p.ctx, `document.activeElement.blur()`)
	pressKey(t, p.ctx, "/")
	waitFor(t, p.ctx, `document.activeElement && document.activeElement.id === "search"`)
	if v := evaluate[string](t, p.ctx, `document.querySelector("#search").value`); v != "" {
		t.Errorf(`"/" was typed into the search box: %q`, v)
	}
	sendKeys(t, p.ctx, "#search", "Ghana")
	waitFor(t, p.ctx, `location.search.includes("q=Ghana")`)
	pressKey(t, p.ctx, "\u001b") // Escape
	waitFor(t, p.ctx, `document.querySelector("#search").value === "" && !location.search.includes("q=")`)
	waitFor(t, p.ctx, `document.querySelectorAll(".para:not([hidden])").length === document.querySelectorAll(".para").length`)

	navigate(t, p, base)
	waitReady(t, p.ctx)
	evaluate[any](t, p.ctx, `document.querySelector(".skip").focus()`)
	pressKey(t, p.ctx, "\r")
	waitFor(t, p.ctx, `document.activeElement === document.querySelector("#report")`)
	assertNoErrors(t, p)
}
