package e2e

import (
	"net/http/httptest"
	"strings"
	"testing"

	"idmreport/app/server"
)

// download is one file fetched by the page.
type download struct {
	Href, URL, Type string
	Status, Size    int
}

// fetchDownloads fetches, from the page, every download link of the footer
// and the social preview, and reports what came back.
const fetchDownloads = `(async () => {
	const links = [...document.querySelectorAll("#site-footer a[download]")].map(a => a.getAttribute("href"));
	links.push(document.querySelector('meta[property="og:image"]').content);
	const out = [];
	for (const href of links) {
		const url = new URL(href, location.href).href;
		try {
			const res = await fetch(url);
			const body = await res.arrayBuffer();
			out.push({Href: href, URL: url, Type: res.headers.get("Content-Type") || "", Status: res.status, Size: body.byteLength});
		} catch (e) {
			out.push({Href: href, URL: url, Type: String(e), Status: 0, Size: 0});
		}
	}
	return out;
})()`

// downloadTypes is the Content-Type each kind of download must have.
var downloadTypes = map[string]string{
	".json": "application/json",
	".csv":  "text/csv",
	".bib":  "application/x-bibtex",
	".ris":  "application/x-research-info-systems",
	".png":  "image/png",
}

// TestDownloadsOffline visits the report once, stops the server, and
// fetches every download of the footer (open data and citations) and the
// social preview: the service worker serves each from its cache, complete and
// with its type.
func TestDownloadsOffline(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	dir := siteDir(t)
	srv := httptest.NewServer(server.New(dir, "/idm2017/"))
	defer srv.Close()
	base := srv.URL + "/idm2017/"

	p := openPage(t, base, "")
	controlled(t, p)
	online := evaluate[[]download](t, p.ctx, fetchDownloads)
	srv.CloseClientConnections()
	srv.Close() // the network is gone

	got := evaluate[[]download](t, p.ctx, fetchDownloads)
	want := map[string]bool{"report.json": false, "speakers.csv": false, "good-practices.csv": false,
		"citation.bib": false, "citation.ris": false, "citation.json": false, "social.png": false}
	if len(got) != len(online) {
		t.Fatalf("%d downloads offline, %d online", len(got), len(online))
	}
	for i, d := range got {
		name := d.Href[strings.LastIndex(d.Href, "/")+1:]
		if _, ok := want[name]; ok {
			want[name] = true
		}
		if d.Status != 200 || d.Size == 0 {
			t.Errorf("offline %s: status %d, %d bytes (%s)", d.Href, d.Status, d.Size, d.Type)
			continue
		}
		if d.Size != online[i].Size {
			t.Errorf("offline %s: %d bytes, online %d", d.Href, d.Size, online[i].Size)
		}
		ext := name[strings.LastIndex(name, "."):]
		if wt, ok := downloadTypes[ext]; !ok || !strings.HasPrefix(d.Type, wt) {
			t.Errorf("offline %s: Content-Type %q, want %q", d.Href, d.Type, wt)
		}
	}
	for name, seen := range want {
		if !seen {
			t.Errorf("the footer links no %s", name)
		}
	}
	assertNoErrors(t, p)
}
