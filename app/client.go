//go:build wasm

package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/ui"
)

func main() {
	setup()
	ui.CapturePrerendered() // before go-app replaces the prerendered page
	app.RunWhenOnBrowser()
}
