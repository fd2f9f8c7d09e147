package e2e

import (
	"math"
	"testing"
)

// startState is what the reader has before and after the wasm starts.
type startState struct {
	ScrollY, Top, Height float64 // window.scrollY, the paragraph's top, the page height
	Selection            string
}

const startStateJS = `(() => {
	const s = getSelection();
	return {ScrollY: scrollY, Top: document.getElementById(window.__target).getBoundingClientRect().top,
		Height: document.documentElement.scrollHeight, Selection: s.toString()};
})()`

// TestStartKeepsReader proves the wasm does not re-create the document: with
// the wasm held at the server, the reader scrolls to a paragraph in the
// middle and selects words in it; once the wasm is released and ready, the
// paragraph elements are the same nodes, the selection is the same text in
// the same text node, and the scroll position and page height have not moved.
func TestStartKeepsReader(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	target := string(r.Paragraphs[len(r.Paragraphs)/2].ID)
	base, g := startSiteHeld(t, "/idm2017/")
	p := newBrowser(t)
	navigate(t, p, base)
	waitHeld(t, p, g)

	evaluate[any](t, p.ctx, `(() => {
		window.__target = `+jsString(target)+`;
		const el = document.getElementById(window.__target);
		el.scrollIntoView({block: "start"});
		scrollBy(0, -40);
		const walk = document.createTreeWalker(el.querySelector("p"), NodeFilter.SHOW_TEXT);
		let text;
		while ((text = walk.nextNode()) && text.length < 20) {}
		const range = document.createRange();
		range.setStart(text, 5);
		range.setEnd(text, Math.min(60, text.length));
		getSelection().removeAllRanges();
		getSelection().addRange(range);
		window.__anchor = text;
		window.__paras = [...document.querySelectorAll(".para")];
		return 0;
	})()`)
	if evaluate[bool](t, p.ctx, `document.documentElement.dataset.ready === "true"`) {
		t.Fatal("the page is ready while its wasm is held: the test proves nothing")
	}
	before := evaluate[startState](t, p.ctx, startStateJS)
	if before.Selection == "" || before.ScrollY < 100 {
		t.Fatalf("setup failed: selection %q, scrollY %v", before.Selection, before.ScrollY)
	}

	g.release()
	waitReady(t, p.ctx)
	settle(t, p.ctx, 500)
	after := evaluate[startState](t, p.ctx, startStateJS)

	type nodes struct {
		Count, Replaced, Detached int
		Anchored                  bool
	}
	n := evaluate[nodes](t, p.ctx, `({
		Count: window.__paras.length,
		Replaced: window.__paras.filter(e => document.getElementById(e.id) !== e).length,
		Detached: window.__paras.filter(e => !e.isConnected).length,
		Anchored: getSelection().anchorNode === window.__anchor && window.__anchor.isConnected,
	})`)
	if n.Count != len(r.Paragraphs) {
		t.Errorf("%d .para elements before the start, want %d", n.Count, len(r.Paragraphs))
	}
	if n.Replaced > 0 || n.Detached > 0 {
		t.Errorf("the wasm replaced %d and detached %d of %d paragraph elements", n.Replaced, n.Detached, n.Count)
	}
	if after.Selection != before.Selection || !n.Anchored {
		t.Errorf("selection %q (anchored in the same node: %v), want %q", after.Selection, n.Anchored, before.Selection)
	}
	if math.Abs(after.ScrollY-before.ScrollY) > 1 || math.Abs(after.Top-before.Top) > 1 {
		t.Errorf("reading position moved: scrollY %v → %v, #%s top %v → %v", before.ScrollY, after.ScrollY, target, before.Top, after.Top)
	}
	if after.Height != before.Height {
		t.Errorf("page height %v before the wasm started, %v after", before.Height, after.Height)
	}
	assertNoErrors(t, p)
}
