// Package site generates the deployable static site from go-app's Handler:
// one prerendered page per interface language (index.html, fr/index.html,
// es/index.html), app.js, app.css, app-worker.js, the manifest and
// wasm_exec.js, shared by the three pages. It then rewrites every absolute URL go-app wrote into a
// relative one, so one build runs at the site root and under any sub-path.
package site

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/words"
)

// shared lists the files go-app generates at the site root that every page
// uses. wasm_exec.js is not kept: build.sh copies the one of the Go
// toolchain that built app.wasm.
var shared = []string{"app.js", "app.css", "app-worker.js", "manifest.webmanifest", "wasm_exec.js"}

// Generated lists the generated files of the site: the pages, one per
// language (PageFile), then the shared files.
var Generated = pageAndSharedFiles()

func pageAndSharedFiles() []string {
	var out []string
	for _, t := range words.Langs {
		out = append(out, PageFile(t))
	}
	return append(out, shared...)
}

// PageFile is the page of an interface language: "index.html", "fr/index.html"…
func PageFile(t *words.Words) string { return t.Dir() + "index.html" }

// Page is one language's page: its words and its static document.
type Page struct {
	Words *words.Words
	Doc   []byte
	Head  Head // NewHead, for this page's address
	// Public is the site's public address ("" when the build is not given
	// one): the alternate-language links need absolute addresses.
	Public string
}

// pendingVersion is the version of the first of the two generations (see
// Build): a constant, so the content hash does not depend on it.
const pendingVersion = "pending"

// Handler returns the go-app handler describing the site. version should
// come from Version so that it changes exactly when the content does.
//
// cacheable lists the files under web/ (as Deployable gives them): the
// service worker caches every one, so the data downloads work offline too.
//
// t is the page's language: its <html lang>, and the loader's words.
func Handler(t *words.Words, title, description, version string, cacheable []string) *app.Handler {
	var cache []string
	for _, f := range cacheable {
		if strings.HasPrefix(f, "web/") {
			cache = append(cache, "/"+f) // go-app makes the list a set
		}
	}
	return &app.Handler{
		Name:            "IDM 2017 — Understanding migrant vulnerabilities",
		ShortName:       "IDM 2017",
		Title:           title,
		Description:     description,
		Author:          "International Organization for Migration (IOM)",
		Lang:            t.Lang,
		BackgroundColor: "#ffffff",
		ThemeColor:      "#0b3d6e",
		LoadingLabel:    t.Loading,
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/apple-touch-icon.png",
		},
		Styles:                []string{"/web/style.css", "/web/loader.css", "/web/print.css"},
		Scripts:               []string{"/web/boot.js", "/web/patch.js", "/web/cite.js defer", "/web/reading.js defer"},
		CacheableResources:    cache,
		Version:               version,
		ServiceWorkerTemplate: workerJS(),
	}
}

// Generate writes the site files into root (which already holds web/): each
// page with its document (app/document) placed after go-app's root element,
// and its head markup (NewHead) in place of go-app's Open Graph tags, and
// the shared files, from the first page's handler. handler makes the
// go-app handler of a language. It fails if a file the service worker must
// cache is missing: one missing file and the worker caches nothing.
func Generate(root string, handler func(*words.Words) *app.Handler, pages []Page) error {
	h := handler(pages[0].Words)
	for _, f := range append([]string{h.Icon.Default, h.Icon.Large, h.Icon.SVG, h.Icon.AppleTouch, "/web/app.wasm"},
		append(h.Styles, h.CacheableResources...)...) {
		if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(f))); err != nil {
			return fmt.Errorf("site: %s is listed for the service worker but missing: %w", f, err)
		}
	}
	for i, p := range pages {
		if err := generate(root, handler(p.Words), p, i == 0); err != nil {
			return err
		}
	}
	return nil
}

// generate writes one page, and the shared files when all is set.
func generate(root string, h *app.Handler, p Page, all bool) error {
	tmp, err := os.MkdirTemp("", "idm-site-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := app.GenerateStaticWebsite(tmp, h); err != nil {
		return err
	}
	names := []string{"index.html"}
	if all {
		names = append(names, shared...)
	}
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(tmp, name))
		if err != nil {
			return err
		}
		if name == "wasm_exec.js" {
			continue // build.sh copies the one of the toolchain that built app.wasm
		}
		switch name {
		case "app.js":
			wasm, err := os.Stat(filepath.Join(root, "web", "app.wasm"))
			if err != nil {
				return err
			}
			if b, err = AppJS(b, wasm.Size()); err != nil {
				return err
			}
		case "index.html":
			if b, err = insertDocument(b, p.Doc); err != nil {
				return err
			}
			if b, err = ReplaceLoader(b, p.Words); err != nil {
				return err
			}
			b = []byte(sortAttributes(string(b))) // go-app writes them in map order
		}
		b = Relativize(name, b)
		if name == "index.html" {
			if b, err = insertHead(b, p.Head); err != nil {
				return err
			}
			b = pageLinks(b, p.Words, p.Public)
			name = PageFile(p.Words)
			if err := os.MkdirAll(filepath.Dir(filepath.Join(root, name)), 0o755); err != nil {
				return err
			}
		}
		if name == "manifest.webmanifest" {
			if b, err = Manifest(h); err != nil {
				return err
			}
		}
		if err := os.WriteFile(filepath.Join(root, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// islandsRoot is go-app's prerendered root element (ui.Root on the server).
const islandsRoot = `<div id="islands"></div>`

// insertDocument places the document right after go-app's root element: the
// wasm replaces that element only, so the document is never re-created.
func insertDocument(page, doc []byte) ([]byte, error) {
	s := string(page)
	if strings.Count(s, islandsRoot) != 1 {
		return nil, fmt.Errorf("site: index.html has no single %s to put the document after", islandsRoot)
	}
	return []byte(strings.Replace(s, islandsRoot, islandsRoot+"\n"+string(doc), 1)), nil
}
