package e2e

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp/kb"
)

// TestLongListsRove checks the document's long lists (data-rove, in
// web/reading.js) with the keyboard on a phone: each list is one tab stop;
// in the places table ArrowDown moves the focus and the stop to the next
// item; a region that hides the row holding the stop moves the stop to an
// item still shown, so Tab can still reach the table.
func TestLongListsRove(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPhone(t, base, "")
	const stops = `[...document.querySelectorAll("[data-rove]")].map(g => [...g.querySelectorAll("a[href], button")].filter(el => el.tabIndex >= 0).length)`
	if got := evaluate[[]int](t, p.ctx, stops); len(got) < 5 {
		t.Fatalf("%d long lists marked data-rove, want the places table, speakers, practices, GCM overview and timeline", len(got))
	} else {
		for i, n := range got {
			if n != 1 {
				t.Errorf("list %d has %d tab stops, want 1", i, n)
			}
		}
	}
	const table = `[...document.querySelectorAll("#place-table-wrap tbody a[href], #place-table-wrap tbody button")]`
	const focused = table + `.indexOf(document.activeElement)`
	evaluate[any](t, p.ctx, table+`.find(el => el.tabIndex === 0).focus()`)
	start := evaluate[int](t, p.ctx, focused)
	if start < 0 {
		t.Fatal("the places table's stop did not take the focus")
	}
	pressKey(t, p.ctx, kb.ArrowDown)
	waitFor(t, p.ctx, focused+` > `+strconv.Itoa(start))
	if n := evaluate[int](t, p.ctx, table+`.filter(el => el.tabIndex === 0).length`); n != 1 {
		t.Errorf("after ArrowDown the table has %d tab stops, want 1", n)
	}
	if evaluate[int](t, p.ctx, table+`.findIndex(el => el.tabIndex === 0)`) != evaluate[int](t, p.ctx, focused) {
		t.Error("the stop did not follow the focus")
	}
	// Europe hides the rows of other regions: the first rows (Afghanistan,
	// Argentina…), which hold the stop, among them.
	evaluate[any](t, p.ctx, `window.oldStop = `+table+`.find(el => el.tabIndex === 0), 0`)
	click(t, p.ctx, `[data-region="europe"]`)
	waitFor(t, p.ctx, `!window.oldStop.checkVisibility()`)
	waitFor(t, p.ctx, table+`.some(el => el.tabIndex === 0 && el.checkVisibility())`)
	if n := evaluate[int](t, p.ctx, table+`.filter(el => el.tabIndex === 0).length`); n != 1 {
		t.Errorf("after the region the table has %d tab stops, want 1", n)
	}
	assertNoErrors(t, p)
}
