package e2e

import (
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"idmreport/app/server"
)

// controlled waits until the service worker controls the page and has
// finished caching (the first visit is controlled thanks to clients.claim).
func controlled(t *testing.T, p *page) {
	t.Helper()
	waitFor(t, p.ctx, `navigator.serviceWorker.controller !== null`)
	waitFor(t, p.ctx, `(async () => (await caches.keys()).length === 1)()`)
}

// TestOffline visits once online, then stops the server: a reload, a deep
// link with a query and a fragment, and a browser restart all still work.
func TestOffline(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	dir := siteDir(t)
	srv := httptest.NewServer(server.New(dir, "/idm2017/"))
	defer srv.Close()
	base := srv.URL + "/idm2017/"
	profile := t.TempDir()

	// A browser of its own on a profile directory: the test restarts it
	// and needs its caches and service worker kept on disk.
	p := newBrowserIn(t, profile)
	navigate(t, p, base)
	waitReady(t, p.ctx)
	controlled(t, p)
	srv.CloseClientConnections()
	srv.Close() // the network is gone

	evaluate[any](t, p.ctx, `location.reload()`)
	waitReady(t, p.ctx)
	navigate(t, p, base+"?theme=children&q=detention#area-3")
	waitReady(t, p.ctx)
	waitFor(t, p.ctx, `document.querySelector("#theme-children").getAttribute("aria-pressed") === "true"`)
	if got := evaluate[int](t, p.ctx, shownCount); got == 0 {
		t.Error("offline deep link shows no paragraph")
	}
	navigate(t, p, base+"fr/?theme=children")
	waitReady(t, p.ctx)
	if got := evaluate[string](t, p.ctx, `document.documentElement.lang`); got != "fr" {
		t.Errorf("offline, fr/ answers with the %q page", got)
	}
	navigate(t, p, base+"?theme=children&q=detention#area-3")
	waitReady(t, p.ctx)
	sendKeys(t, p.ctx, "#search", " children")
	waitFor(t, p.ctx, highlighted+`.length > 0`)
	assertNoErrors(t, p)
	closeBrowser(p)

	// The browser restarts on the same profile, still offline.
	q := newBrowserIn(t, profile)
	navigate(t, q, base+"?country=gh")
	waitReady(t, q.ctx)
	text := evaluate[string](t, q.ctx, `[...document.querySelectorAll(".para:not([hidden])")].map(e => e.textContent).join(" ")`)
	if !strings.Contains(text, "Tijani Mohammed") {
		t.Errorf("offline after restart, ?country=gh does not show Tijani Mohammed's paragraph")
	}
}

// shownCount counts the paragraphs on show.
const shownCount = `document.querySelectorAll(".para:not([hidden])").length`

// copySite copies the deployable files of a built site into a temp dir.
func copySite(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	cp := exec.Command("cp", "-r", filepath.Join(src, "index.html"), filepath.Join(src, "app.js"),
		filepath.Join(src, "app.css"), filepath.Join(src, "wasm_exec.js"), filepath.Join(src, "app-worker.js"),
		filepath.Join(src, "manifest.webmanifest"), filepath.Join(src, "web"), filepath.Join(src, "fr"), filepath.Join(src, "es"), dst)
	if out, err := cp.CombinedOutput(); err != nil {
		t.Fatalf("copy site: %v\n%s", err, out)
	}
	return dst
}

// removeCompressed deletes .br/.gz twins so the server serves the new files.
func removeCompressed(t *testing.T, dir string) {
	t.Helper()
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && (strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz")) {
			os.Remove(p)
		}
		return nil
	})
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
