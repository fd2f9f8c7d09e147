package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"idmreport/app/chrome"
)

// This file collects what a tab reports and starts Chromium processes of
// a test's own (most tests use the shared one: shared_test.go).

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
	spoil    func() // a shared tab: close it after the test (nil for a browser of the test's own)
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

// newOwnBrowser starts a Chromium process of the test's own (own temporary
// profile, 1280x900 window) with one tab, and returns it: for a test that
// needs what a browser context of the shared browser (newBrowser) cannot
// give, e.g. the process-wide clipboard to itself. The whole session is
// limited to testTimeout (or the test deadline); the browser and the profile
// are removed by t.Cleanup.
func newOwnBrowser(t *testing.T) *page {
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

	rootCtx, cancelRoot := context.WithDeadline(context.Background(), sessionDeadline(t))

	p := &page{out: &tailBuffer{}}
	opts := testOptions(execPath, dataDir, p.out)
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

// testOptions are the launch options of the tests' Chromium (1280x900):
// app/chrome's, and no back/forward cache. Without it Chromium starts a new
// renderer process for each navigation of a tab, even on the same site, so
// that the old page can wait in the cache: a quarter of the tests' CPU time
// on this 2-core machine. No test goes back across documents.
func testOptions(execPath, dataDir string, out io.Writer) []chromedp.ExecAllocatorOption {
	return append(chrome.Options(execPath, dataDir, 1280, 900, out),
		// chromedp disables the first two; this flag replaces its list.
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,BackForwardCache,RenderDocument,ProactivelySwapBrowsingInstance"))
}

// closeBrowser closes the page: its browser context, or the browser it owns
// (waiting for it to exit).
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
