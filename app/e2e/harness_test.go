package e2e

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"idmreport/app/server"
)

const (
	testTimeout  = 240 * time.Second // whole browser session of one test (the deep-link test runs 12 loads in one)
	readyTimeout = 30 * time.Second  // waitReady
	stepTimeout  = 15 * time.Second  // one navigate / click / evaluate helper
)

// requireE2E skips the test when IDM_E2E=0.
func requireE2E(t testing.TB) {
	t.Helper()
	if os.Getenv("IDM_E2E") == "0" {
		t.Skip("IDM_E2E=0: end-to-end tests disabled")
	}
}

// repoRoot walks up from the working directory to the directory holding go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory; set IDM_SITE")
		}
		dir = parent
	}
}

// siteDir returns the built site directory: $IDM_SITE (a relative path is
// taken from the repository root) or the repository root itself. It fails the test when index.html or web/app.wasm is missing.
func siteDir(t testing.TB) string {
	t.Helper()
	requireE2E(t)
	dir := os.Getenv("IDM_SITE")
	switch {
	case dir == "":
		dir = repoRoot(t)
	case !filepath.IsAbs(dir):
		dir = filepath.Join(repoRoot(t), dir) // relative to the repo, not to app/e2e
	}
	for _, f := range []string{"index.html", "web/app.wasm"} {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(f))); err != nil {
			t.Fatalf("site not built: run ./build.sh first (%s missing in %s)", f, dir)
		}
	}
	return dir
}

// siteConfig is what the siteOptions of startSite change.
type siteConfig struct {
	csp  string
	root string
}

// siteOption changes how startSite serves the site.
type siteOption func(*siteConfig)

// withCSP serves with this Content-Security-Policy header ("" sends none).
func withCSP(csp string) siteOption { return func(c *siteConfig) { c.csp = csp } }

// withSiteDir serves dir as is, without IDM_SITE and the "site built" check.
func withSiteDir(dir string) siteOption { return func(c *siteConfig) { c.root = dir } }

// startSite serves the site with app/server under prefix on 127.0.0.1 at a
// random port, with server.CSP unless an option says otherwise, and returns
// the base URL, e.g. "http://127.0.0.1:41234/idm2017/". Call it before
// newBrowser so that the browser is closed before the server (t.Cleanup runs
// last-in first-out).
func startSite(t testing.TB, prefix string, opts ...siteOption) string {
	t.Helper()
	requireE2E(t)
	cfg := siteConfig{csp: server.CSP}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.root == "" {
		cfg.root = siteDir(t)
	}
	srv := httptest.NewServer(server.NewWithCSP(cfg.root, prefix, cfg.csp))
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
	})
	return srv.URL + server.CleanPrefix(prefix)
}

// waitReady polls until document.documentElement.dataset.ready === "true"
// (the app's "data loaded and first render done" signal), for readyTimeout.
// ctx is page.ctx. It tolerates the page navigating or reloading meanwhile.
func waitReady(t testing.TB, ctx context.Context) {
	t.Helper()
	const expr = `document.documentElement.dataset.ready === "true"`
	deadline := time.Now().Add(readyTimeout)
	var lastErr error
	for time.Now().Before(deadline) && ctx.Err() == nil {
		ectx, cancel := context.WithTimeout(ctx, 5*time.Second)
		ok, err := chromedp.Run(ectx, chromedp.Evaluate[bool](expr))
		cancel()
		if err == nil && ok {
			return
		}
		lastErr = err
		time.Sleep(100 * time.Millisecond)
	}
	type snap struct{ Title, Body string }
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	s, err := chromedp.Run(dctx, chromedp.Evaluate[snap](`({Title: document.title,
		Body: (document.body ? document.body.innerText : "").slice(0, 300)})`))
	if err != nil {
		s.Title = fmt.Sprintf("<unavailable: %v>", err)
	}
	var errs []string
	if p := pageFrom(ctx); p != nil {
		errs = p.Errors()
	}
	t.Fatalf("page not ready after %v (data-ready never became \"true\"; last eval error: %v)\ntitle: %q\nbody: %q\nconsole errors:\n  %s",
		readyTimeout, lastErr, s.Title, s.Body, strings.Join(errs, "\n  "))
}

// assertNoErrors fails the test if the page logged any error so far.
func assertNoErrors(t testing.TB, p *page) {
	t.Helper()
	if errs := p.Errors(); len(errs) > 0 {
		t.Errorf("%d console/page error(s):\n  %s", len(errs), strings.Join(errs, "\n  "))
	}
}

// assertSameHost fails the test if any request left the served host (other
// than data: and blob: URLs).
func assertSameHost(t testing.TB, p *page, baseURL string) {
	t.Helper()
	base, err := url.Parse(baseURL)
	if err != nil {
		t.Fatal(err)
	}
	var off []string
	for _, r := range p.Requests() {
		u, err := url.Parse(r)
		switch {
		case err != nil:
			off = append(off, r)
		case u.Scheme == "data" || u.Scheme == "blob":
		case (u.Scheme == "http" || u.Scheme == "https") && u.Host == base.Host:
		default:
			off = append(off, r)
		}
	}
	if len(off) > 0 {
		t.Errorf("%d request(s) off host %s:\n  %s", len(off), base.Host, strings.Join(off, "\n  "))
	}
}

// TestServeAndLoad is the smoke test: the built site loads under a sub-path
// with the production CSP, signals ready, renders a heading, logs no error
// and fetches nothing from another host.
func TestServeAndLoad(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "")
	h1 := evaluate[string](t, p.ctx, `(document.querySelector("h1") || {}).textContent || ""`)
	if strings.TrimSpace(h1) == "" {
		t.Error("page has no h1 (or an empty one)")
	}
	assertNoErrors(t, p)
	assertSameHost(t, p, base)
}
