package server

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// makeSite builds a fake checkout: deployable files plus sources, data and VCS
// files that must never be served, and a secret file beside the site root.
// It returns the site root.
func makeSite(t *testing.T) string {
	t.Helper()
	parent := t.TempDir()
	root := filepath.Join(parent, "repo")
	files := map[string]string{
		"index.html":                 "<!doctype html><h1>index</h1>",
		"app.js":                     "app-js",
		"app.css":                    "app-css",
		"wasm_exec.js":               "wasm-exec",
		"app-worker.js":              "worker",
		"manifest.webmanifest":       "{}",
		"web/app.wasm":               "identity-wasm",
		"web/app.wasm.br":            "br-wasm",
		"web/app.wasm.gz":            "gz-wasm",
		"web/styles/main.css":        "main-css",
		"web/data/report.json":       "{\"a\":1}",
		"web/data/report.json.gz":    "gz-json",
		"web/data/table.csv":         "a,b\n1,2\n",
		"web/data/report.msgpack":    "\x81\xa1a\x01",
		"web/icons/icon.svg":         "<svg/>",
		"web/icons/icon.png":         "\x89PNG",
		"web/embed.js":               "embed",
		"web/unknown.xyz":            "???",
		"web/.hidden":                "hidden",
		"app/x.go":                   "package x",
		"app/server/server.go":       "package server",
		".git/config":                "[core]",
		"data/source.txt":            "raw data",
		"go.mod":                     "module idmreport",
		"build.sh":                   "#!/bin/sh",
		"../secret.txt":              "outside the root",
		"web/dir/.keep":              "",
		"web/app.wasm.br.extra.json": "{}",
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A symbolic link inside web/ that points outside the root must not be
	// followed.
	if err := os.Symlink(filepath.Join(parent, "secret.txt"), filepath.Join(root, "web", "escape.txt")); err != nil {
		t.Fatal(err)
	}
	// Links that stay inside the site are not served either: the server
	// serves regular files through real directories only.
	for link, target := range map[string]string{
		"web/inside.css":       "styles/main.css",
		"web/linked":           ".",
		"web/embed.js.br":      "app.wasm.br",
		"web/linked-data.json": "data/report.json",
	} {
		if err := os.Symlink(target, filepath.Join(root, filepath.FromSlash(link))); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// get sends one request through h and returns the recorded response.
func get(h http.Handler, method, target string, hdr map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestServe(t *testing.T) {
	root := makeSite(t)
	h := New(root, "/idm2017/")
	tests := []struct {
		name, method, target string
		hdr                  map[string]string
		status               int
		body, ctype, enc     string
		location             string
	}{
		{name: "prefix serves index", target: "/idm2017/", status: 200, body: "<!doctype html><h1>index</h1>", ctype: "text/html; charset=utf-8"},
		{name: "index by name", target: "/idm2017/index.html", status: 200, ctype: "text/html; charset=utf-8"},
		{name: "redirect bare prefix", target: "/idm2017", status: 301, location: "/idm2017/"},
		{name: "redirect keeps query", target: "/idm2017?lang=fr", status: 301, location: "/idm2017/?lang=fr"},
		{name: "outside prefix", target: "/index.html", status: 404},
		{name: "root outside prefix", target: "/", status: 404},
		{name: "similar prefix", target: "/idm2017x/index.html", status: 404},
		{name: "app.js", target: "/idm2017/app.js", status: 200, body: "app-js", ctype: "text/javascript"},
		{name: "app.css", target: "/idm2017/app.css", status: 200, ctype: "text/css"},
		{name: "wasm_exec.js", target: "/idm2017/wasm_exec.js", status: 200, ctype: "text/javascript"},
		{name: "worker", target: "/idm2017/app-worker.js", status: 200, ctype: "text/javascript"},
		{name: "manifest", target: "/idm2017/manifest.webmanifest", status: 200, ctype: "application/manifest+json"},
		{name: "wasm identity", target: "/idm2017/web/app.wasm", status: 200, body: "identity-wasm", ctype: "application/wasm"},
		{name: "nested css", target: "/idm2017/web/styles/main.css", status: 200, ctype: "text/css"},
		{name: "json", target: "/idm2017/web/data/report.json", status: 200, ctype: "application/json"},
		{name: "csv", target: "/idm2017/web/data/table.csv", status: 200, ctype: "text/csv; charset=utf-8"},
		{name: "msgpack", target: "/idm2017/web/data/report.msgpack", status: 200, ctype: "application/octet-stream"},
		{name: "svg", target: "/idm2017/web/icons/icon.svg", status: 200, ctype: "image/svg+xml"},
		{name: "png", target: "/idm2017/web/icons/icon.png", status: 200, ctype: "image/png"},
		{name: "embed.js", target: "/idm2017/web/embed.js", status: 200, ctype: "text/javascript"},
		{name: "unknown ext", target: "/idm2017/web/unknown.xyz", status: 200, ctype: "application/octet-stream"},
		{name: "HEAD", method: "HEAD", target: "/idm2017/app.js", status: 200, ctype: "text/javascript"},
		{name: "POST", method: "POST", target: "/idm2017/app.js", status: 405},

		{name: "br preferred", target: "/idm2017/web/app.wasm", hdr: map[string]string{"Accept-Encoding": "gzip, deflate, br, zstd"}, status: 200, body: "br-wasm", ctype: "application/wasm", enc: "br"},
		{name: "gzip only", target: "/idm2017/web/app.wasm", hdr: map[string]string{"Accept-Encoding": "gzip"}, status: 200, body: "gz-wasm", ctype: "application/wasm", enc: "gzip"},
		{name: "br refused", target: "/idm2017/web/app.wasm", hdr: map[string]string{"Accept-Encoding": "br;q=0, gzip;q=0.5"}, status: 200, body: "gz-wasm", enc: "gzip"},
		{name: "all refused", target: "/idm2017/web/app.wasm", hdr: map[string]string{"Accept-Encoding": "br;q=0, gzip;q=0"}, status: 200, body: "identity-wasm"},
		{name: "linked twin not sent", target: "/idm2017/web/embed.js", hdr: map[string]string{"Accept-Encoding": "br"}, status: 200, body: "embed"},
		{name: "wildcard", target: "/idm2017/web/app.wasm", hdr: map[string]string{"Accept-Encoding": "*"}, status: 200, body: "br-wasm", enc: "br"},
		{name: "identity only", target: "/idm2017/web/app.wasm", hdr: map[string]string{"Accept-Encoding": "identity"}, status: 200, body: "identity-wasm"},
		{name: "gz sibling only", target: "/idm2017/web/data/report.json", hdr: map[string]string{"Accept-Encoding": "br, gzip"}, status: 200, body: "gz-json", ctype: "application/json", enc: "gzip"},
		{name: "no sibling", target: "/idm2017/app.js", hdr: map[string]string{"Accept-Encoding": "br, gzip"}, status: 200, body: "app-js"},
		{name: "br by name", target: "/idm2017/web/app.wasm.br", status: 404},
		{name: "gz by name", target: "/idm2017/web/app.wasm.gz", status: 404},

		{name: "source file", target: "/idm2017/app/x.go", status: 404},
		{name: "nested source", target: "/idm2017/app/server/server.go", status: 404},
		{name: "git config", target: "/idm2017/.git/config", status: 404},
		{name: "data", target: "/idm2017/data/source.txt", status: 404},
		{name: "go.mod", target: "/idm2017/go.mod", status: 404},
		{name: "build.sh", target: "/idm2017/build.sh", status: 404},
		{name: "unknown", target: "/idm2017/nope.html", status: 404},
		{name: "no spa fallback", target: "/idm2017/some/route", status: 404},
		{name: "web dir", target: "/idm2017/web/", status: 404},
		{name: "web dir no slash", target: "/idm2017/web", status: 404},
		{name: "web subdir", target: "/idm2017/web/data", status: 404},
		{name: "hidden under web", target: "/idm2017/web/.hidden", status: 404},
		{name: "double slash", target: "/idm2017/web//app.wasm", status: 404},
		{name: "symlink escape", target: "/idm2017/web/escape.txt", status: 404},
		{name: "symlink inside", target: "/idm2017/web/inside.css", status: 404},
		{name: "through a linked dir", target: "/idm2017/web/linked/styles/main.css", status: 404},
		{name: "symlink to a file", target: "/idm2017/web/linked-data.json", status: 404},

		{name: "dotdot", target: "/idm2017/../go.mod", status: 404},
		{name: "dotdot in web", target: "/idm2017/web/../go.mod", status: 404},
		{name: "dotdot to parent", target: "/idm2017/web/../../secret.txt", status: 404},
		{name: "encoded dotdot", target: "/idm2017/%2e%2e/go.mod", status: 404},
		{name: "encoded dotdot in web", target: "/idm2017/web/%2e%2e/%2e%2e/secret.txt", status: 404},
		{name: "encoded slash", target: "/idm2017/web/..%2f..%2fsecret.txt", status: 404},
		{name: "backslash", target: "/idm2017/web/..%5c..%5csecret.txt", status: 404},
		{name: "nul byte", target: "/idm2017/web/app.wasm%00.json", status: 404},
		{name: "dot segment", target: "/idm2017/web/./app.wasm", status: 404},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			method := tc.method
			if method == "" {
				method = http.MethodGet
			}
			rec := get(h, method, tc.target, tc.hdr)
			res := rec.Result()
			if res.StatusCode != tc.status {
				t.Fatalf("%s %s: status %d, want %d (body %q)", method, tc.target, res.StatusCode, tc.status, rec.Body.String())
			}
			if got := res.Header.Get("Content-Security-Policy"); got != CSP {
				t.Errorf("CSP = %q, want %q", got, CSP)
			}
			if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options = %q", got)
			}
			if got := res.Header.Get("Cache-Control"); got != "no-cache" {
				t.Errorf("Cache-Control = %q", got)
			}
			if tc.location != "" && res.Header.Get("Location") != tc.location {
				t.Errorf("Location = %q, want %q", res.Header.Get("Location"), tc.location)
			}
			if tc.status != http.StatusOK {
				for _, s := range []string{"outside the root", "package ", "module ", "[core]", "raw data"} {
					if strings.Contains(rec.Body.String(), s) {
						t.Errorf("body leaks %q: %q", s, rec.Body.String())
					}
				}
				return
			}
			if tc.ctype != "" && res.Header.Get("Content-Type") != tc.ctype {
				t.Errorf("Content-Type = %q, want %q", res.Header.Get("Content-Type"), tc.ctype)
			}
			if got := res.Header.Get("Content-Encoding"); got != tc.enc {
				t.Errorf("Content-Encoding = %q, want %q", got, tc.enc)
			}
			if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary = %q, want Accept-Encoding", got)
			}
			if method == http.MethodHead && rec.Body.Len() != 0 {
				t.Errorf("HEAD body = %q", rec.Body.String())
			}
			if tc.body != "" && rec.Body.String() != tc.body {
				t.Errorf("body = %q, want %q", rec.Body.String(), tc.body)
			}
		})
	}
}
