package e2e

import (
	"net/http"
	"sync"
	"testing"
)

// bodyCounter counts, per path, the responses that carried a body (status
// 200), as the server saw them: the page's and the service worker's alike.
type bodyCounter struct {
	mu     sync.Mutex
	bodies map[string]int
	total  map[string]int
}

// statusWriter records the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(s int) { w.status = s; w.ResponseWriter.WriteHeader(s) }

// TestFirstVisitDownloadsOnce proves that a first visit sends the wasm's
// bytes once: the page fetches it, and the service worker, registered after
// the wasm has loaded, revalidates it from the HTTP cache (304) when it
// installs, instead of downloading it a second time.
func TestFirstVisitDownloadsOnce(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	c := &bodyCounter{bodies: map[string]int{}, total: map[string]int{}}
	base := startSiteWrapped(t, "/idm2017/", func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
			h.ServeHTTP(sw, r)
			c.mu.Lock()
			c.total[r.URL.Path]++
			if sw.status == http.StatusOK {
				c.bodies[r.URL.Path]++
			}
			c.mu.Unlock()
		})
	})
	p := openPage(t, base, "")
	controlled(t, p) // the worker has installed: it has fetched every file it caches
	c.mu.Lock()
	defer c.mu.Unlock()
	const wasm = "/idm2017/web/app.wasm"
	if c.total[wasm] < 2 {
		t.Errorf("the wasm was asked for %d time(s); want the page's and the worker's request", c.total[wasm])
	}
	if c.bodies[wasm] != 1 {
		t.Errorf("the wasm's bytes crossed the network %d times on a first visit, want 1 (requests: %d)", c.bodies[wasm], c.total[wasm])
	}
}
