package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"idmreport/app/site"
)

// TestUpdate proves that a change to index.html alone reaches installed
// readers: build A is visited (and installed by the service worker) in two
// tabs; build B differs from A only by one string in index.html (its new
// version and worker made as ./build.sh makes them). A reload shows the
// update notice, a second reload shows it again (a waiting worker is found
// at start), and accepting it in one tab brings every tab to build B.
func TestUpdate(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	dir := copySite(t, siteDir(t))
	base := startSite(t, "/idm2017/", withSiteDir(dir))
	p := openPage(t, base, "")
	controlled(t, p)
	tab2, cancel := chromedp.NewContext(p.ctx)
	defer cancel()
	if _, err := chromedp.Run(tab2, chromedp.Navigate(base)); err != nil {
		t.Fatal(err)
	}
	waitReady(t, tab2)

	secondBuild(t, dir, "Contents", "Contents (build B)")

	for i := range 2 {
		evaluate[any](t, p.ctx, `location.reload()`)
		waitReady(t, p.ctx)
		waitVisible(t, p.ctx, "#reload")
		if got := textOf(t, p.ctx, ".toc-title"); got != "Contents" {
			t.Fatalf("reload %d before accepting: the page is already build B (%q)", i+1, got)
		}
	}
	click(t, p.ctx, "#reload")
	waitFor(t, p.ctx, `document.readyState === "complete" && document.querySelector(".toc-title").textContent === "Contents (build B)"`)
	waitFor(t, tab2, `document.readyState === "complete" && document.querySelector(".toc-title").textContent === "Contents (build B)"`)
	waitReady(t, p.ctx)
	if v := evaluate[string](t, p.ctx, `(async () => (await caches.keys()).join())()`); !strings.HasSuffix(v, version(t, dir)) {
		t.Errorf("caches after the update: %s, want only build B's", v)
	}
	assertNoErrors(t, p)
}

// secondBuild changes one string of index.html in dir and gives the site the
// version and worker ./build.sh would give it.
func secondBuild(t *testing.T, dir, from, to string) {
	t.Helper()
	old := version(t, dir)
	edit(t, filepath.Join(dir, "index.html"), ">"+from+"<", ">"+to+"<")
	removeCompressed(t, dir)
	v, err := site.Version(dir)
	if err != nil {
		t.Fatal(err)
	}
	if v == old {
		t.Fatal("changing index.html did not change the version")
	}
	edit(t, filepath.Join(dir, "app-worker.js"), old, v)
	edit(t, filepath.Join(dir, "app.js"), old, v)
}

// version reads the site's version from its service worker.
func version(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	const key = `const cacheName = "app-" + "`
	s := string(b)
	i := strings.Index(s, key)
	if i < 0 {
		t.Fatal("no version in app-worker.js")
	}
	s = s[i+len(key):]
	return s[:strings.Index(s, `"`)]
}

// edit replaces every from by to in file, failing if there is none.
func edit(t *testing.T, file, from, to string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), from) {
		t.Fatalf("%s has no %q", file, from)
	}
	if err := os.WriteFile(file, []byte(strings.ReplaceAll(string(b), from, to)), 0o644); err != nil {
		t.Fatal(err)
	}
}
