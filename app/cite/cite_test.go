package cite

import (
	"encoding/json"
	"strings"
	"testing"

	"idmreport/app/model"
	"idmreport/data"
)

// doc is the document as the data carries it.
func doc(t *testing.T) *model.Document {
	t.Helper()
	r, err := model.Decode(data.Report)
	if err != nil {
		t.Fatal(err)
	}
	return &r.Document
}

// tricky is a document whose every field holds characters that need escaping.
func tricky() *model.Document {
	return &model.Document{
		Title: `IDM {2017} </script><!-- "x" & 50% #1 $_^~\`, Subtitle: "Quotes \"here\"\nand 'there' </SCRIPT>",
		Dates: "18–19 July 2017", Start: "2017-07-18", End: "2017-07-19",
		Venue: "Room {X}, Palais", City: "Genève", Kind: "Summary", Organiser: "Org & Co (O&C)",
		Workshop: "Second", SourceURL: "https://example.org/a?b=1&c=</script>",
	}
}

func TestPublisher(t *testing.T) {
	for _, tc := range []struct{ in, name, abbrev string }{
		{"International Organization for Migration (IOM)", "International Organization for Migration", "IOM"},
		{"IOM", "IOM", ""},
		{"(IOM)", "(IOM)", ""},
		{"  A (B) ", "A", "B"},
	} {
		n, a := Citation{Doc: &model.Document{Organiser: tc.in}}.Publisher()
		if n != tc.name || a != tc.abbrev {
			t.Errorf("Publisher(%q) = %q, %q; want %q, %q", tc.in, n, a, tc.name, tc.abbrev)
		}
	}
}

func TestText(t *testing.T) {
	d := doc(t)
	for _, tc := range []struct {
		url, accessed string
		want          []string
	}{
		{"", "", []string{"International Organization for Migration (2017). International Dialogue on Migration 2017: Understanding migrant vulnerabilities", "Summary of Conclusions. Second IDM workshop of 2017, 18–19 July 2017, Conference room XVII, Palais des Nations, Geneva. ./."}},
		{"https://example.org/idm2017/", "3 May 2027", []string{" https://example.org/idm2017/ (accessed 3 May 2027)."}},
	} {
		got := New(d, tc.url).TextURL(tc.accessed)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("TextURL(%q, %q) = %q\nlacks %q", tc.url, tc.accessed, got, w)
			}
		}
	}
}

func TestBibTeX(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    Citation
		want []string
		not  []string
	}{
		{"data", New(doc(t), ""), []string{
			"@techreport{iom2017idm,\n", "  author = {{International Organization for Migration}},\n",
			"  title = {{International Dialogue on Migration 2017: Understanding migrant vulnerabilities",
			"  type = {Summary of Conclusions},\n", "  institution = {International Organization for Migration},\n",
			"  address = {Geneva},\n", "  year = {2017},\n", "  note = {", "\n}\n",
		}, []string{"url ="}},
		{"url", New(doc(t), "https://example.org/idm 2017/{x}\\"), []string{"  url = {https://example.org/idm%202017/%7Bx%7D%5C},\n"}, nil},
		{"escapes", New(tricky(), ""), []string{
			`IDM \{2017\} </script><!-- "x" \& 50\% \#1 \$\_\textasciicircum{}\textasciitilde{}\textbackslash{}`,
			`Quotes "here" and 'there'`, `Room \{X\}, Palais, Genève}`, `{{Org \& Co}}`,
		}, nil},
	} {
		got := tc.c.BibTeX()
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: BibTeX lacks %q:\n%s", tc.name, w, got)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: BibTeX has %q:\n%s", tc.name, w, got)
			}
		}
		if !balanced(got) {
			t.Errorf("%s: unbalanced braces:\n%s", tc.name, got)
		}
	}
}

// balanced reports whether the unescaped braces of a BibTeX text balance.
func balanced(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if i+1 < len(s) && (s[i+1] == '{' || s[i+1] == '}') {
				i++
			}
		case '{':
			depth++
		case '}':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

func TestRIS(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    Citation
		want []string
	}{
		{"data", New(doc(t), "https://example.org/idm2017/"), []string{"TY  - RPRT", "AU  - International Organization for Migration",
			"PY  - 2017", "PB  - International Organization for Migration", "CY  - Geneva", "LA  - en",
			"UR  - https://example.org/idm2017/", "M3  - Summary of Conclusions"}},
		{"escapes", New(tricky(), ""), []string{`Quotes "here" and 'there' </SCRIPT>`}},
	} {
		got := tc.c.RIS()
		lines := strings.Split(strings.TrimSuffix(got, "\r\n"), "\r\n")
		if lines[0] != "TY  - RPRT" || lines[len(lines)-1] != "ER  - " {
			t.Errorf("%s: RIS must open with TY and close with ER:\n%s", tc.name, got)
		}
		for _, l := range lines {
			if len(l) < 6 || l[2:6] != "  - " || strings.ContainsAny(l, "\r\n") {
				t.Errorf("%s: bad RIS line %q", tc.name, l)
			}
		}
		for _, w := range tc.want {
			if !strings.Contains(got, w+"\r\n") {
				t.Errorf("%s: RIS lacks line %q:\n%s", tc.name, w, got)
			}
		}
		if tc.c.URL == "" && strings.Contains(got, "UR  -") {
			t.Errorf("%s: UR without a URL", tc.name)
		}
	}
}

func TestCSLJSON(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    Citation
	}{{"data", New(doc(t), "https://example.org/idm2017/")}, {"escapes", New(tricky(), "")}} {
		b, err := tc.c.CSLJSON()
		if err != nil {
			t.Fatal(err)
		}
		var items []map[string]any
		if err := json.Unmarshal(b, &items); err != nil {
			t.Fatalf("%s: CSL-JSON does not parse: %v\n%s", tc.name, err, b)
		}
		if len(items) != 1 {
			t.Fatalf("%s: %d items", tc.name, len(items))
		}
		it := items[0]
		for _, k := range []string{"id", "type", "title", "author", "issued", "publisher", "language"} {
			if it[k] == nil || it[k] == "" {
				t.Errorf("%s: CSL item lacks %q", tc.name, k)
			}
		}
		if it["type"] != "report" || it["title"] != tc.c.Title() {
			t.Errorf("%s: type %v, title %v", tc.name, it["type"], it["title"])
		}
		if got := it["issued"].(map[string]any)["date-parts"].([]any)[0].([]any)[0]; got != 2017.0 {
			t.Errorf("%s: issued year %v", tc.name, got)
		}
		if got := it["event-date"].(map[string]any)["date-parts"].([]any); len(got) != 2 {
			t.Errorf("%s: event-date %v, want two dates", tc.name, got)
		}
		if tc.c.URL != "" && it["URL"] != tc.c.URL {
			t.Errorf("%s: URL %v", tc.name, it["URL"])
		}
	}
}

func TestHighwire(t *testing.T) {
	for _, url := range []string{"", "https://example.org/idm2017/"} {
		got := map[string]string{}
		for _, m := range New(doc(t), url).Highwire() {
			if m.Content == "" {
				t.Errorf("empty %s", m.Name)
			}
			got[m.Name] = m.Content
		}
		want := map[string]string{
			"citation_publisher": "International Organization for Migration", "citation_publication_date": "2017",
			"citation_date": "2017", "citation_language": "en",
			"citation_conference_title": "International Dialogue on Migration 2017 — Second IDM workshop of 2017",
		}
		if url != "" {
			want["citation_public_url"], want["citation_abstract_html_url"] = url, url
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("url %q: %s = %q, want %q", url, k, got[k], v)
			}
		}
		if !strings.HasPrefix(got["citation_title"], "International Dialogue on Migration 2017: ") {
			t.Errorf("citation_title %q", got["citation_title"])
		}
		if _, ok := got["citation_public_url"]; url == "" && ok {
			t.Error("citation_public_url without a URL")
		}
	}
}

func TestJSONLD(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    Citation
	}{{"data", New(doc(t), "https://example.org/idm2017/")}, {"escapes", New(tricky(), "")}} {
		b, err := tc.c.JSONLD()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(strings.ToLower(string(b)), "</") || strings.ContainsAny(string(b), "<>&") {
			t.Errorf("%s: JSON-LD could close its script element: %s", tc.name, b)
		}
		var r struct {
			Context, Type, Name, InLanguage, IsBasedOn, URL string
			DatePublished                                   string
			Publisher, Author                               struct{ Type, Name string }
			RecordedAt                                      struct {
				Type, Name, StartDate, EndDate string
				Location                       struct {
					Type, Name string
					Address    struct{ AddressLocality string }
				}
			}
		}
		// The field names match case-insensitively; @-keys are read apart.
		var raw map[string]any
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("%s: JSON-LD does not parse: %v", tc.name, err)
		}
		json.Unmarshal(b, &raw)
		d := tc.c.Doc
		if raw["@context"] != "https://schema.org" || raw["@type"] != "Report" {
			t.Errorf("%s: @context %v, @type %v", tc.name, raw["@context"], raw["@type"])
		}
		ev := raw["recordedAt"].(map[string]any)
		if ev["@type"] != "Event" || ev["location"].(map[string]any)["@type"] != "Place" {
			t.Errorf("%s: recordedAt %v", tc.name, ev)
		}
		if raw["publisher"].(map[string]any)["@type"] != "Organization" {
			t.Errorf("%s: publisher %v", tc.name, raw["publisher"])
		}
		if r.Name != tc.c.Title() || r.InLanguage != "en" || r.DatePublished != "2017" || r.IsBasedOn != d.SourceURL ||
			r.RecordedAt.StartDate != d.Start || r.RecordedAt.EndDate != d.End ||
			r.RecordedAt.Location.Name != d.Venue || r.RecordedAt.Location.Address.AddressLocality != d.City {
			t.Errorf("%s: JSON-LD %+v", tc.name, r)
		}
		if tc.c.URL != r.URL {
			t.Errorf("%s: url %q, want %q", tc.name, r.URL, tc.c.URL)
		}
	}
}

// TestSourceURL checks the data carries the source of record the JSON-LD
// cites.
func TestSourceURL(t *testing.T) {
	if u := doc(t).SourceURL; !strings.HasPrefix(u, "https://www.iom.int/") {
		t.Errorf("document.source_url = %q, want IOM's page", u)
	}
}
