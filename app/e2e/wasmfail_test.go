package e2e

import (
	"strings"
	"testing"
)

// failedJS waits for the page to say the wasm failed (class wasm-failed).
const failedJS = `document.readyState === "complete" && document.documentElement.classList.contains("wasm-failed")`

// checkFailureNotice fails the test unless the loader says in plain words
// that the report could not be loaded and offers a visible "Try again".
func checkFailureNotice(t *testing.T, p *page) {
	t.Helper()
	type notice struct {
		Visible, Button bool
		Text            string
	}
	n := evaluate[notice](t, p.ctx, `(() => {
		const vis = e => !!e && e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) && e.getClientRects().length > 0;
		const l = document.getElementById("app-wasm-loader");
		const b = l && [...l.querySelectorAll("button")].find(b => b.textContent.includes("Try again"));
		return {Visible: vis(l), Button: vis(b), Text: l ? l.innerText : ""};
	})()`)
	if !n.Visible || !strings.Contains(n.Text, "could not be loaded") {
		t.Errorf("failure notice visible=%v text %q, want a visible message with \"could not be loaded\"", n.Visible, n.Text)
	}
	if !n.Button {
		t.Error("no visible \"Try again\" button in #app-wasm-loader")
	}
}

// pressTryAgain clicks "Try again" and waits for a new document.
func pressTryAgain(t *testing.T, p *page) {
	t.Helper()
	evaluate[any](t, p.ctx, `window.__beforeRetry = true`)
	click(t, p.ctx, "#app-wasm-loader button")
	waitFor(t, p.ctx, `window.__beforeRetry === undefined && document.readyState === "complete"`)
}

// TestWasmFailure proves a wasm that cannot load leaves a readable report:
// with web/app.wasm answering 404 and with a truncated wasm, the page says it
// could not be loaded and offers "Try again", all the text, the directory,
// the tables and the map stay visible, and the controls that need the wasm
// go out of sight. "Try again" reloads the page; once the wasm is back it
// starts.
func TestWasmFailure(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	p := newBrowser(t)

	t.Run("404", func(t *testing.T) {
		base, fail := startSiteFailing(t, "/idm2017/")
		leaveAfter(t, p)
		navigate(t, p, base)
		waitFor(t, p.ctx, failedJS)
		checkFailureNotice(t, p)
		settle(t, p.ctx, 300) // let the controls go
		checkReadable(t, p.ctx, true)
		fail.Store(false) // the server is back
		pressTryAgain(t, p)
		waitReady(t, p.ctx)
		if evaluate[bool](t, p.ctx, `document.documentElement.classList.contains("wasm-failed")`) {
			t.Error("html still has class wasm-failed after a successful retry")
		}
	})
	t.Run("truncated", func(t *testing.T) {
		base := startSiteTruncated(t, "/idm2017/")
		leaveAfter(t, p)
		navigate(t, p, base)
		waitFor(t, p.ctx, failedJS)
		checkFailureNotice(t, p)
		settle(t, p.ctx, 300)
		checkReadable(t, p.ctx, true)
		pressTryAgain(t, p)
		waitFor(t, p.ctx, failedJS)
		checkFailureNotice(t, p)
	})
}
