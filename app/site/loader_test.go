package site

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"idmreport/app/words"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// testPage is a one-paragraph page for go-app's generator.
type testPage struct{ app.Compo }

// Render draws the page.
func (p *testPage) Render() app.UI { return app.P().Text("report") }

var routeOnce sync.Once

// generated runs go-app's generator on a one-route site and returns its
// app.js and index.html.
func generated(t *testing.T) (appJS, indexHTML []byte) {
	t.Helper()
	routeOnce.Do(func() { app.Route("/", &testPage{}) })
	dir := t.TempDir()
	if err := app.GenerateStaticWebsite(dir, Handler(&words.EN, "Title", "Description", "v1", nil)); err != nil {
		t.Fatal(err)
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return read("app.js"), read("index.html")
}

// TestAppJS builds our app.js from go-app's and from broken inputs.
func TestAppJS(t *testing.T) {
	goappJS, _ := generated(t)
	tests := []struct {
		name    string
		in      []byte
		size    int64
		wantErr bool
		want    []string
	}{
		{"go-app's app.js", goappJS, 4321987, false, []string{
			`const goappEnv = {"GOAPP_INTERNAL_URLS"`, `"GOAPP_VERSION":"v1"`, "const wasmSize = 4321987;",
			"function goappGetenv(", "function goappIsAppInstallable(", "function goappIsAppInstalled(",
			"function goappShowInstallPrompt(", "function goappKeepBodyClean(",
			"var goappNav =", "var goappOnUpdate =", "var goappOnAppInstallChange =",
			`"web/app.wasm"`, `"app-worker.js"`, "instantiateStreaming", "wasm-failed", `getAttribute("data-retry")`,
		}},
		{"minimal env", []byte("x\nconst goappEnv = {\"A\":\"b\"};\ny\n"), 1, false, []string{`const goappEnv = {"A":"b"};`}},
		{"no env line", []byte("var goappNav = function () {};\n"), 1, true, nil},
		{"env not an object", []byte("const goappEnv = [1];\n"), 1, true, nil},
		{"empty", nil, 1, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AppJS(tt.in, tt.size)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(got), w) {
					t.Errorf("app.js lacks %q", w)
				}
			}
			if err == nil && strings.Contains(string(got), "{{") {
				t.Errorf("app.js keeps a template action")
			}
		})
	}
}

// TestReplaceLoader swaps go-app's loader, in either attribute order, and
// refuses a page with none or two.
func TestReplaceLoader(t *testing.T) {
	_, index := generated(t)
	const other = `<aside class="goapp-app-info" id="app-wasm-loader"><img src="x.png"><p>L</p></aside>`
	tests := []struct {
		name    string
		in      string
		wantErr bool
	}{
		{"go-app's index.html", string(index), false},
		{"other attribute order", "<body><div></div>" + other + "</body>", false},
		{"none", "<body><div></div></body>", true},
		{"two", "<body>" + other + other + "</body>", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReplaceLoader([]byte(tt.in), &words.EN)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			s := string(got)
			if strings.Count(s, LoaderHTML(&words.EN)) != 1 || strings.Contains(s, "goapp-app-info") || strings.Contains(s, "app-wasm-loader-icon") {
				t.Errorf("loader not replaced exactly once:\n%s", s[max(0, len(s)-600):])
			}
			if strings.Count(s, `id="app-wasm-loader"`) != 1 {
				t.Errorf("want one element with id app-wasm-loader")
			}
		})
	}
}

// TestLoaderHTML checks the markup rules: the ids app.js needs, a status
// role, no image without alt, no inline style.
func TestLoaderHTML(t *testing.T) {
	h := LoaderHTML(&words.EN)
	for _, w := range []string{`id="app-wasm-loader"`, `<p id="app-wasm-loader-label" role="status">`, `id="app-wasm-loader-pct"`, `data-retry="Try again"`, `data-why-404="`} {
		if !strings.Contains(h, w) {
			t.Errorf("LoaderHTML lacks %s", w)
		}
	}
	if strings.Contains(h, "style=") {
		t.Errorf("LoaderHTML has an inline style")
	}
	for _, img := range regexp.MustCompile(`<img[^>]*>`).FindAllString(h, -1) {
		if !strings.Contains(img, `alt=""`) {
			t.Errorf("image without alt: %s", img)
		}
	}
	if strings.Count(h, "<aside") != 1 || strings.Count(h, "</aside>") != 1 || strings.Count(h, "<p ") != strings.Count(h, "</p>") {
		t.Errorf("unbalanced markup: %s", h)
	}
}

// TestScriptsParse checks the syntax of the generated app.js and of
// web/boot.js with node, when node is installed.
func TestScriptsParse(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	goappJS, _ := generated(t)
	js, err := AppJS(goappJS, 1000)
	if err != nil {
		t.Fatal(err)
	}
	appPath := filepath.Join(t.TempDir(), "app.js")
	if err := os.WriteFile(appPath, js, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{appPath, filepath.Join("..", "..", "web", "boot.js")} {
		if out, err := exec.Command(node, "--check", f).CombinedOutput(); err != nil {
			t.Errorf("node --check %s: %v\n%s", f, err, out)
		}
	}
}
