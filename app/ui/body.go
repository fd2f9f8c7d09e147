package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
)

// reportBody is the report's text in document order: section headings and
// paragraphs, each with its anchor and a "copy link" action. Paragraphs the
// view does not show are hidden, not removed, so the markup keeps its shape.
type reportBody struct {
	app.Compo
	Ix        *state.Index
	Res       state.Result
	Filtering bool
	copied    string // id of the paragraph whose link was just copied
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
			return app.Section().ID(s.ID).Class(sectionClass(s)).Hidden(b.Filtering && shown[si] == 0).
				Aria("labelledby", s.ID+"-h").Body(
				app.H2().ID(s.ID+"-h").Body(sectionHeading(s)...),
				app.If(b.Filtering, app.P().Class("section-count").Text(itoa(shown[si])+" of "+
					plural(len(s.Paragraphs), "paragraph", "paragraphs")+" shown")),
				app.Range(s.Paragraphs).Slice(func(j int) app.UI {
					i := index[s.Paragraphs[j]]
					return b.paragraph(r.Paragraphs[i], b.Res.Paragraphs[i])
				}),
			)
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

// paragraph draws one paragraph with search matches marked.
func (b *reportBody) paragraph(p model.Paragraph, shown bool) app.UI {
	label := "Copy link"
	if b.copied == p.ID {
		label = "Link copied"
	}
	return app.Div().ID(p.ID).Class("para").Hidden(!shown).Body(
		app.P().Body(marked(p.Text, b.Res.Terms)...),
		app.Div().Class("para-tools").Body(
			app.A().Class("anchor").Href("#"+p.ID).Aria("label", "Link to paragraph "+p.ID).Text("¶ "+p.ID),
			app.Button().Type("button").Class("copy").DataSet("para", p.ID).
				Aria("label", label+" to paragraph "+p.ID).OnClick(b.onCopy).Text(label),
		),
	)
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

func (b *reportBody) onCopy(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("para").String()
	copyLink(id)
	b.copied = id
}
