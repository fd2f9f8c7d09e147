//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/document"
	"idmreport/app/server"
	"idmreport/app/site"
	"idmreport/app/state"
	"idmreport/app/ui"
	"idmreport/app/words"
	"idmreport/data"
)

// main runs "gen" (write the static site into -root), "files" (list its
// deployable files) or "serve" (serve it).
func main() {
	fs := flag.NewFlagSet("app", flag.ExitOnError)
	root := fs.String("root", ".", "site root: holds index.html and web/")
	addr := fs.String("addr", server.DefaultAddr, "address to serve on (serve)")
	prefix := fs.String("prefix", "/", "URL path to serve the site under (serve)")
	base := fs.String("base", "", "the report's public address, e.g. https://example.org/idm2017/ (gen): makes og:url, og:image, the canonical link and the citation's URL absolute")
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: app gen|files|serve [flags]")
		os.Exit(2)
	}
	cmd := os.Args[1]
	fs.Parse(os.Args[2:])
	var err error
	switch cmd {
	case "gen":
		err = generate(*root, *base)
	case "files":
		err = files(*root)
	case "serve":
		err = server.ListenAndServe(*addr, *root, *prefix)
	default:
		err = fmt.Errorf("unknown command %q (want gen, files or serve)", cmd)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// generate renders the document of each interface language with its
// islands prerendered and writes the site files into root. base is the
// report's public address ("" if unknown). It refuses a catalogue with a
// missing word or theme.
func generate(root, base string) error {
	base, err := site.PublicURL(base)
	if err != nil {
		return err
	}
	r := setup(data.Report)
	var themes []string
	for _, th := range r.Themes {
		themes = append(themes, string(th.ID))
	}
	if err := words.CheckAll(themes); err != nil {
		return err
	}
	document.PublicURL = base
	c := site.Citation(r, base)
	// The social preview and the citation files go into web/ before it is
	// listed, so that the service worker caches them.
	if err := site.WriteShareFiles(root, r, c); err != nil {
		return err
	}
	ix := state.NewIndex(r)
	d := r.Document
	var pages []site.Page
	for _, t := range words.Langs {
		ui.SetWords(t)
		doc, err := document.Render(ix, site.Prerender(ui.Islands()), t)
		if err != nil {
			return err
		}
		lc := c
		if lc.URL != "" {
			lc.URL += t.Dir()
		}
		head, err := site.NewHead(r, lc, words.Sub(t.PageTitle, d.Title, d.Kind), words.Sub(t.PageDescription, d.Subtitle))
		if err != nil {
			return err
		}
		pages = append(pages, site.Page{Words: t, Doc: doc, Head: head, Public: c.URL})
	}
	web, err := site.Deployable(root)
	if err != nil {
		return err
	}
	_, err = site.Build(root, func(version string, t *words.Words) *app.Handler {
		return site.Handler(t, words.Sub(t.PageTitle, d.Title, d.Kind), words.Sub(t.PageDescription, d.Subtitle), version, web)
	}, pages)
	return err
}

// files prints the deployable files of the site in root, one per line.
func files(root string) error {
	list, err := site.Deployable(root)
	for _, f := range list {
		fmt.Println(f)
	}
	return err
}
