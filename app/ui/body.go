package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
)

// reportBody is the report's text in document order: sections (sectionView)
// of paragraphs (paraView). Paragraphs the view does not show are hidden, not
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
	start := 0
	return app.Div().Class("report-body").Body(
		app.Range(r.Sections).Slice(func(si int) app.UI {
			s := &r.Sections[si]
			from := start
			start += len(s.Paragraphs)
			return chunk(s.ID, si < b.Live, func() app.UI {
				return &sectionView{S: s, Paras: r.Paragraphs[from : from+len(s.Paragraphs)],
					Shown: b.Res.Paragraphs[from : from+len(s.Paragraphs)], Count: shown[si],
					Filtering: b.Filtering, Terms: b.Res.Terms}
			})
		}),
	)
}

// sectionHeading shows the printed heading, or the editorial title marked as such.
func sectionHeading(s model.Section) []app.UI {
	if s.Number > 0 {
		return []app.UI{app.Elem("span").Class("num").Text(itoa(s.Number) + "."), app.Text(" " + s.Title)}
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
			out[i] = app.Elem("mark").Text(s.Text)
		} else {
			out[i] = app.Text(s.Text)
		}
	}
	return out
}
