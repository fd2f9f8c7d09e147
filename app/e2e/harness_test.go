//go:build !wasm

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"idmreport/app/chrome"
	"idmreport/app/server"
)

const (
	testTimeout  = 60 * time.Second // whole browser session of one test
	readyTimeout = 30 * time.Second // waitReady
	stepTimeout  = 15 * time.Second // one navigate / click / evaluate helper
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

// page is one headless Chromium tab plus what it reported: console errors,
// uncaught exceptions, error-level browser log entries (CSP violations come
// as source "security"), blocked requests, and every request URL.
type page struct {
	ctx context.Context // chromedp tab context; pass it to chromedp.Run/Do

	mu       sync.Mutex
	errors   []string
	requests []string
	console  []string
	reqURL   map[network.RequestID]string
	out      *tailBuffer
	close    func() // stops the browser (also done at cleanup)
}

type pageKey struct{}

// pageFrom returns the page whose ctx (or a context derived from it) is ctx.
func pageFrom(ctx context.Context) *page {
	p, _ := ctx.Value(pageKey{}).(*page)
	return p
}

// Errors returns a copy of the collected errors.
func (p *page) Errors() []string { return p.snapshot(&p.errors) }

// Requests returns a copy of every request URL the tab sent, in order.
func (p *page) Requests() []string { return p.snapshot(&p.requests) }

// Console returns a copy of every console and browser-log message.
func (p *page) Console() []string { return p.snapshot(&p.console) }

// reset forgets everything collected so far, e.g. before an interaction
// whose own errors and requests a test wants to check.
func (p *page) reset() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.errors, p.requests, p.console = nil, nil, nil
}

func (p *page) snapshot(s *[]string) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), (*s)...)
}

// onEvent runs in chromedp's read loop for every event of the tab: it must
// be fast and must not call chromedp.
func (p *page) onEvent(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		msg := fmt.Sprintf("console.%s: %s%s", e.Type, argsText(e.Args), stackPlace(e.StackTrace))
		p.console = append(p.console, msg)
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			p.errors = append(p.errors, msg)
		}
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		text := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			text += " " + strings.SplitN(d.Exception.Description, "\n", 2)[0]
		}
		msg := fmt.Sprintf("uncaught exception: %s (%s:%d)", text, d.URL, d.LineNumber+1)
		p.console = append(p.console, msg)
		p.errors = append(p.errors, msg)
	case *log.EventEntryAdded:
		en := e.Entry
		msg := fmt.Sprintf("log[%s/%s]: %s", en.Source, en.Level, en.Text)
		if en.URL != "" {
			msg += " (" + en.URL + ")"
		}
		p.console = append(p.console, msg)
		if en.Level == log.EntryLevelError ||
			(en.Source == log.EntrySourceSecurity && en.Level == log.EntryLevelWarning) {
			p.errors = append(p.errors, msg)
		}
	case *network.EventRequestWillBeSent:
		if p.reqURL == nil {
			p.reqURL = map[network.RequestID]string{}
		}
		p.reqURL[e.RequestID] = e.Request.URL
		p.requests = append(p.requests, e.Request.URL)
	case *network.EventLoadingFailed:
		if e.BlockedReason != "" {
			p.errors = append(p.errors, fmt.Sprintf("request blocked (%s): %s", e.BlockedReason, p.reqURL[e.RequestID]))
		}
	}
}

// argsText renders console arguments: strings as is, other values by JSON
// value or description.
func argsText(args []*runtime.RemoteObject) string {
	parts := make([]string, 0, len(args))
	for _, a := range args {
		var s string
		switch {
		case a.Type == runtime.RemoteObjectTypeString && json.Unmarshal(a.Value, &s) == nil:
		case a.Preview != nil && len(a.Preview.Properties) > 0 && a.Subtype != "error":
			props := make([]string, 0, len(a.Preview.Properties))
			for _, pp := range a.Preview.Properties {
				props = append(props, pp.Name+": "+pp.Value)
			}
			s = "{" + strings.Join(props, ", ") + "}"
		case a.Description != "":
			s = a.Description
		case len(a.Value) > 0:
			s = string(a.Value)
		default:
			s = string(a.Type)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func stackPlace(st *runtime.StackTrace) string {
	if st == nil || len(st.CallFrames) == 0 {
		return ""
	}
	f := st.CallFrames[0]
	return fmt.Sprintf(" (%s:%d)", f.URL, f.LineNumber+1)
}

// tailBuffer keeps the last 8 KiB written to it (Chromium's own output).
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
}

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	if n := len(b.buf) - 8<<10; n > 0 {
		b.buf = append([]byte(nil), b.buf[n:]...)
	}
	return len(p), nil
}

func (b *tailBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return string(b.buf)
}

// chromePath returns $CHROME_PATH, /usr/bin/chromium, or a browser on PATH.
func chromePath(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless_shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("chromium not found: install it (apt-get install -y chromium) or set CHROME_PATH")
	return ""
}

// newBrowser starts a fresh headless Chromium (own temporary profile, 1280x900
// window) with one tab, and returns it. The whole session is limited to
// testTimeout (or the test deadline); the browser and the profile are removed
// by t.Cleanup.
func newBrowser(t *testing.T) *page {
	t.Helper()
	dataDir, err := os.MkdirTemp("", "idm-e2e-chrome-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { removeAllRetry(dataDir) }) // registered first: runs last
	return newBrowserIn(t, dataDir)
}

// newBrowserIn starts Chromium on the given profile directory, so a test can
// close the browser and start it again on the same profile (its caches and
// service workers).
func newBrowserIn(t *testing.T, dataDir string) *page {
	t.Helper()
	requireE2E(t)
	execPath := chromePath(t)

	deadline := time.Now().Add(testTimeout)
	if d, ok := t.Deadline(); ok && d.Add(-5*time.Second).Before(deadline) {
		deadline = d.Add(-5 * time.Second)
	}
	rootCtx, cancelRoot := context.WithDeadline(context.Background(), deadline)

	p := &page{out: &tailBuffer{}}
	opts := chrome.Options(execPath, dataDir, 1280, 900, p.out)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(rootCtx, opts...)
	tabCtx, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithListener(p.onEvent))
	p.ctx = context.WithValue(tabCtx, pageKey{}, p)
	p.close = func() {
		cancelTab()
		cancelAlloc()
		cancelRoot()
	}
	t.Cleanup(func() {
		p.close()
		if t.Failed() {
			t.Logf("console of the page:\n  %s", strings.Join(p.Console(), "\n  "))
		}
	})
	// The first Do starts the browser and binds its lifetime to p.ctx.
	if err := chromedp.Do(p.ctx); err != nil {
		t.Fatalf("starting %s: %v\n%s", execPath, err, p.out.String())
	}
	return p
}

// closeBrowser stops the page's browser and waits for it to exit.
func closeBrowser(p *page) { p.close() }

// removeAllRetry removes dir, retrying while Chromium's helper processes are
// still writing to it.
func removeAllRetry(dir string) {
	for range 50 {
		if os.RemoveAll(dir) == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// navigate loads url in the tab and waits for its load event.
func navigate(t testing.TB, p *page, url string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate %s: %v\nerrors: %q", url, err, p.Errors())
	}
}

// evaluate runs a JavaScript expression in the page and decodes its JSON
// value into T (use chromedp.Void to ignore it).
func evaluate[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// click clicks the first element matching the CSS selector, waiting for it
// to be visible first.
func click(t testing.TB, ctx context.Context, css string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(css), chromedp.NodeVisible)); err != nil {
		t.Fatalf("click %s: %v", css, err)
	}
}

// sendKeys focuses the first element matching the CSS selector and types
// keys into it ("\n" is sent as Enter).
func sendKeys(t testing.TB, ctx context.Context, css, keys string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(css), keys, chromedp.NodeVisible)); err != nil {
		t.Fatalf("send keys to %s: %v", css, err)
	}
}

// waitVisible waits until an element matching the CSS selector is visible.
func waitVisible(t testing.TB, ctx context.Context, css string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(css))); err != nil {
		t.Fatalf("wait visible %s: %v", css, err)
	}
}

// textOf returns the visible text (innerText) of the first element matching
// the CSS selector, waiting for it to be visible.
func textOf(t testing.TB, ctx context.Context, css string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
	if err != nil {
		t.Fatalf("text of %s: %v", css, err)
	}
	return s
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
	base := startSite(t, "/idm2017/")
	p := newBrowser(t)
	navigate(t, p, base)
	waitReady(t, p.ctx)
	h1 := evaluate[string](t, p.ctx, `(document.querySelector("h1") || {}).textContent || ""`)
	if strings.TrimSpace(h1) == "" {
		t.Error("page has no h1 (or an empty one)")
	}
	assertNoErrors(t, p)
	assertSameHost(t, p, base)
}
