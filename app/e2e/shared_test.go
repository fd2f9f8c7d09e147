package e2e

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"

	"idmreport/app/chrome"
)

// This file runs the one Chromium the tests of the package share: started
// on first use, stopped by TestMain. Each test gets its own browser context
// in it (newBrowser), as separate as a fresh profile for what the tests see:
// cookies, storage, caches, service workers, permissions.

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
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chrome.Options(execPath, dir, 1280, 900, out)...)
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

// newBrowser opens a tab in a new browser context of the shared Chromium
// (1280x900 window) for the test: an empty profile of its own, closed by
// t.Cleanup. The session is limited to testTimeout (or the test deadline):
// then its tab and context are closed, so a stuck test cannot hold the
// shared browser.
func newBrowser(t *testing.T) *page {
	t.Helper()
	requireE2E(t)
	parent, out := shared(t)
	sessionCtx, cancelSession := context.WithDeadline(parent, sessionDeadline(t))
	p := &page{out: out}
	tabCtx, cancelTab := chromedp.NewContext(sessionCtx, chromedp.WithNewBrowserContext(), chromedp.WithListener(p.onEvent))
	p.ctx = context.WithValue(tabCtx, pageKey{}, p)
	p.close = func() {
		cancelTab()
		cancelSession()
	}
	t.Cleanup(func() {
		p.close()
		if t.Failed() {
			t.Logf("console of the page:\n  %s", strings.Join(p.Console(), "\n  "))
		}
	})
	// The first Do creates the browser context and its tab.
	if err := chromedp.Do(p.ctx); err != nil {
		t.Fatalf("opening a tab in the shared browser: %v\n%s", err, out.String())
	}
	return p
}

// browserContextID names the browser context of p's tab, for the Browser
// domain's commands that take one (e.g. browser.SetPermission): without it
// they change the browser's default context, not the test's.
func browserContextID(t *testing.T, p *page) cdp.BrowserContextID {
	t.Helper()
	c := chromedp.FromContext(p.ctx)
	if c == nil || c.BrowserContextID == "" {
		t.Fatal("the page has no browser context of its own")
	}
	return c.BrowserContextID
}
