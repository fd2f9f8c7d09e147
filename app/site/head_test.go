package site

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"idmreport/app/model"
	"idmreport/data"
)

func TestPublicURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"https://example.org/idm2017/", "https://example.org/idm2017/"},
		{"https://example.org/idm2017", "https://example.org/idm2017/"},
		{"http://example.org", "http://example.org/"},
		{"https://example.org/a b/", "!"},
		{"/idm2017/", "!"},
		{"example.org/idm2017/", "!"},
		{"ftp://example.org/", "!"},
		{"https://example.org/?x=1", "!"},
		{"https://example.org/#x", "!"},
		{"https://u:p@example.org/", "!"},
		{`https://example.org/"><script>`, "!"},
	} {
		got, err := PublicURL(tc.in)
		if tc.want == "!" {
			if err == nil {
				t.Errorf("PublicURL(%q) = %q, want an error", tc.in, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("PublicURL(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

// metaContent returns the content of the meta tags with this name or property.
func metaContent(head, key string) []string {
	re := regexp.MustCompile(`<meta (?:name|property)="` + regexp.QuoteMeta(key) + `" content="([^"]*)">`)
	var out []string
	for _, m := range re.FindAllStringSubmatch(head, -1) {
		out = append(out, m[1])
	}
	return out
}

func TestNewHead(t *testing.T) {
	r, err := model.Decode(data.Report)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		base                     string
		page, image, ogURL, cite string
	}{
		{"", "./", "web/social.png", "", ""},
		{"https://example.org/idm2017/", "https://example.org/idm2017/", "https://example.org/idm2017/web/social.png",
			"https://example.org/idm2017/", "https://example.org/idm2017/"},
	} {
		c := Citation(r, tc.base)
		h, err := NewHead(r, c, "T & <title>", "D")
		if err != nil {
			t.Fatal(err)
		}
		head := string(h)
		one := func(key, want string) {
			t.Helper()
			got := metaContent(head, key)
			switch {
			case want == "" && len(got) != 0:
				t.Errorf("base %q: %s = %q, want none", tc.base, key, got)
			case want != "" && (len(got) != 1 || got[0] != want):
				t.Errorf("base %q: %s = %q, want one %q", tc.base, key, got, want)
			}
		}
		one("og:url", tc.ogURL)
		one("og:image", tc.image)
		one("twitter:image", tc.image)
		one("twitter:card", "summary_large_image")
		one("og:image:width", "1200")
		one("og:image:height", "630")
		one("og:title", "T &amp; &lt;title&gt;")
		one("citation_public_url", tc.cite)
		one("citation_publisher", "International Organization for Migration")
		// A canonical link must be absolute: none without a public address.
		if canonical := strings.Contains(head, `rel="canonical"`); canonical != (tc.base != "") ||
			tc.base != "" && !strings.Contains(head, `<link rel="canonical" href="`+tc.page+`">`) {
			t.Errorf("base %q: canonical link wrong (want %s when the base is known):\n%s", tc.base, tc.page, head)
		}
		ld := regexp.MustCompile(`<script type="application/ld\+json">(.*)</script>`).FindStringSubmatch(head)
		if ld == nil || strings.Contains(ld[1], "<") {
			t.Fatalf("base %q: no JSON-LD script, or one with '<'", tc.base)
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(ld[1]), &v); err != nil || v["@type"] != "Report" {
			t.Errorf("base %q: JSON-LD %v, %v", tc.base, v, err)
		}
		if tc.base != "" && (v["url"] != tc.base || v["image"] != tc.image) {
			t.Errorf("base %q: JSON-LD url %v, image %v", tc.base, v["url"], v["image"])
		}
	}
}

// TestHeadReplacesGoApp: go-app's Open Graph and Twitter tags are dropped
// and the site's head goes before the title, once.
func TestHeadReplacesGoApp(t *testing.T) {
	page := "<head>\n<meta content=\"x\" property=\"og:title\">\n<meta property=\"og:image\" content>\n" +
		"<meta content=\"http://127.0.0.1:1/\" property=\"og:url\">\n<meta content=\"summary\" name=\"twitter:card\">\n" +
		"<meta content=\"d\" name=\"description\">\n<title>T</title>\n</head>"
	got := string(Relativize("index.html", []byte(page)))
	if strings.Contains(got, "og:") || strings.Contains(got, "twitter:") || !strings.Contains(got, `name="description"`) {
		t.Errorf("Relativize left go-app's social tags or dropped others:\n%s", got)
	}
	b, err := insertHead([]byte(got), Head("<meta property=\"og:title\" content=\"y\">\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "<meta property=\"og:title\" content=\"y\">\n<title>T</title>") {
		t.Errorf("head not before the title:\n%s", b)
	}
	if _, err := insertHead([]byte("<head></head>"), Head("x")); err == nil {
		t.Error("insertHead without a title: no error")
	}
}
