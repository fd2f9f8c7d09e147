package e2e

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"idmreport/app/server"
)

// This file adds to the harness: a site server whose web/app.wasm answer a
// test controls (held, failed, truncated), network and CPU throttling, and
// extra tabs of a browser.

// startSiteWrapped is startSite with wrap around the site's handler.
func startSiteWrapped(t testing.TB, prefix string, wrap func(http.Handler) http.Handler) string {
	t.Helper()
	requireE2E(t)
	srv := httptest.NewServer(wrap(server.NewWithCSP(siteDir(t), prefix, server.CSP)))
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
	})
	return srv.URL + server.CleanPrefix(prefix)
}

// isWasm reports whether r asks for the app's wasm.
func isWasm(r *http.Request) bool { return strings.HasSuffix(r.URL.Path, "/web/app.wasm") }

// gate holds every web/app.wasm request until release.
type gate struct {
	open chan struct{}
	once sync.Once
	held atomic.Int32 // requests waiting now
}

// release lets the held and later wasm requests through.
func (g *gate) release() { g.once.Do(func() { close(g.open) }) }

// startSiteHeld serves the site with the wasm held at the gate.
func startSiteHeld(t testing.TB, prefix string) (string, *gate) {
	t.Helper()
	g := &gate{open: make(chan struct{})}
	base := startSiteWrapped(t, prefix, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if isWasm(r) {
				g.held.Add(1)
				select {
				case <-g.open:
				case <-r.Context().Done():
				}
				g.held.Add(-1)
			}
			h.ServeHTTP(w, r)
		})
	})
	t.Cleanup(g.release) // runs before the server closes
	return base, g
}

// waitHeld waits until the page has asked for the wasm and the request is
// held at the gate, so the page is loaded and the wasm not started.
func waitHeld(t testing.TB, p *page, g *gate) {
	t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		asked := false
		for _, u := range p.Requests() {
			asked = asked || strings.HasSuffix(strings.SplitN(u, "?", 2)[0], "/web/app.wasm")
		}
		if asked && g.held.Load() > 0 {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the page never asked for web/app.wasm (requests: %q)", p.Requests())
}

// startSiteFailing serves the site with web/app.wasm answering 404 while
// *fail is true.
func startSiteFailing(t testing.TB, prefix string) (string, *atomic.Bool) {
	t.Helper()
	fail := &atomic.Bool{}
	fail.Store(true)
	base := startSiteWrapped(t, prefix, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if isWasm(r) && fail.Load() {
				http.NotFound(w, r)
				return
			}
			h.ServeHTTP(w, r)
		})
	})
	return base, fail
}

// startSiteTruncated serves the site with the first half of web/app.wasm
// (status 200, application/wasm): a broken deploy or cut download.
func startSiteTruncated(t testing.TB, prefix string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(siteDir(t), "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	half := b[:len(b)/2]
	return startSiteWrapped(t, prefix, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !isWasm(r) {
				h.ServeHTTP(w, r)
				return
			}
			w.Header().Set("Content-Type", "application/wasm")
			w.Header().Set("Cache-Control", "no-store")
			w.Write(half)
		})
	})
}

// throttle emulates the mid-range phone of issue 10 in the tab of ctx: 4×
// CPU slowdown, 1.6 Mbps down / 750 kbps up with 150 ms RTT, no HTTP cache.
func throttle(ctx context.Context) error {
	spoil(ctx)
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4}); err != nil {
		return fmt.Errorf("CPU throttling: %w", err)
	}
	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	// Network.emulateNetworkConditions is deprecated and not in cdproto, but
	// Chromium still has it (its rule form wants fields cdproto lacks).
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		return tg.Call(ctx, "Network.emulateNetworkConditions", map[string]any{"offline": false,
			"latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}, nil)
	}))
	if err != nil {
		return fmt.Errorf("network throttling: %w", err)
	}
	return nil
}

// errStalled: a throttled document never got parsed. Now and then a load
// under Chromium's network emulation stops for good (a request never
// completes, even with the tab alone in its browser); that says nothing
// about the page, so the tests retry such a load once.
var errStalled = errors.New("throttled load stalled in Chromium's network emulation")

// loadParsed navigates the tab of ctx to url and waits (20 s at most) until
// its document is parsed (readyState is no longer "loading").
func loadParsed(ctx context.Context, url string) error {
	if _, err := chromedp.Call(ctx, cdppage.Navigate, cdppage.NavigateParams{URL: url}); err != nil {
		return fmt.Errorf("navigate %s: %w", url, err)
	}
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); {
		rs, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.readyState`))
		if err == nil && rs != "loading" {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("%s: %w", url, errStalled)
}

// openTab opens a new tab in p's browser (opts: e.g. WithNewBrowserContext
// for a cold one) that collects its own console errors and requests. Safe
// to call from a goroutine; close it with tab.close.
func openTab(p *page, opts ...chromedp.ContextOption) (*page, error) {
	q := &page{out: p.out}
	ctx, cancel := chromedp.NewContext(p.ctx, append(opts, chromedp.WithListener(q.onEvent))...)
	q.ctx = context.WithValue(ctx, pageKey{}, q)
	q.close = cancel
	if err := chromedp.Do(q.ctx); err != nil {
		cancel()
		return nil, err
	}
	return q, nil
}

// settle waits two animation frames and ms milliseconds in the page.
func settle(t testing.TB, ctx context.Context, ms int) {
	t.Helper()
	evaluate[any](t, ctx, fmt.Sprintf(`new Promise(r => requestAnimationFrame(() =>
		requestAnimationFrame(() => setTimeout(() => r(0), %d))))`, ms))
}
