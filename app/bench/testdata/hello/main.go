// Command hello is go-app's canonical hello world, the baseline of
// ./build.sh bench in the IDM 2017 report.
package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// hello is a component that displays a simple "Hello World!".
type hello struct {
	app.Compo
}

// Render returns what to display.
func (h *hello) Render() app.UI {
	return app.H1().Text("Hello World!")
}

func main() {
	app.Route("/", &hello{})
	app.RunWhenOnBrowser()
	generate()
}
