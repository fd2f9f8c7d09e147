// Command app is the IDM 2017 report. Built with GOOS=js GOARCH=wasm it is the
// browser client (web/app.wasm); built natively it generates the static site
// and serves it. The split lives in two files: client.go (wasm) and
// native.go (everything else).
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/ui"
	"idmreport/data"
)

// setup decodes the embedded dataset and registers the page for every path,
// so one build runs at the site root and under any sub-path.
func setup() {
	r, err := model.Decode(data.Report)
	if err != nil {
		panic(err)
	}
	ui.SetReport(r)
	app.Route("/", &ui.Page{})
	app.RouteWithRegexp("^/.+", &ui.Page{})
}
