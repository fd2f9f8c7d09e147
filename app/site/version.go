package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/words"
)

// Deployable lists the files of the site in root, relative to it and sorted:
// the generated files at the root and everything under web/, without the
// compressed twins (.br, .gz) a server may send instead. It is the one list
// of what a deployment copies: the version hash, the compression step
// (`go run ./app files`) and the benchmark all read it.
func Deployable(root string) ([]string, error) {
	files := slices.Clone(Generated)
	err := filepath.WalkDir(filepath.Join(root, "web"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if ext := filepath.Ext(p); ext != ".br" && ext != ".gz" {
			rel, _ := filepath.Rel(root, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	slices.Sort(files)
	return files, err
}

// Version hashes every deployable file but the service worker (which
// carries the version): any change to the page, its scripts, styles, data or
// wasm gives a new version, so installed readers are told; the same content
// gives the same version, so an unchanged build makes nobody download again.
func Version(root string) (string, error) {
	files, err := Deployable(root)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, f := range files {
		if f == "app-worker.js" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f)))
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", f, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// Build generates the site twice: first with a constant version, to hash
// what that generation wrote (Version, which covers every page), then with
// that hash as the version, which goes into app.js and the service worker.
// handler makes the go-app handler for a version and a language.
func Build(root string, handler func(version string, t *words.Words) *app.Handler, pages []Page) (version string, err error) {
	at := func(v string) func(*words.Words) *app.Handler {
		return func(t *words.Words) *app.Handler { return handler(v, t) }
	}
	if err := Generate(root, at(pendingVersion), pages); err != nil {
		return "", err
	}
	if version, err = Version(root); err != nil {
		return "", err
	}
	if strings.Contains(version, pendingVersion) {
		return "", fmt.Errorf("site: version %q", version)
	}
	return version, Generate(root, at(version), pages)
}
