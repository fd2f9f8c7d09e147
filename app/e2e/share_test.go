package e2e

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	cdppage "github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// This file tests the Share / Embed dialog.

// TestShareDialog opens "Share / Embed" on a filtered view: the dialog shows
// the absolute link with the view, the iframe and script snippets, and
// Escape closes it.
func TestShareDialog(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "?theme=children")
	if evaluate[bool](t, p.ctx, `document.getElementById("share-dialog").open`) {
		t.Fatal("dialog open before the button was pressed")
	}
	click(t, p.ctx, "#share-open")
	waitFor(t, p.ctx, `document.getElementById("share-dialog").open`)
	type fields struct{ Link, Frame, Script string }
	f := evaluate[fields](t, p.ctx, `({
		Link: document.getElementById("share-link").value,
		Frame: document.getElementById("share-iframe").value,
		Script: document.getElementById("share-script").value,
	})`)
	if want := base + "?theme=children"; f.Link != want {
		t.Errorf("link %q, want %q", f.Link, want)
	}
	if want := `<iframe src="` + base + `?embed=1&amp;theme=children" title="IDM 2017 report" width="100%" height="800" style="border:0"></iframe>`; f.Frame != want {
		t.Errorf("iframe snippet\n got %s\nwant %s", f.Frame, want)
	}
	if want := `<div data-idm-report data-theme="children"></div>` + "\n" + `<script src="` + base + `web/embed.js"></script>`; f.Script != want {
		t.Errorf("script snippet\n got %s\nwant %s", f.Script, want)
	}
	// Every control of the dialog has a label.
	if n := evaluate[int](t, p.ctx, `[...document.querySelectorAll("#share-dialog input, #share-dialog textarea")].filter(e => e.labels.length === 0).length`); n != 0 {
		t.Errorf("%d unlabelled fields in the dialog", n)
	}
	// "Copy link" says what happened (copied, or refused and selected) and
	// logs nothing when the clipboard refuses.
	click(t, p.ctx, "#share-copy")
	waitFor(t, p.ctx, `document.querySelector(".share-status").textContent !== ""`)
	if sel := evaluate[string](t, p.ctx, `document.activeElement.id`); sel != "share-link" {
		t.Errorf("after Copy link the focus is on %q, want the link", sel)
	}
	pressKey(t, p.ctx, "\x1b")
	waitFor(t, p.ctx, `!document.getElementById("share-dialog").open`)
	if id := evaluate[string](t, p.ctx, `document.activeElement.id`); id != "share-open" {
		t.Errorf("focus after closing is on %q, want the Share button", id)
	}

	// The Close button closes it too.
	click(t, p.ctx, "#share-open")
	waitFor(t, p.ctx, `document.getElementById("share-dialog").open`)
	click(t, p.ctx, "#share-close")
	waitFor(t, p.ctx, `!document.getElementById("share-dialog").open`)
	assertNoErrors(t, p)
	assertSameHost(t, p, base)
}

// evalInFrame evaluates a JavaScript expression in the document of the
// page's first iframe (in an isolated world: the frame's DOM, not its
// globals) and decodes its JSON value into T. The host page cannot reach into
// a frame of another origin; the DevTools protocol can.
func evalInFrame[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	var v T
	tree, err := chromedp.Call(ctx, cdppage.GetFrameTree, cdp.Empty{})
	if err != nil || tree.FrameTree == nil || len(tree.FrameTree.ChildFrames) == 0 {
		t.Fatalf("no iframe in the page (%v)", err)
	}
	world, err := chromedp.Call(ctx, cdppage.CreateIsolatedWorld, cdppage.CreateIsolatedWorldParams{
		FrameID: tree.FrameTree.ChildFrames[0].Frame.ID, WorldName: "e2e"})
	if err != nil {
		t.Fatalf("isolated world in the iframe: %v", err)
	}
	byValue := true
	res, err := chromedp.Call(ctx, cdpruntime.Evaluate, cdpruntime.EvaluateParams{
		Expression: expr, ContextID: world.ExecutionContextID, ReturnByValue: &byValue})
	switch {
	case err != nil:
		t.Fatalf("evaluate in the iframe %s: %v", expr, err)
	case res.ExceptionDetails != nil:
		t.Fatalf("evaluate in the iframe %s: %s", expr, res.ExceptionDetails.Text)
	case res.Result != nil && len(res.Result.Value) > 0:
		if err := json.Unmarshal(res.Result.Value, &v); err != nil {
			t.Fatalf("evaluate in the iframe %s: %v", expr, err)
		}
	}
	return v
}
