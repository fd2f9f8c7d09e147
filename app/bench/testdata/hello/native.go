//go:build !wasm

package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// generate writes the static site to os.Args[1], under /hello/. (run.sh
// builds a copy of this testdata folder, which the go tool skips.)
func generate() {
	h := &app.Handler{Name: "Hello", Description: "An Hello World! example", Resources: app.GitHubPages("hello")}
	if err := app.GenerateStaticWebsite(os.Args[1], h); err != nil {
		panic(err)
	}
}
