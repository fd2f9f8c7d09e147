//go:build !wasm

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
