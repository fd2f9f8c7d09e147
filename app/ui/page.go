package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
)

// Page is the whole report: the route component. It owns the view, applies
// it to the report and keeps it in the URL.
type Page struct {
	app.Compo
	view  state.View
	res   state.Result
	live  int      // chunks made live so far (chunk.go)
	ready bool     // data-ready is set
	onPop app.Func // popstate listener
	base  string   // the page's address without query or fragment (browser only)
}

// OnInit applies the default view before the first render; SetReport must
// have been called.
func (p *Page) OnInit() {
	p.res = shared.Apply(p.view)
}

// OnMount registers the action handlers and marks the page ready once the
// first render is on screen.
func (p *Page) OnMount(ctx app.Context) {
	p.listenPopState(ctx)
	ctx.Handle(actTheme, func(ctx app.Context, a app.Action) {
		p.navigate(ctx, p.view.ToggleTheme(a.Value.(string), shared.R))
	})
	ctx.Handle(actClear, func(ctx app.Context, a app.Action) { p.navigate(ctx, p.view.Cleared()) })
	ctx.Handle(actPlace, func(ctx app.Context, a app.Action) {
		v := p.view
		v.Place, v.Speaker, v.Paragraph = a.Value.(string), "", ""
		p.navigate(ctx, v)
	})
	ctx.Handle(actSpeaker, func(ctx app.Context, a app.Action) {
		v := p.view
		v.Speaker, v.Place, v.Paragraph = a.Value.(string), "", ""
		p.navigate(ctx, v)
	})
	ctx.Handle(actSearch, func(ctx app.Context, a app.Action) {
		v := p.view
		v.Query, v.Paragraph = a.Value.(string), ""
		p.setView(v)
		replaceURL(v.Encode())
	})
}

// OnNav reads the view from the URL: on load, on back/forward and after
// navigate. On load, the default view comes alive chunk by chunk (chunk.go);
// any other view needs the whole page live at once.
func (p *Page) OnNav(ctx app.Context) {
	u := *ctx.Page().URL()
	u.RawQuery, u.Fragment = "", ""
	p.base = u.String()
	p.setView(state.Parse(ctx.Page().URL(), shared.R))
	if !p.ready && p.live == 0 {
		ctx.After(stepDelay, p.step)
	}
	if p.live >= len(liveOrder) {
		p.becomeReady(ctx)
	}
}

// navigate applies a view and pushes it to the history. It writes the
// history itself rather than through ctx.NavigateTo, which would cost two more
// passes through go-app's dispatcher (a re-mount and OnNav) per click;
// back/forward come back through onPopState.
func (p *Page) navigate(ctx app.Context, v state.View) {
	p.setView(v)
	pushURL(v.Encode())
}

// listenPopState applies the URL's view on back/forward. go-app handles
// popstate too, but skips a URL equal to the last one it navigated to itself,
// which no longer says where the reader is once navigate has pushed states.
func (p *Page) listenPopState(ctx app.Context) {
	if app.IsServer {
		return
	}
	p.onPop = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { p.setView(state.Parse(app.Window().URL(), shared.R)) })
		return nil
	})
	app.Window().Call("addEventListener", "popstate", p.onPop)
}

// setView applies a view.
func (p *Page) setView(v state.View) {
	if equalView(v, p.view) {
		return
	}
	p.allLive()
	p.view = v
	p.res = shared.Apply(v)
}

func equalView(a, b state.View) bool {
	return a.Encode() == b.Encode()
}

// Render draws the page. Its first client render is the same markup as the
// prerendered index.html, so nothing moves when the wasm takes over.
func (p *Page) Render() app.UI {
	r := shared.R
	live := func(id string) bool { return isLive(id, p.live) }
	return app.Div().ID("idm").Class(pageClass(p.view)).Body(
		app.Elem("a").Class("skip").Attr("href", "#report").Text("Skip to the report"),
		app.If(!p.view.Embed, chunk(chunkMasthead, false, func() app.UI {
			return &masthead{Doc: &r.Document, Figures: r.Figures}
		})),
		app.If(p.view.Embed, app.Elem("header").Class("embed-head").Body(
			app.Elem("h1").Class("embed-title").Text(r.Document.Title+" — "+r.Document.Kind))),
		app.Div().Class("layout").Body(
			chunk("toc", live("toc"), func() app.UI {
				return &toc{Ix: shared, Res: p.res, Filtering: p.view.Filtering()}
			}),
			app.Elem("main").ID("report").Body(
				&appNotice{Embed: p.view.Embed},
				&shareDialog{View: p.view},
				&filters{Ix: shared, View: p.view, Res: p.res},
				&reportBody{Ix: shared, Res: p.res, Filtering: p.view.Filtering(), Live: p.live},
				chunk("good-practices", live("good-practices"), func() app.UI {
					return &practices{Ix: shared, Res: p.res}
				}),
				&speakers{Ix: shared, View: p.view, Res: p.res, Live: p.live},
				chunk(chunkTimeline, false, func() app.UI { return &timeline{Events: r.Timeline} }),
				chunk(chunkRelated, false, func() app.UI { return &related{Titles: r.Related} }),
			),
		),
		app.If(!p.view.Embed, chunk("site-footer", live("site-footer"), func() app.UI {
			return &footer{Doc: &r.Document, View: p.view, URL: p.base}
		})),
	)
}

func pageClass(v state.View) string {
	if v.Embed {
		return "page embed"
	}
	return "page"
}
