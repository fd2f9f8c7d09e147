//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"os"

	"idmreport/app/document"
	"idmreport/app/server"
	"idmreport/app/site"
	"idmreport/app/state"
	"idmreport/app/ui"
	"idmreport/data"
)

// main runs "gen" (write the static site into -root) or "serve" (serve it).
func main() {
	fs := flag.NewFlagSet("app", flag.ExitOnError)
	root := fs.String("root", ".", "site root: holds index.html and web/")
	addr := fs.String("addr", server.DefaultAddr, "address to serve on (serve)")
	prefix := fs.String("prefix", "/", "URL path to serve the site under (serve)")
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: app gen|serve [flags]")
		os.Exit(2)
	}
	cmd := os.Args[1]
	fs.Parse(os.Args[2:])
	var err error
	switch cmd {
	case "gen":
		err = generate(*root)
	case "serve":
		err = server.ListenAndServe(*addr, *root, *prefix)
	default:
		err = fmt.Errorf("unknown command %q (want gen or serve)", cmd)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// generate renders the document with its islands prerendered and writes the
// site files into root.
func generate(root string) error {
	r := setup(data.Report)
	doc, err := document.Render(state.NewIndex(r), site.Prerender(ui.Islands()))
	if err != nil {
		return err
	}
	version, err := site.Version(root)
	if err != nil {
		return err
	}
	d := r.Document
	return site.Generate(root, site.Handler(d.Title+" — "+d.Kind, d.Subtitle, version), doc)
}
