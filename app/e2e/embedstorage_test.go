package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdppage "github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// blockStorageProfile makes a Chromium profile directory in which the site
// of report may not use cookies or storage when it is embedded in a page of
// host: a real Chromium content setting (Default/Preferences,
// profile.content_settings.exceptions.cookies, primary pattern the embedded
// origin, secondary the top-level origin, setting 2 = block), the one behind
// "Sites not allowed to use third-party cookies". The report's own origin as
// a top-level page is unaffected. (profile.cookie_controls_mode=1 and
// Network.setCookieControls block third-party cookies but, with storage
// partitioning, leave localStorage working in Chromium 148.)
func blockStorageProfile(t *testing.T, report, host string) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "idm-e2e-chrome-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { removeAllRetry(dir) }) // registered first: runs after the browser is gone
	prefs := map[string]any{"profile": map[string]any{"content_settings": map[string]any{"exceptions": map[string]any{
		"cookies": map[string]any{report + "," + host: map[string]any{"setting": 2}}}}}}
	b, _ := json.Marshal(prefs)
	if err := os.MkdirAll(filepath.Join(dir, "Default"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Default", "Preferences"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// frameTarget waits for the out-of-process iframe whose URL starts with
// prefix and attaches a tab-like page to it (its own console errors).
func frameTarget(t *testing.T, p *page, prefix string) *page {
	t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		infos, _ := chromedp.Targets(p.ctx)
		for _, in := range infos {
			if in.Type == "iframe" && strings.HasPrefix(in.URL, prefix) {
				f, err := openTab(p, chromedp.WithTargetID(in.TargetID))
				if err != nil {
					t.Fatalf("attach to the iframe: %v", err)
				}
				t.Cleanup(f.close)
				return f
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no out-of-process iframe at %s", prefix)
	return nil
}

// evalIsolated evaluates expr in an isolated world of ctx's main frame: the
// browser's own window.localStorage, whatever the page defines over it.
func evalIsolated(t *testing.T, ctx context.Context, expr string) string {
	t.Helper()
	tree, err := chromedp.Call(ctx, cdppage.GetFrameTree, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	world, err := chromedp.Call(ctx, cdppage.CreateIsolatedWorld, cdppage.CreateIsolatedWorldParams{FrameID: tree.FrameTree.Frame.ID, WorldName: "e2e-storage"})
	if err != nil {
		t.Fatal(err)
	}
	byValue := true
	res, err := chromedp.Call(ctx, cdpruntime.Evaluate, cdpruntime.EvaluateParams{Expression: expr, ContextID: world.ExecutionContextID, ReturnByValue: &byValue})
	if err != nil || res.ExceptionDetails != nil {
		t.Fatalf("evaluate %s: %v %v", expr, err, res.ExceptionDetails)
	}
	var s string
	json.Unmarshal(res.Result.Value, &s)
	return s
}

// TestEmbedStorageBlocked proves the report works framed by another site
// that blocks its storage: host page on localhost, report on 127.0.0.1 in
// an iframe with ?embed=1&theme=children, the report's storage blocked by
// Chromium (localStorage throws SecurityError in the frame, checked): the
// host gets the ready and resize messages, the Children chip in the frame is
// pressed, another chip changes the frame's status, and neither the frame
// nor the host logs an error.
func TestEmbedStorageBlocked(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	host := strings.Replace(startHost(t, `<iframe src="`+base+`?embed=1&amp;theme=children" title="IDM 2017 report" width="100%" height="600"></iframe>`),
		"127.0.0.1", "localhost", 1)
	// A browser of its own: the storage block is a setting of its profile
	// (Preferences), read when Chromium starts.
	p := newBrowserIn(t, blockStorageProfile(t, originOf(t, base), originOf(t, host)))
	navigate(t, p, host)
	f := frameTarget(t, p, base)

	const probe = `(() => { try { window.localStorage.length; return "readable"; } catch (e) { return e.name; } })()`
	if got := evalIsolated(t, f.ctx, probe); got != "SecurityError" {
		t.Fatalf("localStorage in the frame: %s, want SecurityError (storage not blocked: the test proves nothing)", got)
	}

	waitForLong(t, p.ctx, `window.msgs.some(m => m.data && m.data.source === "idm-report" && m.data.type === "ready")`)
	waitForLong(t, p.ctx, `window.msgs.some(m => m.data && m.data.source === "idm-report" && m.data.type === "resize")`)
	for _, m := range reportMsgs(t, p.ctx) {
		if m.Origin != originOf(t, base) {
			t.Errorf("message %q from %q, want the report's origin", m.Data.Type, m.Origin)
		}
	}

	waitFor(t, f.ctx, `document.getElementById("theme-children").getAttribute("aria-pressed") === "true"`)
	const status = `document.querySelector("[data-island=result] [role=status]").textContent`
	before := evaluate[string](t, f.ctx, status)
	evaluate[any](t, f.ctx, `document.getElementById("theme-health").click()`)
	waitFor(t, f.ctx, `document.getElementById("theme-health").getAttribute("aria-pressed") === "true" && `+status+` !== `+jsString(before))
	settle(t, f.ctx, 300)
	assertNoErrors(t, f)
	assertNoErrors(t, p)
}
