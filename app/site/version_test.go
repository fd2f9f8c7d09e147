package site

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"idmreport/app/words"
)

// site writes a minimal site folder: the generated files and a few web/ files.
func site(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	files := append(slices.Clone(Generated), "web/app.wasm", "web/style.css", "web/data/report.json",
		"web/style.css.br", "web/app.wasm.gz")
	for _, f := range files {
		p := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("content of "+f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// TestDeployable checks the one list of deployable files: the generated
// files and web/, without compressed twins.
func TestDeployable(t *testing.T) {
	root := site(t)
	got, err := Deployable(root)
	if err != nil {
		t.Fatal(err)
	}
	want := append(slices.Clone(Generated), "web/app.wasm", "web/data/report.json", "web/style.css")
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("Deployable = %v, want %v", got, want)
	}
}

// TestVersionFollowsEveryDeployableFile checks that a change to any
// deployable file but the worker changes the version, and that the same
// content gives the same version.
func TestVersionFollowsEveryDeployableFile(t *testing.T) {
	root := site(t)
	base, err := Version(root)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := Version(root); again != base {
		t.Fatalf("same content, versions %s and %s", base, again)
	}
	files, _ := Deployable(root)
	for _, f := range files {
		p := filepath.Join(root, filepath.FromSlash(f))
		old, _ := os.ReadFile(p)
		os.WriteFile(p, append(old, '!'), 0o644)
		v, err := Version(root)
		if err != nil {
			t.Fatal(err)
		}
		if changed := v != base; changed != (f != "app-worker.js") {
			t.Errorf("changing %s: version changed %v", f, changed)
		}
		os.WriteFile(p, old, 0o644)
	}
	os.WriteFile(filepath.Join(root, "web/style.css.br"), []byte("other"), 0o644)
	if v, _ := Version(root); v != base {
		t.Error("a compressed twin changed the version")
	}
}

// TestHandlerCachesEveryWebFile checks that the service worker's list gets
// every web/ file (the downloads too) and nothing outside web/.
func TestHandlerCachesEveryWebFile(t *testing.T) {
	h := Handler(&words.EN, "T", "D", "v", []string{"index.html", "web/data/report.json", "web/embed.js"})
	if !slices.Equal(h.CacheableResources, []string{"/web/data/report.json", "/web/embed.js"}) {
		t.Errorf("CacheableResources = %v", h.CacheableResources)
	}
}
