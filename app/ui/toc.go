package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
)

// toc is the table of contents: the sections and the ten areas of
// convergence, with "n of m" counts while a filter is on.
type toc struct {
	app.Compo
	Ix        *state.Index
	Res       state.Result
	Filtering bool
}

// Render draws the table of contents.
func (t *toc) Render() app.UI {
	r := t.Ix.R
	shown := sectionCounts(t.Ix, t.Res)
	return app.Elem("nav").ID("toc").Class("toc").Aria("label", "Contents").Body(
		app.Elem("h2").Class("toc-title").Text("Contents"),
		app.Elem("ol").Body(
			app.Range(r.Sections).Slice(func(i int) app.UI {
				s := r.Sections[i]
				label := s.Title
				if s.Number > 0 {
					label = itoa(s.Number) + ". " + s.Title
				}
				return app.Elem("li").Class(tocClass(s.Number, t.Filtering && shown[i] == 0)).Body(
					app.Elem("a").Attr("href", "#"+s.ID).Text(label),
					app.Elem("span").Class("count").Hidden(!t.Filtering).Text(" "+itoa(shown[i])+" of "+itoa(len(s.Paragraphs))),
				)
			}),
			app.Elem("li").Body(app.Elem("a").Attr("href", "#good-practices").Text("Good practices")),
			app.Elem("li").Body(app.Elem("a").Attr("href", "#speakers").Text("Speakers and map")),
			app.Elem("li").Body(app.Elem("a").Attr("href", "#timeline").Text("Timeline")),
			app.Elem("li").Body(app.Elem("a").Attr("href", "#related").Text("Related documents")),
		),
	)
}

func tocClass(number int, empty bool) string {
	c := "toc-item"
	if number > 0 {
		c += " toc-area"
	}
	if empty {
		c += " toc-empty"
	}
	return c
}

// sectionCounts returns, per section, how many of its paragraphs are shown.
func sectionCounts(ix *state.Index, res state.Result) []int {
	counts := make([]int, len(ix.R.Sections))
	si := map[string]int{}
	for i, s := range ix.R.Sections {
		si[s.ID] = i
	}
	for i, p := range ix.R.Paragraphs {
		if res.Paragraphs[i] {
			counts[si[p.Section]]++
		}
	}
	return counts
}
