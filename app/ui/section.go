package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
)

// sectionView is one section of the report: its heading, a "n of m shown"
// note while filtering, and its paragraphs. Paras and Shown are the section's
// stretch of the report's paragraphs (sections are contiguous), so a filter
// change re-renders only the sections whose paragraphs change.
type sectionView struct {
	app.Compo
	S         *model.Section
	Paras     []model.Paragraph
	Shown     []bool
	Count     int
	Filtering bool
	Terms     []string
}

// Render draws the section.
func (v *sectionView) Render() app.UI {
	s := v.S
	return app.Elem("section").ID(s.ID).Class(sectionClass(*s)).Hidden(v.Filtering && v.Count == 0).
		Aria("labelledby", s.ID+"-h").Body(
		app.Elem("h2").ID(s.ID+"-h").Body(sectionHeading(*s)...),
		app.Elem("p").Class("section-count").Hidden(!v.Filtering).Text(itoa(v.Count)+" of "+
			plural(len(s.Paragraphs), "paragraph", "paragraphs")+" shown"),
		app.Range(v.Paras).Slice(func(j int) app.UI {
			return &paraView{P: &v.Paras[j], Shown: v.Shown[j], Terms: v.Terms}
		}),
	)
}
