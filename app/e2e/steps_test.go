package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// waitFor polls a JavaScript condition until it is true (stepTimeout).
func waitFor(t testing.TB, ctx context.Context, cond string) {
	t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond, chromedp.EvalAwaitPromise))
		if err == nil && ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("condition never became true: %s", cond)
}

// pressKey sends one key (" " Space, "\r" Enter, "\t" Tab, "\x1b"… see
// chromedp's kb package) to the focused element.
func pressKey(t testing.TB, ctx context.Context, key string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(key)); err != nil {
		t.Fatalf("press %q: %v", key, err)
	}
}

// setWidth emulates a viewport of the given CSS width (and 800 px height).
func setWidth(t testing.TB, p *page, width int) {
	t.Helper()
	if err := chromedp.Do(p.ctx, chromedp.EmulateViewport(int64(width), 800)); err != nil {
		t.Fatalf("viewport %d: %v", width, err)
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
