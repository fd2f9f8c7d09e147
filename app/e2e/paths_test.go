package e2e

import "testing"

// TestAnyPath serves the same build at the site root and under a deep
// sub-path: the page loads, filters, and fetches nothing off its folder.
func TestAnyPath(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	for _, prefix := range []string{"/", "/en/idm/2017/report/"} {
		t.Run(prefix, func(t *testing.T) {
			base := startSite(t, prefix)
			p := newBrowser(t)
			navigate(t, p, base+"?theme=health")
			waitReady(t, p.ctx)
			waitFor(t, p.ctx, `document.querySelector("#theme-health").getAttribute("aria-pressed") === "true"`)
			waitFor(t, p.ctx, `navigator.serviceWorker.controller !== null`)
			if got := evaluate[string](t, p.ctx, `new URL(navigator.serviceWorker.controller.scriptURL).pathname`); got != prefix+"app-worker.js" {
				t.Errorf("service worker at %s, want %sapp-worker.js", got, prefix)
			}
			assertNoErrors(t, p)
			assertSameHost(t, p, base)
		})
	}
}
