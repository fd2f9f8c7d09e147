package e2e

import (
	"strings"
	"testing"
	"time"
)

// headInfo is what the page's head says for citing and sharing.
type headInfo struct {
	Citation  map[string]string
	Duplicate []string
	LD        map[string]any
	LDError   string
	OGImage   string
	Image     struct{ W, H int }
	Canonical string
}

const readHead = `(async () => {
	const out = {Citation: {}, Duplicate: []};
	const seen = {};
	for (const m of document.head.querySelectorAll("meta[name], meta[property]")) {
		const k = m.getAttribute("name") || m.getAttribute("property");
		if (k.startsWith("citation_")) out.Citation[k] = m.content;
		if (seen[k]) out.Duplicate.push(k);
		seen[k] = true;
	}
	const ld = document.querySelectorAll('script[type="application/ld+json"]');
	try { out.LD = JSON.parse(ld[0].textContent); } catch (e) { out.LDError = String(e) + " (" + ld.length + " scripts)"; }
	out.OGImage = document.querySelector('meta[property="og:image"]').content;
	const blob = await (await fetch(new URL(out.OGImage, location.href))).blob();
	const bmp = await createImageBitmap(blob);
	out.Image = {W: bmp.width, H: bmp.height};
	out.Canonical = (document.querySelector('link[rel="canonical"]') || {href: ""}).href;
	return out;
})()`

// TestCitationMeta reads the head as Zotero and a link preview would: the
// Highwire citation tags, one of each Open Graph tag, the JSON-LD (a Report
// and the Event it records), and the og:image, served and 1200×630. The
// cite-as text gets the page's address and today's date.
func TestCitationMeta(t *testing.T) {
	requireE2E(t)
	t.Parallel()
	base := startSite(t, "/idm2017/")
	p := openPage(t, base, "?q=children#area-3")
	h := evaluate[headInfo](t, p.ctx, readHead)

	for k, v := range map[string]string{"citation_publisher": "International Organization for Migration",
		"citation_publication_date": "2017", "citation_date": "2017", "citation_language": "en"} {
		if h.Citation[k] != v {
			t.Errorf("%s = %q, want %q", k, h.Citation[k], v)
		}
	}
	for _, k := range []string{"citation_title", "citation_conference_title", "citation_author"} {
		if h.Citation[k] == "" {
			t.Errorf("no %s", k)
		}
	}
	if len(h.Duplicate) > 0 {
		t.Errorf("meta tags written twice: %v", h.Duplicate)
	}
	if h.LDError != "" {
		t.Fatalf("JSON-LD: %s", h.LDError)
	}
	if h.LD["@context"] != "https://schema.org" || h.LD["@type"] != "Report" {
		t.Errorf("JSON-LD @context %v, @type %v", h.LD["@context"], h.LD["@type"])
	}
	ev, _ := h.LD["recordedAt"].(map[string]any)
	loc, _ := ev["location"].(map[string]any)
	pub, _ := h.LD["publisher"].(map[string]any)
	if ev["@type"] != "Event" || ev["startDate"] != "2017-07-18" || ev["endDate"] != "2017-07-19" ||
		loc["@type"] != "Place" || !strings.Contains(loc["name"].(string), "Palais des Nations") {
		t.Errorf("JSON-LD event %v", ev)
	}
	if pub["@type"] != "Organization" || pub["name"] != "International Organization for Migration" {
		t.Errorf("JSON-LD publisher %v", pub)
	}
	if b, _ := h.LD["isBasedOn"].(string); !strings.HasPrefix(b, "https://www.iom.int/") {
		t.Errorf("JSON-LD isBasedOn %v", h.LD["isBasedOn"])
	}
	if h.Image.W != 1200 || h.Image.H != 630 {
		t.Errorf("og:image %s is %d×%d, want 1200×630", h.OGImage, h.Image.W, h.Image.H)
	}
	if h.Canonical != "" { // built without PUBLIC_URL: a relative canonical is invalid
		t.Errorf("canonical %q, want none without a public address", h.Canonical)
	}

	// web/cite.js: the address of the report (not of the view) and today.
	if got := textOf(t, p.ctx, "#cite-url"); got != base {
		t.Errorf("cite-as address %q, want %q", got, base)
	}
	today := time.Now().Format("2006-01-02")
	if got := evaluate[string](t, p.ctx, `document.querySelector("#cite-accessed").dateTime`); got != today &&
		got != time.Now().Add(-time.Minute).Format("2006-01-02") {
		t.Errorf("access date %q, want %s", got, today)
	}
	if got := textOf(t, p.ctx, "#cite-text"); !strings.Contains(got, "(accessed "+time.Now().Format("2 January 2006")+")") {
		t.Logf("cite-as text: %q", got) // the browser's date format may differ; the datetime above is the check
	}
	assertNoErrors(t, p)
	assertSameHost(t, p, base)
}
