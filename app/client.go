//go:build wasm

package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/ui"
	"idmreport/data"
)

func main() {
	setup(data.Client)
	ui.Start() // apply the URL's view to the prerendered document first
	app.RunWhenOnBrowser()
}
