package server

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestRootPrefix(t *testing.T) {
	root := makeSite(t)
	for _, prefix := range []string{"/", ""} {
		h := New(root, prefix)
		for target, want := range map[string]int{
			"/":                  200,
			"/index.html":        200,
			"/web/app.wasm":      200,
			"/app/x.go":          404,
			"/.git/config":       404,
			"/data/source.txt":   404,
			"/go.mod":            404,
			"/../secret.txt":     404,
			"/%2e%2e/secret.txt": 404,
			"/idm2017/":          404,
		} {
			if got := get(h, "GET", target, nil).Code; got != want {
				t.Errorf("prefix %q: GET %s = %d, want %d", prefix, target, got, want)
			}
		}
	}
}

func TestCleanPrefix(t *testing.T) {
	for in, want := range map[string]string{
		"": "/", "/": "/", "//": "/", "idm2017": "/idm2017/", "/idm2017": "/idm2017/",
		"/idm2017/": "/idm2017/", "a/b": "/a/b/",
	} {
		if got := CleanPrefix(in); got != want {
			t.Errorf("CleanPrefix(%q) = %q, want %q", in, got, want)
		}
	}
	// A prefix given without slashes still redirects and serves.
	h := New(makeSite(t), "idm2017")
	if rec := get(h, "GET", "/idm2017", nil); rec.Code != 301 || rec.Header().Get("Location") != "/idm2017/" {
		t.Errorf("redirect: %d %q", rec.Code, rec.Header().Get("Location"))
	}
	if rec := get(h, "GET", "/idm2017/", nil); rec.Code != 200 {
		t.Errorf("index: %d", rec.Code)
	}
}

func TestCSPOptions(t *testing.T) {
	root := makeSite(t)
	if rec := get(NewWithCSP(root, "/", ""), "GET", "/", nil); rec.Header().Get("Content-Security-Policy") != "" {
		t.Errorf("empty csp still sent %q", rec.Header().Get("Content-Security-Policy"))
	}
	custom := CSP + "; frame-ancestors 'none'"
	for _, target := range []string{"/", "/missing"} {
		if rec := get(NewWithCSP(root, "/", custom), "GET", target, nil); rec.Header().Get("Content-Security-Policy") != custom {
			t.Errorf("%s: csp = %q", target, rec.Header().Get("Content-Security-Policy"))
		}
	}
	if !strings.Contains(CSP, "'wasm-unsafe-eval'") || strings.Contains(CSP, "unsafe-inline") {
		t.Errorf("unexpected CSP %q", CSP)
	}
}

func TestContentType(t *testing.T) {
	for name, want := range map[string]string{
		"a.wasm": "application/wasm", "a.js": "text/javascript", "a.css": "text/css",
		"a.json": "application/json", "manifest.webmanifest": "application/manifest+json",
		"a.svg": "image/svg+xml", "a.png": "image/png", "a.csv": "text/csv; charset=utf-8",
		"index.html": "text/html; charset=utf-8", "a.msgpack": "application/octet-stream",
		"A.PNG": "image/png", "noext": "application/octet-stream",
		"citation.bib": "application/x-bibtex; charset=utf-8", "citation.ris": "application/x-research-info-systems",
	} {
		if got := ContentType(name); got != want {
			t.Errorf("ContentType(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestAccepts(t *testing.T) {
	for _, tc := range []struct {
		header, token string
		want          bool
	}{
		{"", "br", false},
		{"br", "br", true},
		{"BR", "br", true},
		{"gzip, br;q=0.1", "br", true},
		{"br;q=0", "br", false},
		{"br; q=0.0", "br", false},
		{"*;q=0, gzip", "br", false},
		{"*", "gzip", true},
		{"br;q=0, *", "br", false},
		{"brotli", "br", false},
	} {
		if got := accepts(tc.header, tc.token); got != tc.want {
			t.Errorf("accepts(%q, %q) = %v, want %v", tc.header, tc.token, got, tc.want)
		}
	}
}

// TestRawTraversal sends request lines byte for byte over TCP, so that no
// client-side URL cleaning can hide a traversal.
func TestRawTraversal(t *testing.T) {
	srv := httptest.NewServer(New(makeSite(t), "/idm2017/"))
	defer srv.Close()
	for _, target := range []string{
		"/idm2017/../go.mod",
		"/idm2017/../../secret.txt",
		"/idm2017/web/../../secret.txt",
		"/idm2017/%2e%2e/go.mod",
		"/idm2017/%2E%2E/%2E%2E/secret.txt",
		"/idm2017/web/%2e%2e%2f%2e%2e%2fsecret.txt",
		"/idm2017/web/..\\..\\secret.txt",
		"/idm2017/.git/config",
	} {
		conn, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", target)
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			conn.Close()
			t.Fatalf("%s: %v", target, err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		conn.Close()
		if res.StatusCode != http.StatusNotFound && res.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 404 or 400", target, res.StatusCode)
		}
		if strings.Contains(string(body), "outside the root") || strings.Contains(string(body), "module ") {
			t.Errorf("%s: leaked %q", target, body)
		}
	}
}

func TestMissingRoot(t *testing.T) {
	h := New(t.TempDir()+"/does-not-exist", "/")
	if rec := get(h, "GET", "/", nil); rec.Code != 404 {
		t.Errorf("missing root: %d", rec.Code)
	}
}

func TestListenAndServeBadAddr(t *testing.T) {
	if err := ListenAndServe("256.0.0.1:bad", t.TempDir(), "/"); err == nil {
		t.Error("want an error for a bad address")
	}
}
