package e2e

import (
	"context"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// This file runs the one Chromium the tests of the package share: started
// on first use, stopped by TestMain, and the tabs it keeps between tests
// (newBrowser).

// sharedBrowser is the shared Chromium: ctx is its first tab's chromedp
// context, a parent for the browser contexts of the tests.
var sharedBrowser struct {
	mu     sync.Mutex
	ctx    context.Context
	stop   func()
	out    *tailBuffer
	dir    string
	starts int
}

// TestMain runs the tests, then stops the shared browser and removes its
// profile.
func TestMain(m *testing.M) {
	code := m.Run()
	stopShared()
	os.Exit(code)
}

// stopShared stops the shared browser, if it runs, and removes its profile.
func stopShared() {
	b := &sharedBrowser
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.stop != nil {
		b.stop()
		removeAllRetry(b.dir)
		b.ctx, b.stop = nil, nil
	}
}

// shared returns the shared browser's context and output, starting the
// browser on first use, and again if it has died.
func shared(t *testing.T) (context.Context, *tailBuffer) {
	t.Helper()
	b := &sharedBrowser
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ctx != nil && b.ctx.Err() == nil {
		return b.ctx, b.out
	}
	if b.stop != nil { // it died: say so, and start another
		t.Logf("the shared browser had stopped (%v); starting another\n%s", context.Cause(b.ctx), b.out.String())
		b.stop()
		removeAllRetry(b.dir)
	}
	execPath := chromePath(t)
	dir, err := os.MkdirTemp("", "idm-e2e-chrome-")
	if err != nil {
		t.Fatal(err)
	}
	out := &tailBuffer{}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), testOptions(execPath, dir, out)...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	stop := func() { cancel(); cancelAlloc() }
	// The first Do starts the browser and binds its lifetime to ctx (the
	// allocator gives up after 20 s without an answer).
	if err := chromedp.Do(ctx); err != nil {
		stop()
		removeAllRetry(dir)
		t.Fatalf("starting %s: %v\n%s", execPath, err, out.String())
	}
	b.ctx, b.stop, b.out, b.dir = ctx, stop, out, dir
	b.starts++
	return ctx, out
}

// sessionDeadline is when a test's browser session ends: testTimeout from
// now, or 5 s before the test binary's deadline if that comes first.
func sessionDeadline(t *testing.T) time.Time {
	deadline := time.Now().Add(testTimeout)
	if d, ok := t.Deadline(); ok && d.Add(-5*time.Second).Before(deadline) {
		deadline = d.Add(-5 * time.Second)
	}
	return deadline
}

// newBrowser gives the test a tab of the shared Chromium (1280x900 window),
// each in a browser context of its own. Opening a tab costs about as much
// CPU as loading the report once, so tabs are kept between tests: a test
// borrows an idle one (or opens one) and t.Cleanup gives it back, emptied.
// Tests do not see each other's storage, caches or service workers even so:
// each serves the site at its own address (startSite), and those are keyed
// by origin; giving a tab back also clears the data of every origin it
// visited. A tab whose emulation or profile the test changed (spoil), or
// whose test failed, is closed instead. The session is limited to
// testTimeout (or the test deadline), so a stuck test cannot hold the tab.
func newBrowser(t *testing.T) *page {
	t.Helper()
	requireE2E(t)
	parent, out := shared(t)
	tab := borrowTab(t, parent, out)
	sessionCtx, cancelSession := context.WithDeadline(tab.ctx, sessionDeadline(t))
	p := tab.page
	p.reset()
	p.ctx = context.WithValue(sessionCtx, pageKey{}, p)
	p.spoil = func() { tab.spoiled.Store(true) }
	p.close = func() {
		cancelSession()
		p.spoil()
	}
	t.Cleanup(func() {
		cancelSession()
		if t.Failed() {
			t.Logf("console of the page:\n  %s", strings.Join(p.Console(), "\n  "))
			tab.spoiled.Store(true)
		}
		giveBack(tab, p.Requests())
	})
	return p
}

// sharedTab is a tab of the shared browser, in a browser context of its own.
type sharedTab struct {
	page    *page
	ctx     context.Context // the tab's own chromedp context
	close   func()
	spoiled atomic.Bool // the tab must not serve another test
}

// idleTabs are the shared browser's tabs no test holds.
var idleTabs struct {
	mu   sync.Mutex
	tabs []*sharedTab
}

// borrowTab takes an idle tab of the running shared browser, or opens one.
func borrowTab(t *testing.T, parent context.Context, out *tailBuffer) *sharedTab {
	t.Helper()
	idleTabs.mu.Lock()
	for len(idleTabs.tabs) > 0 {
		tab := idleTabs.tabs[len(idleTabs.tabs)-1]
		idleTabs.tabs = idleTabs.tabs[:len(idleTabs.tabs)-1]
		if tab.ctx.Err() == nil {
			idleTabs.mu.Unlock()
			return tab
		}
		tab.close()
	}
	idleTabs.mu.Unlock()
	p := &page{out: out}
	ctx, cancel := chromedp.NewContext(parent, chromedp.WithNewBrowserContext(), chromedp.WithListener(p.onEvent))
	// The first Do creates the browser context and its tab.
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		t.Fatalf("opening a tab in the shared browser: %v\n%s", err, out.String())
	}
	return &sharedTab{page: p, ctx: ctx, close: cancel}
}

// giveBack empties the tab (about:blank, no emulated screen or media, no
// data of the origins in visited) and keeps it for the next test; a spoiled
// tab, or one that does not answer, is closed.
func giveBack(tab *sharedTab, visited []string) {
	if tab.spoiled.Load() || tab.ctx.Err() != nil {
		tab.close()
		return
	}
	ctx, cancel := context.WithTimeout(tab.ctx, stepTimeout)
	defer cancel()
	err := chromedp.Do(ctx, chromedp.Navigate("about:blank"))
	if err == nil {
		_, err = chromedp.Call(ctx, emulation.ClearDeviceMetricsOverride, cdp.Empty{})
	}
	if err == nil {
		_, err = chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
	}
	for _, origin := range origins(visited) {
		if err == nil {
			_, err = chromedp.Call(ctx, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{Origin: origin, StorageTypes: "all"})
		}
	}
	if err != nil {
		tab.close()
		return
	}
	idleTabs.mu.Lock()
	defer idleTabs.mu.Unlock()
	idleTabs.tabs = append(idleTabs.tabs, tab)
}

// origins lists the distinct http(s) origins of urls.
func origins(urls []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, raw := range urls {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			continue
		}
		o := u.Scheme + "://" + u.Host
		if !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
	}
	return out
}

// spoil marks the tab of ctx as changed in a way giveBack does not undo
// (CPU or network throttling, scripts added to every document, scripts
// off, another user agent, permissions): it is closed after the test.
func spoil(ctx context.Context) {
	if p := pageFrom(ctx); p != nil && p.spoil != nil {
		p.spoil()
	}
}

// browserContextID names the browser context of p's tab, for the Browser
// domain's commands that take one (e.g. browser.SetPermission): without it
// they change the browser's default context, not the test's.
func browserContextID(t *testing.T, p *page) cdp.BrowserContextID {
	t.Helper()
	spoil(p.ctx) // the caller changes the browser context itself
	c := chromedp.FromContext(p.ctx)
	if c == nil || c.BrowserContextID == "" {
		t.Fatal("the page has no browser context of its own")
	}
	return c.BrowserContextID
}
