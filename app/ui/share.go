package ui

import (
	"html"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"idmreport/app/state"
)

const (
	shareDialogID = "share-dialog"
	shareLinkID   = "share-link"
)

// shareDialog is the "Share / Embed" button and the native <dialog> it opens
// with the link to the current view and two ways to embed it.
//
// The snippets are the textareas' text content, not their value attribute:
// go-app's prerenderer writes attribute values with strconv.Quote, so a '"'
// in one ends the attribute early (and the snippet's style="border:0" would
// become a real, CSP-blocked, style attribute of the textarea).
//
// Until the dialog first opens its URLs are those of the default view,
// relative, so the prerendered page and the first client render are the
// same. Opening it reads the controller's view and the page's address and
// makes them absolute; a change of view does not re-render it. The dialog's open state belongs to the browser
// (showModal, Escape, close()); Render never sets it.
type shareDialog struct {
	app.Compo
	view state.View // the view being shared, read from the controller when the dialog opens

	base   string // origin + path of the page, set when the dialog opens
	status string // outcome of "Copy link", read out by a live region

}

// OnMount moves the island into its slot.
func (s *shareDialog) OnMount(ctx app.Context) { adopt(slotShare, s.JSValue()) }

// Render draws the button and the (closed) dialog.
func (s *shareDialog) Render() app.UI {
	link, ifr, script := shareSnippets(s.view, s.base)
	return app.Div().Class("share").Body(
		app.Elem("button").Attr("type", "button").Class("share-open").ID("share-open").
			Aria("haspopup", "dialog").Aria("controls", shareDialogID).
			OnClick(s.onOpen).Text(t.ShareOpen),
		app.Elem("dialog").ID(shareDialogID).Class("share-dialog").Aria("labelledby", "share-title").
			On("close", s.onClose).Body(
			app.Elem("h2").ID("share-title").Text(t.ShareTitle),
			app.Elem("label").Attr("for", shareLinkID).Text(t.ShareLink),
			app.Div().Class("share-row").Body(
				app.ElemSelfClosing("input").Attr("type", "text").ID(shareLinkID).Attr("readonly", true).Attr("value", link).
					Attr("spellcheck", "false").OnFocus(selectAll),
				app.Elem("button").Attr("type", "button").Class("copy").ID("share-copy").OnClick(s.onCopy).Text(t.CopyLink),
			),
			// A live region without role="status": the page's one status
			// role is the filter count (tests and readers look for it).
			app.Elem("p").Class("share-status").Aria("live", "polite").Text(s.status),
			app.Elem("label").Attr("for", "share-iframe").Text(t.EmbedIframe),
			app.Elem("textarea").ID("share-iframe").Attr("readonly", true).Attr("rows", 3).
				Attr("spellcheck", "false").OnFocus(selectAll).Body(app.Text(ifr)),
			app.Elem("label").Attr("for", "share-script").Text(t.EmbedScript),
			app.Elem("textarea").ID("share-script").Attr("readonly", true).Attr("rows", 3).
				Attr("spellcheck", "false").OnFocus(selectAll).Body(app.Text(script)),
			app.Div().Class("share-actions").Body(
				app.Elem("button").Attr("type", "button").Class("share-close").ID("share-close").OnClick(s.onCloseClick).Text(t.Close),
			),
		),
	)
}

// onOpen makes the URLs absolute and opens the dialog as a modal.
func (s *shareDialog) onOpen(ctx app.Context, e app.Event) {
	loc := app.Window().Get("location")
	if o := loc.Get("origin").String(); o != "" && o != "null" {
		s.base = o + loc.Get("pathname").String()
	}
	s.status = ""
	btn := ctx.JSSrc()
	s.view = ctl.view
	embed := s.view.Embed
	// Deferred: runs after this handler's re-render has put the absolute URLs in.
	ctx.Defer(func(app.Context) {
		d := app.Window().GetElementByID(shareDialogID)
		if !d.Truthy() || d.Get("open").Bool() {
			return
		}
		if embed {
			// In a frame sized to its content (embed.js) the viewport is the
			// whole report, so a centred modal would open far below the
			// reader: the stylesheet places it at --share-top instead, just
			// under the button. A CSSOM property is not an inline style
			// attribute, so the CSP (style-src 'self') allows it.
			top := btn.Call("getBoundingClientRect").Get("bottom").Float() + app.Window().Get("scrollY").Float()
			d.Get("style").Call("setProperty", "--share-top", itoa(int(top)+8)+"px")
		}
		if d.Get("showModal").Truthy() {
			d.Call("showModal")
		} else {
			d.Call("setAttribute", "open", "")
		}
	})
}

// onCopy selects the link and puts it on the clipboard.
func (s *shareDialog) onCopy(ctx app.Context, e app.Event) {
	in := app.Window().GetElementByID(shareLinkID)
	if !in.Truthy() {
		return
	}
	in.Call("focus")
	in.Call("select")
	if !app.Window().Get("navigator").Get("clipboard").Truthy() {
		s.status = t.CopyManual
		return
	}
	// The clipboard's answer comes outside go-app's loop: it hands the
	// status to the island with Dispatch.
	writeClipboard(in.Get("value").String(), func(ok bool) {
		ctx.Dispatch(func(app.Context) {
			s.status = t.CopyRefused
			if ok {
				s.status = t.LinkCopied
			}
		})
	})
}

// onCloseClick is the Close button.
func (s *shareDialog) onCloseClick(ctx app.Context, e app.Event) {
	if d := app.Window().GetElementByID(shareDialogID); d.Truthy() && d.Get("close").Truthy() {
		d.Call("close") // fires "close": onClose
	}
}

// onClose runs when the dialog closes (Close button, Escape); the browser
// returns the focus to the Share button.
func (s *shareDialog) onClose(ctx app.Context, e app.Event) {
	s.status = ""
}

// selectAll selects the text of a focused read-only field, ready to copy.
func selectAll(ctx app.Context, e app.Event) {
	ctx.JSSrc().Call("select")
	ctx.PreventUpdate()
}

// shareSnippets returns, for view v, the link (without embed), the iframe
// snippet and the embed.js snippet, in the page's language (the iframe shows
// this language's page; embed.js gets data-lang). base is the page's address
// (origin + path), or "" for URLs relative to the page.
func shareSnippets(v state.View, base string) (link, iframe, script string) {
	v.Embed = false
	link = withBase(base, v.Encode())

	e := v
	e.Embed = true
	iframe = `<iframe src="` + html.EscapeString(withBase(base, e.Encode())) + `" title="` + html.EscapeString(t.EmbedTitle) +
		`" width="100%" height="800" style="border:0"></iframe>`

	var b strings.Builder
	b.WriteString("<div data-idm-report")
	attr := func(name, val string) {
		if val != "" {
			b.WriteString(" data-" + name + `="` + html.EscapeString(val) + `"`)
		}
	}
	attr(state.ParamTheme, state.JoinThemes(v.Themes))
	attr(state.ParamQuery, v.Query)
	attr(state.ParamPlace, string(v.Place))
	attr(state.ParamSpeaker, string(v.Speaker))
	if t.Dir() != "" {
		attr("lang", t.Lang)
	}
	site := t.Up() // the site folder, which holds web/, above a language's folder
	if base != "" {
		site = strings.TrimSuffix(folder(base), t.Dir())
	}
	b.WriteString("></div>\n<script src=\"" + html.EscapeString(site+"web/embed.js") + "\"></script>")
	return link, iframe, b.String()
}

// withBase joins the page address and a relative view URL from View.Encode
// ("./", "?…", "#…").
func withBase(base, rel string) string {
	if base == "" {
		return rel
	}
	if rel == "./" {
		return base
	}
	if strings.HasPrefix(rel, "./") {
		rel = rel[2:] // "./#p1"
	}
	return base + rel
}

// folder returns the address up to and including the last slash: the site
// folder that holds web/.
func folder(base string) string {
	return base[:strings.LastIndex(base, "/")+1]
}
