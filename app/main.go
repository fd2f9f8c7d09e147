// Command app is the IDM 2017 report. Built with GOOS=js GOARCH=wasm it is the
// browser client (web/app.wasm): it adds the interactive islands to the
// prerendered page. Built natively it generates the static site and serves
// it. The split lives in two files: client.go (wasm) and native.go.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/ui"
)

// setup decodes a dataset and registers the islands' root for every path,
// so one build runs at the site root and under any sub-path.
func setup(blob []byte) *model.Report {
	r, err := model.Decode(blob)
	if err != nil {
		panic(err)
	}
	ui.SetReport(r)
	app.Route("/", &ui.Root{})
	app.RouteWithRegexp("^/.+", &ui.Root{})
	return r
}
