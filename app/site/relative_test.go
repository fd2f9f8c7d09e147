package site

import (
	"strings"
	"testing"
)

// TestRelativize feeds the generated files' absolute URLs, in go-app's
// attribute orders, and expects relative URLs and a zoomable viewport.
func TestRelativize(t *testing.T) {
	tests := []struct {
		name, file, in string
		want, notWant  []string
	}{
		{"viewport, go-app order", "index.html",
			`<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">`,
			[]string{viewport}, []string{"user-scalable", "maximum-scale"}},
		{"viewport, other order", "index.html",
			`<meta content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover" name="viewport">`,
			[]string{viewport}, []string{"user-scalable"}},
		{"links", "index.html", `<link href="/web/style.css" rel="stylesheet"><script src="/app.js"></script><a href="#x">`,
			[]string{`href="web/style.css"`, `src="app.js"`, `href="#x"`}, []string{`"/web`, `"/app`}},
		{"og:url dropped", "index.html", `<meta property="og:url" content="http://127.0.0.1:1234/">`, nil, []string{"og:url"}},
		{"og:url dropped, other order", "index.html", `<meta content="http://127.0.0.1:1234/" property="og:url">`, nil, []string{"og:url"}},
		{"bare aria value", "index.html", `<span aria-hidden class="x">`, []string{`aria-hidden="true" class`}, nil},
		{"worker list", "app-worker.js", `const resourcesToCache = ["/","/app.css","/web/app.wasm"];`,
			[]string{`["./","app.css","web/app.wasm"]`}, nil},
		{"app.js", "app.js", `register("/app-worker.js"); fetchWithProgress("/web/app.wasm", p)`,
			[]string{`"app-worker.js"`, `"web/app.wasm"`}, []string{`"/`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(Relativize(tt.file, []byte(tt.in)))
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("got %s, want it to contain %s", got, w)
				}
			}
			for _, nw := range tt.notWant {
				if strings.Contains(got, nw) {
					t.Errorf("got %s, which still contains %s", got, nw)
				}
			}
		})
	}
}
