package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
)

// footer carries the source, a "cite this report" block and the data downloads.
type footer struct {
	app.Compo
	Doc  *model.Document
	View state.View
	// URL is the page's address without query or fragment, known in the
	// browser only; the printed view's link is URL + View.Encode().
	URL string
}

// Render draws the footer.
func (f *footer) Render() app.UI {
	d := f.Doc
	cite := "International Organization for Migration (2017). " + d.Title + ": " + d.Subtitle + ". " +
		d.Kind + ". " + d.Dates + ", " + d.Venue + ", " + d.City + "."
	bib := "@techreport{iom2017idm,\n  author = {{International Organization for Migration}},\n  title = {{" +
		d.Title + ": " + d.Subtitle + ". " + d.Kind + "}},\n  institution = {International Organization for Migration},\n" +
		"  address = {" + d.City + "},\n  year = {2017},\n  note = {" + d.Dates + ", " + d.Venue + "}\n}"
	return app.Elem("footer").ID("site-footer").Class("site-footer").Body(
		app.Elem("h2").Text("About this report"),
		app.Elem("p").Text(d.Source),
		app.Elem("h3").Text("Cite this report"),
		app.Elem("pre").Class("cite").Text(cite),
		app.Elem("pre").Class("cite").Text(bib),
		app.Elem("h3").Text("Open data"),
		app.Elem("ul").Body(
			app.Elem("li").Body(app.Elem("a").Attr("href", "./web/data/report.json").Attr("download", "").Text("report.json — the whole dataset")),
			app.Elem("li").Body(app.Elem("a").Attr("href", "./web/data/speakers.csv").Attr("download", "").Text("speakers.csv")),
			app.Elem("li").Body(app.Elem("a").Attr("href", "./web/data/good-practices.csv").Attr("download", "").Text("good-practices.csv")),
		),
		app.Elem("p").Class("print-url").Text("This view: "+printURL(f.URL, f.View)),
	)
}

// printURL is the address of the view for the printed page: absolute when the
// page's address is known, else relative to the report.
func printURL(base string, v state.View) string {
	u := v.Encode()
	if base == "" {
		return u
	}
	if u == "./" {
		return base
	}
	return base + u
}
