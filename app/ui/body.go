package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
)

// reportBody is the report's text in document order: section headings and
// paragraphs (paraView). Paragraphs the view does not show are hidden, not
// removed, so the markup keeps its shape and go-app's positional diff stays
// cheap; each paragraph re-renders only when its own props change.
type reportBody struct {
	app.Compo
	Ix        *state.Index
	Res       state.Result
	Filtering bool
	Live      int // progressive mounting: sections live so far (chunk.go)
}

// Render draws the report text.
func (b *reportBody) Render() app.UI {
	r := b.Ix.R
	shown := sectionCounts(b.Ix, b.Res)
	index := map[string]int{}
	for i, p := range r.Paragraphs {
		index[p.ID] = i
	}
	return app.Div().Class("report-body").Body(
		app.Range(r.Sections).Slice(func(si int) app.UI {
			s := r.Sections[si]
			return chunk(s.ID, si < b.Live, func() app.UI {
				return app.Section().ID(s.ID).Class(sectionClass(s)).Hidden(b.Filtering && shown[si] == 0).
					Aria("labelledby", s.ID+"-h").Body(
					app.H2().ID(s.ID+"-h").Body(sectionHeading(s)...),
					app.P().Class("section-count").Hidden(!b.Filtering).Text(itoa(shown[si])+" of "+
						plural(len(s.Paragraphs), "paragraph", "paragraphs")+" shown"),
					app.Range(s.Paragraphs).Slice(func(j int) app.UI {
						i := index[s.Paragraphs[j]]
						return &paraView{P: &r.Paragraphs[i], Shown: b.Res.Paragraphs[i], Terms: b.Res.Terms}
					}),
				)
			})
		}),
	)
}

// sectionHeading shows the printed heading, or the editorial title marked as such.
func sectionHeading(s model.Section) []app.UI {
	if s.Number > 0 {
		return []app.UI{app.Span().Class("num").Text(itoa(s.Number) + "."), app.Text(" " + s.Title)}
	}
	return []app.UI{app.Text(s.Title)}
}

func sectionClass(s model.Section) string {
	if s.Heading == "" {
		return "sec editorial"
	}
	if s.Number > 0 {
		return "sec area"
	}
	return "sec"
}

// marked renders text with the search terms wrapped in <mark>.
func marked(text string, terms []string) []app.UI {
	segs := state.Highlight(text, terms)
	out := make([]app.UI, len(segs))
	for i, s := range segs {
		if s.Mark {
			out[i] = app.Mark().Text(s.Text)
		} else {
			out[i] = app.Text(s.Text)
		}
	}
	return out
}
