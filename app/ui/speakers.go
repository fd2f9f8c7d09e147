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
	Live int // progressive mounting: the page's live count (chunk.go)
}

// Render draws the section.
func (s *speakers) Render() app.UI {
	return app.Elem("section").ID("speakers").Class("speakers").Aria("labelledby", "speakers-h").Body(
		app.Elem("h2").ID("speakers-h").Text("Speakers"),
		chunk("map-wrap", isLive("map-wrap", s.Live), func() app.UI {
			return &worldMap{Ix: s.Ix, View: s.View, Res: s.Res, TableLive: isLive("place-table-wrap", s.Live)}
		}),
		s.directory(),
	)
}

// directory lists every named speaker as a card, grouped by kind.
func (s *speakers) directory() app.UI {
	return app.Div().ID("speaker-directory").Body(
		app.Range(model.SpeakerKinds).Slice(func(k int) app.UI {
			kind := model.SpeakerKinds[k]
			return chunk("speakers-"+kind, isLive("speakers-"+kind, s.Live), func() app.UI {
				return s.kindGroup(kind)
			})
		}),
	)
}

// kindGroup lists the speakers of one kind.
func (s *speakers) kindGroup(kind string) app.UI {
	r := s.Ix.R
	return app.Div().ID("speakers-"+kind).Class("kind-group").Body(
		app.Elem("h3").Text(kindLabels[kind]),
		app.Elem("ul").Class("cards speaker-cards").Body(
			app.Range(r.Speakers).Slice(func(i int) app.UI {
				if r.Speakers[i].Kind != kind {
					return nil
				}
				sp := &r.Speakers[i]
				return &speakerCard{S: sp, Ix: s.Ix, Shown: s.Res.Speakers[i],
					Selected: s.View.Speaker == sp.ID, Terms: s.Res.Terms}
			}),
		),
	)
}
