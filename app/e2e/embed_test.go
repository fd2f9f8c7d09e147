package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// hostJS records every message the host page receives in window.msgs:
// {origin, fromSelf (posted by the host window itself), data}.
const hostJS = `window.msgs = [];
window.addEventListener("message", (e) => {
  window.msgs.push({origin: e.origin, fromSelf: e.source === window, data: e.data});
});
`

// startHost serves a host page (body is the inside of its <body>) and
// /host.js from a second server: another port, so another origin than the
// report. It sends no CSP (it is not our site).
func startHost(t *testing.T, body string) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/host.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Write([]byte(hostJS))
	})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>Host page</title><script src="/host.js"></script></head>
<body><h1>A page that embeds the report</h1>` + body + `</body></html>`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
	})
	return srv.URL + "/"
}

// originOf returns scheme://host of a URL.
func originOf(t testing.TB, raw string) string {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u.Scheme + "://" + u.Host
}

// waitForLong is waitFor with the time a framed report needs to load (readyTimeout).
func waitForLong(t testing.TB, ctx context.Context, cond string) {
	t.Helper()
	deadline := time.Now().Add(readyTimeout)
	for time.Now().Before(deadline) {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond))
		if err == nil && ok {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	msgs, _ := chromedp.Run(ctx, chromedp.Evaluate[any](`window.msgs`))
	t.Fatalf("condition never became true: %s\nmessages: %v", cond, msgs)
}

// frameMsg is a message recorded by hostJS.
type frameMsg struct {
	Origin   string `json:"origin"`
	FromSelf bool   `json:"fromSelf"`
	Data     struct {
		Source string  `json:"source"`
		Type   string  `json:"type"`
		Height float64 `json:"height"`
	} `json:"data"`
}

// reportMsgs returns the messages the host page received from the report.
func reportMsgs(t testing.TB, ctx context.Context) []frameMsg {
	t.Helper()
	var out []frameMsg
	for _, m := range evaluate[[]frameMsg](t, ctx, `window.msgs`) {
		if !m.FromSelf && m.Data.Source == "idm-report" {
			out = append(out, m)
		}
	}
	return out
}

// TestEmbedBareIframe frames the report (?embed=1&theme=children) in a page
// of another origin with a plain iframe: the page gets "ready" and an integer
// "resize" height from the report's origin, and the framed report has no
// masthead or footer but has its filters and map.
func TestEmbedBareIframe(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	src := base + "?embed=1&theme=children"
	host := startHost(t, `<iframe src="`+src+`" title="IDM 2017 report" width="100%" height="600"></iframe>`)
	p := newBrowser(t)
	navigate(t, p, host)
	waitForLong(t, p.ctx, `window.msgs.some(m => m.data && m.data.source === "idm-report" && m.data.type === "ready")`)
	waitForLong(t, p.ctx, `window.msgs.some(m => m.data && m.data.source === "idm-report" && m.data.type === "resize")`)
	want := originOf(t, base)
	ready, resize := 0, 0
	for _, m := range reportMsgs(t, p.ctx) {
		if m.Origin != want {
			t.Errorf("message from origin %q, want %q", m.Origin, want)
		}
		switch m.Data.Type {
		case "ready":
			if resize > 0 {
				t.Error("resize message before ready")
			}
			ready++
		case "resize":
			resize++
			if h := m.Data.Height; h != float64(int(h)) || h <= 500 {
				t.Errorf("resize height %v, want an integer > 500", h)
			}
		default:
			t.Errorf("unexpected message type %q", m.Data.Type)
		}
	}
	if ready != 1 || resize == 0 {
		t.Errorf("got %d ready and %d resize messages, want 1 and at least 1", ready, resize)
	}

	// Inside the frame: the compact layout (the masthead and footer are in the
	// document but not shown), with the view of the URL.
	type layout struct {
		Embed, Masthead, Footer, Filters, Map, Children, Share bool
	}
	got := evalInFrame[layout](t, p.ctx, `({
		Embed: document.documentElement.classList.contains("embed"),
		Masthead: document.querySelector(".masthead").checkVisibility(),
		Footer: document.querySelector(".site-footer").checkVisibility(),
		Filters: !!document.querySelector(".filters"),
		Map: !!document.querySelector("#speaker-map"),
		Children: document.querySelector("#theme-children").getAttribute("aria-pressed") === "true",
		Share: !!document.querySelector("#share-open"),
	})`)
	if want := (layout{Embed: true, Filters: true, Map: true, Children: true, Share: true}); got != want {
		t.Errorf("embedded layout = %+v, want %+v", got, want)
	}
	// The frame runs in the tab's renderer (same site), so its console
	// errors and CSP violations are collected with the host page's.
	assertNoErrors(t, p)
}

// TestEmbedLinksKeepEmbed checks that what the reader does in the compact
// layout keeps embed=1 in the URL (theme toggles, paragraph links, clear),
// and that the Share dialog opens there too.
func TestEmbedLinksKeepEmbed(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "?embed=1&theme=children")
	click(t, p.ctx, "#theme-health")
	waitFor(t, p.ctx, `document.querySelector("#theme-health").getAttribute("aria-pressed") === "true"`)
	if s := evaluate[string](t, p.ctx, `location.search`); !strings.Contains(s, "embed=1") || !strings.Contains(s, "children") {
		t.Errorf("after a theme toggle: search %q lost embed=1 or the theme", s)
	}
	click(t, p.ctx, ".para:not([hidden]) .para-tools summary")
	click(t, p.ctx, ".para:not([hidden]) .para-link")
	waitFor(t, p.ctx, `location.hash.length > 1`)
	if s := evaluate[string](t, p.ctx, `location.search`); !strings.Contains(s, "embed=1") {
		t.Errorf("after a paragraph link: search %q lost embed=1", s)
	}
	// The paragraph link scrolls the page (go-app scrolls to the fragment a
	// moment later), which can move the button under a mouse click: press it
	// from the keyboard instead.
	evaluate[any](t, p.ctx, `document.querySelector("#clear").focus()`)
	pressKey(t, p.ctx, "\r")
	waitFor(t, p.ctx, `document.querySelector("#theme-children").getAttribute("aria-pressed") === "false"`)
	if s := evaluate[string](t, p.ctx, `location.search`); s != "?embed=1" {
		t.Errorf("after Clear: search %q, want ?embed=1", s)
	}
	if evaluate[bool](t, p.ctx, `[...document.querySelectorAll(".masthead, .site-footer")].some(e => e.checkVisibility())`) {
		t.Error("masthead or footer appeared after navigating")
	}
	click(t, p.ctx, "#share-open")
	waitFor(t, p.ctx, `document.getElementById("share-dialog").open`)
	if link := evaluate[string](t, p.ctx, `document.getElementById("share-link").value`); strings.Contains(link, "embed") || !strings.HasPrefix(link, base) {
		t.Errorf("share link %q: want the full report's address (no embed)", link)
	}
	// Opened under its button, not centred in a (possibly very tall) frame.
	if d := evaluate[float64](t, p.ctx, `document.getElementById("share-dialog").getBoundingClientRect().top -
		document.getElementById("share-open").getBoundingClientRect().bottom`); d < 0 || d > 50 {
		t.Errorf("dialog top is %vpx below the button, want 0–50", d)
	}
	pressKey(t, p.ctx, "\x1b")
	waitFor(t, p.ctx, `!document.getElementById("share-dialog").open`)
	assertNoErrors(t, p)
}

// TestEmbedScript embeds the report with web/embed.js in a page of another
// origin: the iframe it makes is as tall as the report's last resize message
// says, and a look-alike message from another window is ignored.
func TestEmbedScript(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	host := startHost(t, `<div data-idm-report data-theme="children" data-title="Migrant children in the IDM 2017 report"></div>
<script src="`+base+`web/embed.js"></script><p id="after">After the report.</p>`)
	p := newBrowser(t)
	navigate(t, p, host)

	type frameInfo struct {
		Src, Title string
		Height     float64
	}
	fi := evaluate[frameInfo](t, p.ctx, `(() => { const f = document.querySelector("[data-idm-report] iframe");
		return f ? {Src: f.src, Title: f.title, Height: f.getBoundingClientRect().height} : {}; })()`)
	if !strings.HasPrefix(fi.Src, base+"?") || !strings.Contains(fi.Src, "embed=1") || !strings.Contains(fi.Src, "theme=children") {
		t.Errorf("iframe src %q, want %s?embed=1&theme=children", fi.Src, base)
	}
	if fi.Title != "Migrant children in the IDM 2017 report" {
		t.Errorf("iframe title %q, want the data-title", fi.Title)
	}

	// Sized to the report: the iframe's height is the last reported height.
	const sized = `(() => {
		const f = document.querySelector("[data-idm-report] iframe");
		const r = window.msgs.filter(m => !m.fromSelf && m.data && m.data.source === "idm-report" && m.data.type === "resize");
		if (!f || r.length === 0) return false;
		const h = r[r.length - 1].data.height;
		return h > 500 && Math.abs(f.getBoundingClientRect().height - h) <= 2;
	})()`
	waitForLong(t, p.ctx, sized)
	msgs := reportMsgs(t, p.ctx)
	last := msgs[len(msgs)-1].Data.Height
	if msgs[0].Data.Type != "ready" {
		t.Errorf("first message %q, want ready", msgs[0].Data.Type)
	}

	// It follows the report as it grows and shrinks: show everything, then
	// only the children theme again.
	const frameHeight = `document.querySelector("[data-idm-report] iframe").getBoundingClientRect().height`
	evalInFrame[any](t, p.ctx, `document.querySelector("#clear").click()`)
	waitForLong(t, p.ctx, sized+` && `+frameHeight+` > `+strconv.Itoa(int(last)+500))
	evalInFrame[any](t, p.ctx, `document.querySelector("#theme-children").click()`)
	waitForLong(t, p.ctx, sized+` && `+frameHeight+` < `+strconv.Itoa(int(last)+100))
	msgs = reportMsgs(t, p.ctx)
	last = msgs[len(msgs)-1].Data.Height
	t.Logf("%d messages from the report; height with the children theme: %vpx", len(msgs), last)

	// A resize message from the host window itself (right shape, wrong
	// origin and source) must not change the height.
	evaluate[any](t, p.ctx, `window.postMessage({source: "idm-report", type: "resize", height: 5}, "*")`)
	waitFor(t, p.ctx, `window.msgs.some(m => m.fromSelf && m.data && m.data.height === 5)`)
	// Listeners of one message event run together, so embed.js has seen it by now.
	h := evaluate[float64](t, p.ctx, `document.querySelector("[data-idm-report] iframe").getBoundingClientRect().height`)
	if h <= 500 || h < last-2 || h > last+2 {
		t.Errorf("after a forged message the iframe is %vpx tall, want the report's %vpx", h, last)
	}
	assertNoErrors(t, p)
}
