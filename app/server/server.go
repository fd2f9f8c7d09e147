// Package server serves the built static site (the go-app v9 WebAssembly
// single-page app) from a directory, the same way a static host would.
//
// Only the deployable files are served: index.html and each language's
// page (fr/index.html, es/index.html, also as fr/ and es/), app.js, app.css,
// wasm_exec.js, app-worker.js, manifest.webmanifest and everything under web/.
// Every other path (the Go sources in app/, data/, .git, go.mod, build.sh ...)
// is 404. Files are opened through os.Root, so no request path, encoded or
// not, and no symbolic link can reach outside the site directory.
//
// Every response carries the Content-Security-Policy in CSP (unless the handler
// was built with another policy), X-Content-Type-Options: nosniff and
// Cache-Control: no-cache. Pre-compressed siblings ("<file>.br",
// "<file>.gz") are served when the client accepts that encoding.
//
// The package is native only; it is used by the local preview server and by
// the end-to-end tests in app/e2e.
package server

import (
	"net/http"
	"strings"

	"idmreport/app/words"
)

// CSP is the Content-Security-Policy that the site is deployed with. The
// WebAssembly app needs 'wasm-unsafe-eval'; nothing else is relaxed, so inline
// scripts, inline styles and style attributes are blocked, and every fetch
// must go to the site's own origin.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; worker-src 'self'; manifest-src 'self'"

// topLevelFiles are the deployable files at the site root. Everything else
// that is deployable lives under web/.
var topLevelFiles = map[string]bool{
	"index.html":           true,
	"app.js":               true,
	"app.css":              true,
	"wasm_exec.js":         true,
	"app-worker.js":        true,
	"manifest.webmanifest": true,
}

// isPage reports whether rel is a language's page (fr/index.html…).
func isPage(rel string) bool {
	for _, t := range words.Langs {
		if rel == t.Dir()+"index.html" {
			return true
		}
	}
	return false
}

// Options configures a handler built with NewWithOptions.
type Options struct {
	// CSP is the Content-Security-Policy header value sent on every
	// response. The empty string sends no CSP header at all.
	CSP string
}

// New returns a handler that serves the deployable site files found in the
// directory root under the URL path prefix (for example "/" or "/idm2017/"),
// with the production Content-Security-Policy CSP.
//
// A request for the prefix itself serves index.html, a request for the prefix
// without its trailing slash is redirected (301) to the prefix, and any path
// that is not a deployable file is 404; there is no single-page-app fallback.
func New(root, prefix string) http.Handler {
	return NewWithOptions(root, prefix, Options{CSP: CSP})
}

// NewWithCSP is New with another Content-Security-Policy header value, for
// example CSP + "; frame-ancestors 'none'". An empty csp sends no CSP header.
func NewWithCSP(root, prefix, csp string) http.Handler {
	return NewWithOptions(root, prefix, Options{CSP: csp})
}

// NewWithOptions is New with explicit options.
func NewWithOptions(root, prefix string, opts Options) http.Handler {
	return &handler{root: root, prefix: CleanPrefix(prefix), opts: opts}
}

// CleanPrefix normalizes a URL path prefix so that it starts and ends with a
// slash: "" and "/" give "/", "idm2017" and "/idm2017" give "/idm2017/".
func CleanPrefix(prefix string) string {
	p := strings.Trim(prefix, "/")
	if p == "" {
		return "/"
	}
	return "/" + p + "/"
}

// handler is the http.Handler returned by New.
type handler struct {
	root   string
	prefix string
	opts   Options
}

// ServeHTTP implements http.Handler.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	if h.opts.CSP != "" {
		hdr.Set("Content-Security-Policy", h.opts.CSP)
	}
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Cache-Control", "no-cache")

	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}

	p := r.URL.Path
	if h.prefix != "/" && p == strings.TrimSuffix(h.prefix, "/") {
		target := h.prefix
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return
	}
	rel, ok := strings.CutPrefix(p, h.prefix)
	if !ok {
		http.NotFound(w, r)
		return
	}
	if rel == "" || strings.HasSuffix(rel, "/") {
		rel += "index.html"
	} else if isPage(rel + "/index.html") {
		target := h.prefix + rel + "/"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return
	}
	if !deployable(rel) {
		http.NotFound(w, r)
		return
	}
	h.serveFile(w, r, rel)
}

// deployable reports whether rel, a slash-separated path relative to the site
// root, names a file that may be served. It rejects empty, "." and ".."
// segments, hidden files, backslashes, NUL bytes and the pre-compressed
// siblings themselves.
func deployable(rel string) bool {
	if strings.ContainsAny(rel, "\\\x00") {
		return false
	}
	if strings.HasSuffix(rel, ".br") || strings.HasSuffix(rel, ".gz") {
		return false
	}
	if topLevelFiles[rel] || isPage(rel) {
		return true
	}
	rest, ok := strings.CutPrefix(rel, "web/")
	if !ok || rest == "" {
		return false
	}
	for seg := range strings.SplitSeq(rest, "/") {
		if seg == "" || strings.HasPrefix(seg, ".") {
			return false
		}
	}
	return true
}
