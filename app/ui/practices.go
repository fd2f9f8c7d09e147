package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
)

// practices lists the good practices shared at the workshop as cards.
type practices struct {
	app.Compo
	Ix  *state.Index
	Res state.Result
}

// Render draws the good practices.
func (p *practices) Render() app.UI {
	r := p.Ix.R
	names := map[string]string{}
	for _, pl := range r.Places {
		names[pl.ID] = pl.Name
	}
	for _, s := range r.Speakers {
		names[s.ID] = s.Name
	}
	return app.Elem("section").ID("good-practices").Class("practices").Aria("labelledby", "good-practices-h").Body(
		app.Elem("h2").ID("good-practices-h").Text("Good practices"),
		app.Elem("p").Class("note").Text("Each practice as described in \"Sharing Good Practices\"; the short titles are editorial."),
		app.Elem("ul").Class("cards").Body(
			app.Range(r.Practices).Slice(func(i int) app.UI {
				pr := &r.Practices[i]
				return &practiceCard{Pr: pr, Ix: p.Ix, Who: join(names[pr.Actor], names[pr.Place]),
					Shown: p.Res.Practices[i], Terms: p.Res.Terms}
			}),
		),
	)
}

// join writes "a, b" skipping empty parts.
func join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ", " + b
}

// themeTags lists theme labels for a set of ids.
func themeTags(ix *state.Index, ids []string) app.UI {
	labels := ""
	for _, th := range ix.R.Themes {
		for _, id := range ids {
			if id == th.ID {
				labels = join(labels, th.Label)
			}
		}
	}
	return app.Elem("span").Class("themes-of").Text("Themes: " + labels + ". ")
}
