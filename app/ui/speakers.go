package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/model"
	"idmreport/app/state"
)

// kindLabels names the speaker kinds for the directory's groups.
var kindLabels = map[string]string{
	model.KindState: "States", model.KindLocalGovt: "Local government",
	model.KindInternational: "International organisations", model.KindCivilSociety: "Civil society",
	model.KindPrivateSector: "Private sector", model.KindAcademia: "Academia", model.KindMedia: "Media",
}

// speakers is the "Speakers" section: the map and the directory of every
// named speaker, grouped by kind.
type speakers struct {
	app.Compo
	Ix   *state.Index
	View state.View
	Res  state.Result
}

// Render draws the section.
func (s *speakers) Render() app.UI {
	r := s.Ix.R
	return app.Section().ID("speakers").Class("speakers").Aria("labelledby", "speakers-h").Body(
		app.H2().ID("speakers-h").Text("Speakers"),
		&worldMap{Ix: s.Ix, View: s.View, Res: s.Res},
		app.Range(model.SpeakerKinds).Slice(func(k int) app.UI {
			kind := model.SpeakerKinds[k]
			return app.Div().Class("kind-group").Body(
				app.H3().Text(kindLabels[kind]),
				app.Ul().Class("cards speaker-cards").Body(
					app.Range(r.Speakers).Slice(func(i int) app.UI {
						if r.Speakers[i].Kind != kind {
							return nil
						}
						return s.card(r.Speakers[i], s.Res.Speakers[i])
					}),
				),
			)
		}),
	)
}

// card draws one speaker.
func (s *speakers) card(sp model.Speaker, shown bool) app.UI {
	place := ""
	for _, p := range s.Ix.R.Places {
		if p.ID == sp.Represents {
			place = p.Name
		}
	}
	selected := s.View.Speaker == sp.ID
	return app.Li().ID("speaker-"+sp.ID).Class("card speaker").Hidden(!shown).Body(
		app.H4().Body(marked(sp.Name, s.Res.Terms)...),
		app.P().Class("role").Body(marked(join(sp.Role, sp.Organisation), s.Res.Terms)...),
		app.If(place != "", app.P().Class("represents").Text("Represents: "+place)),
		app.P().Class("cites").Body(
			app.Text("Cited in "),
			app.Range(sp.Paragraphs).Slice(func(i int) app.UI {
				return app.A().Href("#" + sp.Paragraphs[i]).Text("¶ " + sp.Paragraphs[i] + " ")
			}),
		),
		themeTags(s.Ix, sp.Themes),
		app.Button().Type("button").Class("select").DataSet("speaker", sp.ID).
			Aria("pressed", boolString(selected)).OnClick(s.onSelect).
			Text(selectLabel(selected, sp.Name)),
	)
}

func selectLabel(selected bool, name string) string {
	if selected {
		return "Show everyone (clear " + name + ")"
	}
	return "Show only " + name
}

func (s *speakers) onSelect(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("speaker").String()
	if id == s.View.Speaker {
		id = ""
	}
	ctx.NewActionWithValue(actSpeaker, id)
}
