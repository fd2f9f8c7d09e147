package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// TestQuoteParagraph opens a paragraph's menu (one tab stop per paragraph)
// and copies its quotation: with the clipboard allowed, the clipboard holds
// the paragraph's words in quotation marks, the report's citation and the
// paragraph's permalink in the current view; with it refused, the same text
// appears selected in the menu's field. The reader's place does not move.
func TestQuoteParagraph(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	r := report(t)
	para := r.Paragraphs[20]
	for _, allowed := range []bool{true, false} {
		base := startSite(t, "/idm2017/")
		// The clipboard is one for the whole browser process: the run that
		// reads it has a browser of its own, so no other test writes to it
		// meanwhile.
		var p *page
		setting, context := browser.PermissionSettingGranted, cdp.BrowserContextID("")
		if allowed {
			p = newOwnBrowser(t)
		} else {
			p, setting = newBrowser(t), browser.PermissionSettingDenied
			context = browserContextID(t, p)
		}
		for _, name := range []string{"clipboard-read", "clipboard-write"} {
			if _, err := chromedp.Call(p.ctx, browser.SetPermission, browser.SetPermissionParams{
				Permission: &browser.PermissionDescriptor{Name: name}, Setting: setting, BrowserContextID: context}); err != nil {
				t.Fatalf("permission %s: %v", name, err)
			}
		}
		navigate(t, p, base+"?theme=children#"+string(para.ID))
		waitReady(t, p.ctx)
		focusable := `[...document.querySelectorAll("#` + string(para.ID) + ` .para-tools :is(a[href], button, summary, textarea)")].filter(e => e.checkVisibility()).length`
		if n := evaluate[int](t, p.ctx, focusable); n != 1 {
			t.Errorf("the closed menu has %d visible controls, want 1 (its summary)", n)
		}
		click(t, p.ctx, "#"+string(para.ID)+" .para-tools summary")
		before := evaluate[float64](t, p.ctx, `scrollY`)
		click(t, p.ctx, "#"+string(para.ID)+" .quote")
		var got string
		if allowed {
			waitFor(t, p.ctx, `document.querySelector("#`+string(para.ID)+` .quote-status").textContent !== ""`)
			got = evaluate[string](t, p.ctx, `navigator.clipboard.readText()`)
		} else {
			waitFor(t, p.ctx, `!document.querySelector("#`+string(para.ID)+`-quote").hidden`)
			got = evaluate[string](t, p.ctx, `(() => { const f = document.querySelector("#`+string(para.ID)+`-quote");
				return document.activeElement === f && f.selectionEnd - f.selectionStart === f.value.length ? f.value : "not selected"; })()`)
		}
		for _, want := range []string{"“" + para.Text + "”", "International Organization for Migration (2017)",
			"?theme=children#" + string(para.ID)} {
			if !strings.Contains(got, want) {
				t.Errorf("clipboard allowed %v: the quote lacks %q:\n%s", allowed, want, got)
			}
		}
		if after := evaluate[float64](t, p.ctx, `scrollY`); after != before {
			t.Errorf("clipboard allowed %v: the page moved from %v to %v", allowed, before, after)
		}
		assertNoErrors(t, p)
		closeBrowser(p)
	}
}
