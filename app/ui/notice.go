package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// appNotice shows a quiet "Update available — reload" notice when a new
// version of the report has been downloaded, and an "Install" control when
// the browser offers to install the report as an app. Inside an embed both
// stay quiet: the host page decides.
type appNotice struct {
	app.Compo
	Embed       bool
	update      bool
	installable bool
}

// OnMount moves the island into its slot and reads the current update and
// install state.
func (n *appNotice) OnMount(ctx app.Context) {
	adopt(slotNotice, n.JSValue())
	n.update = ctx.AppUpdateAvailable()
	n.installable = ctx.IsAppInstallable()
}

// OnAppUpdate is called by go-app when a new version is waiting.
func (n *appNotice) OnAppUpdate(ctx app.Context) { n.update = ctx.AppUpdateAvailable() }

// OnAppInstallChange is called by go-app when installability changes.
func (n *appNotice) OnAppInstallChange(ctx app.Context) { n.installable = ctx.IsAppInstallable() }

// Render draws the notices; nothing at all when there is nothing to say, so
// the prerendered page and the first client render are the same.
func (n *appNotice) Render() app.UI {
	return app.Div().Class("app-notice").Body(
		app.If(n.update && !n.Embed, app.Elem("p").Class("update").Attr("role", "status").Body(
			app.Text(t.UpdateAvailable),
			app.Elem("button").Attr("type", "button").ID("reload").OnClick(n.onReload).Text(t.Reload),
		)),
		app.If(n.installable && !n.Embed, app.Elem("button").Attr("type", "button").ID("install").Class("install").
			OnClick(n.onInstall).Text(t.Install)),
	)
}

func (n *appNotice) onReload(ctx app.Context, e app.Event) { activateUpdate() }

func (n *appNotice) onInstall(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() }
