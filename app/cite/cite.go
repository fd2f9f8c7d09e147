// Package cite writes the report's citation in every form the site offers:
// the plain cite-as text, BibTeX, RIS and CSL-JSON (the downloads Zotero and
// reference managers read), the Highwire citation_* meta tags Google Scholar
// and Zotero read from the page's head, and the schema.org JSON-LD of the
// report and the workshop it records. It is plain Go, used at build time.
package cite

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"idmreport/app/model"
)

// Key is the citation key of the BibTeX entry and the id of the CSL item.
const Key = "iom2017idm"

// Language is the language of the report (BCP 47).
const Language = "en"

// Citation is the report as cited.
type Citation struct {
	Doc *model.Document
	// URL is the report's public address (the build's -base), "" when the
	// build does not know it.
	URL string
	// Image is the social preview's address (absolute when URL is known).
	Image string
}

// New returns the citation of d, hosted at url ("" when unknown).
func New(d *model.Document, url string) Citation {
	return Citation{Doc: d, URL: url}
}

// Title is the report's title as cited: the dialogue and the workshop's theme.
func (c Citation) Title() string {
	return join(": ", c.Doc.Title, c.Doc.Subtitle)
}

// Genre is the kind of document ("Summary of Conclusions").
func (c Citation) Genre() string { return c.Doc.Kind }

// Year is the year of publication: the year of the workshop.
func (c Citation) Year() string {
	if len(c.Doc.Start) >= 4 {
		return c.Doc.Start[:4]
	}
	return ""
}

// Publisher is the organiser's name without its abbreviation:
// "International Organization for Migration (IOM)" → "International
// Organization for Migration", "IOM".
func (c Citation) Publisher() (name, abbrev string) {
	o := strings.TrimSpace(c.Doc.Organiser)
	if strings.HasSuffix(o, ")") {
		if i := strings.LastIndex(o, " ("); i > 0 {
			return o[:i], o[i+2 : len(o)-1]
		}
	}
	return o, ""
}

// Place is where the workshop was held, as printed: "Conference room XVII,
// Palais des Nations, Geneva".
func (c Citation) Place() string { return join(", ", c.Doc.Venue, c.Doc.City) }

// Event describes the workshop: "Second IDM workshop of 2017, 18–19 July
// 2017, Conference room XVII, Palais des Nations, Geneva".
func (c Citation) Event() string {
	return join(", ", c.Doc.Workshop, c.Doc.Dates, c.Place())
}

// Text is the cite-as text without the address and the access date, which
// the page adds (see TextURL).
func (c Citation) Text() string {
	name, _ := c.Publisher()
	return name + " (" + c.Year() + "). " + c.Title() + ". " + join(". ", c.Genre(), c.Event()) + "."
}

// TextURL is the full cite-as text with the address (or "./" when unknown)
// and, if accessed is not empty, the access date.
func (c Citation) TextURL(accessed string) string {
	u := c.URL
	if u == "" {
		u = "./"
	}
	s := c.Text() + " " + u
	if accessed != "" {
		s += " (accessed " + accessed + ")"
	}
	return s + "."
}

// join joins the non-empty parts with sep.
func join(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// ---- BibTeX ----

// bibEscaper escapes the characters BibTeX and LaTeX give a meaning to.
var bibEscaper = strings.NewReplacer(
	`\`, `\textbackslash{}`, `{`, `\{`, `}`, `\}`, `&`, `\&`, `%`, `\%`, `$`, `\$`,
	`#`, `\#`, `_`, `\_`, `~`, `\textasciitilde{}`, `^`, `\textasciicircum{}`, "\n", " ", "\r", " ",
)

// bibURL makes an address safe in a verbatim BibTeX field: braces,
// backslashes, spaces and percent signs would end or break it.
var bibURL = strings.NewReplacer(`{`, `%7B`, `}`, `%7D`, `\`, `%5C`, ` `, `%20`, "\n", "", "\r", "")

// BibTeX is a @techreport entry (BibTeX and biblatex; Zotero imports it).
func (c Citation) BibTeX() string {
	name, _ := c.Publisher()
	var b strings.Builder
	b.WriteString("@techreport{" + Key + ",\n")
	field := func(k, v string) {
		if v != "" {
			b.WriteString("  " + k + " = {" + v + "},\n")
		}
	}
	field("author", "{"+bibEscaper.Replace(name)+"}") // an institution: one name, kept whole
	field("title", "{"+bibEscaper.Replace(c.Title())+"}")
	field("type", bibEscaper.Replace(c.Genre()))
	field("institution", bibEscaper.Replace(name))
	field("address", bibEscaper.Replace(c.Doc.City))
	field("year", c.Year())
	field("language", "english")
	field("url", bibURL.Replace(c.URL))
	field("note", bibEscaper.Replace(join(", ", c.Doc.Title, c.Event())))
	s := strings.TrimSuffix(b.String(), ",\n")
	return s + "\n}\n"
}

// ---- RIS ----

// risLine writes one RIS line; a value never spans lines.
func risLine(b *strings.Builder, tag, v string) {
	v = strings.Join(strings.Fields(v), " ")
	if v != "" {
		b.WriteString(tag + "  - " + v + "\r\n")
	}
}

// RIS is a RIS record of type RPRT (report), lines ending in CRLF as the
// format asks.
func (c Citation) RIS() string {
	name, _ := c.Publisher()
	var b strings.Builder
	risLine(&b, "TY", "RPRT")
	risLine(&b, "ID", Key)
	risLine(&b, "AU", name)
	risLine(&b, "TI", c.Title())
	risLine(&b, "M3", c.Genre())
	risLine(&b, "PY", c.Year())
	risLine(&b, "DA", c.Year())
	risLine(&b, "PB", name)
	risLine(&b, "CY", c.Doc.City)
	risLine(&b, "LA", Language)
	risLine(&b, "UR", c.URL)
	risLine(&b, "N1", join(", ", c.Doc.Title, c.Event()))
	b.WriteString("ER  - \r\n")
	return b.String()
}

// ---- CSL-JSON ----

// cslName is a CSL name; an institution is a literal.
type cslName struct {
	Literal string `json:"literal"`
}

// cslDate is a CSL date: date-parts, one or two dates of [year, month, day].
type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

// cslItem is the subset of CSL-JSON the report needs.
type cslItem struct {
	ID             string    `json:"id"`
	Type           string    `json:"type"`
	Title          string    `json:"title"`
	Genre          string    `json:"genre,omitempty"`
	Author         []cslName `json:"author"`
	Publisher      string    `json:"publisher"`
	PublisherPlace string    `json:"publisher-place,omitempty"`
	Issued         cslDate   `json:"issued"`
	Event          string    `json:"event,omitempty"`       // CSL 1.0.1 (Zotero)
	EventTitle     string    `json:"event-title,omitempty"` // CSL 1.0.2
	EventPlace     string    `json:"event-place,omitempty"`
	EventDate      *cslDate  `json:"event-date,omitempty"`
	Language       string    `json:"language"`
	URL            string    `json:"URL,omitempty"`
	Note           string    `json:"note,omitempty"`
}

// isoDate parses "2017-07-18" into [2017, 7, 18]; nil if it is not one.
func isoDate(s string) []int {
	p := strings.Split(s, "-")
	if len(p) != 3 {
		return nil
	}
	var out []int
	for _, x := range p {
		n, err := strconv.Atoi(x)
		if err != nil {
			return nil
		}
		out = append(out, n)
	}
	return out
}

// CSLJSON is a CSL-JSON array with the report (type "report").
func (c Citation) CSLJSON() ([]byte, error) {
	name, _ := c.Publisher()
	it := cslItem{
		ID: Key, Type: "report", Title: c.Title(), Genre: c.Genre(),
		Author: []cslName{{name}}, Publisher: name, PublisherPlace: c.Doc.City,
		Event: join(" — ", c.Doc.Title, c.Doc.Workshop), EventPlace: c.Place(),
		Language: Language, URL: c.URL, Note: c.Event(),
	}
	it.EventTitle = it.Event
	if y, err := strconv.Atoi(c.Year()); err == nil {
		it.Issued.DateParts = [][]int{{y}}
	}
	if s, e := isoDate(c.Doc.Start), isoDate(c.Doc.End); s != nil {
		d := &cslDate{DateParts: [][]int{s}}
		if e != nil && c.Doc.End != c.Doc.Start {
			d.DateParts = append(d.DateParts, e)
		}
		it.EventDate = d
	}
	return marshal([]cslItem{it}, "  ")
}

// marshal writes v as JSON with <, > and & escaped (\u003c …), so that the
// result is safe inside a <script> element, and a final newline.
func marshal(v any, indent string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b) // escapes HTML characters by default
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// ---- Highwire meta tags ----

// Meta is one <meta name content> of the page's head.
type Meta struct{ Name, Content string }

// Highwire lists the citation_* meta tags (Google Scholar's inclusion
// guidelines, read by Zotero too).
func (c Citation) Highwire() []Meta {
	name, _ := c.Publisher()
	m := []Meta{
		{"citation_title", c.Title()},
		{"citation_author", name},
		{"citation_publisher", name},
		{"citation_technical_report_institution", name},
		{"citation_publication_date", c.Year()},
		{"citation_date", c.Year()},
		{"citation_conference_title", join(" — ", c.Doc.Title, c.Doc.Workshop)},
		{"citation_language", Language},
	}
	if c.URL != "" {
		m = append(m, Meta{"citation_public_url", c.URL}, Meta{"citation_abstract_html_url", c.URL})
	}
	var out []Meta
	for _, x := range m {
		if x.Content != "" {
			out = append(out, x)
		}
	}
	return out
}

// ---- schema.org JSON-LD ----

type ldOrg struct {
	Type          string `json:"@type"`
	Name          string `json:"name"`
	AlternateName string `json:"alternateName,omitempty"`
}

type ldAddress struct {
	Type     string `json:"@type"`
	Locality string `json:"addressLocality"`
}

type ldPlace struct {
	Type    string    `json:"@type"`
	Name    string    `json:"name"`
	Address ldAddress `json:"address"`
}

type ldEvent struct {
	Type      string  `json:"@type"`
	Name      string  `json:"name"`
	About     string  `json:"description,omitempty"`
	StartDate string  `json:"startDate,omitempty"`
	EndDate   string  `json:"endDate,omitempty"`
	Location  ldPlace `json:"location"`
	Organizer ldOrg   `json:"organizer"`
	URL       string  `json:"url,omitempty"`
}

type ldReport struct {
	Context    string  `json:"@context"`
	Type       string  `json:"@type"`
	Name       string  `json:"name"`
	Genre      string  `json:"genre,omitempty"`
	InLanguage string  `json:"inLanguage"`
	Date       string  `json:"datePublished,omitempty"`
	Author     ldOrg   `json:"author"`
	Publisher  ldOrg   `json:"publisher"`
	RecordedAt ldEvent `json:"recordedAt"`
	IsBasedOn  string  `json:"isBasedOn,omitempty"`
	URL        string  `json:"url,omitempty"`
	Image      string  `json:"image,omitempty"`
}

// JSONLD is the schema.org description of the report (a Report) and of the
// workshop it records (an Event, its recordedAt), for a
// <script type="application/ld+json">: "<" is written \u003c, so no "</"
// can close the element.
func (c Citation) JSONLD() ([]byte, error) {
	name, abbrev := c.Publisher()
	org := ldOrg{Type: "Organization", Name: name, AlternateName: abbrev}
	ev := ldEvent{
		Type: "Event", Name: join(" — ", c.Doc.Title, c.Doc.Workshop), About: c.Doc.Subtitle,
		StartDate: c.Doc.Start, EndDate: c.Doc.End,
		Location:  ldPlace{Type: "Place", Name: c.Doc.Venue, Address: ldAddress{Type: "PostalAddress", Locality: c.Doc.City}},
		Organizer: org, URL: c.Doc.SourceURL,
	}
	r := ldReport{
		Context: "https://schema.org", Type: "Report", Name: c.Title(), Genre: c.Genre(),
		InLanguage: Language, Date: c.Year(), Author: org, Publisher: org,
		RecordedAt: ev, IsBasedOn: c.Doc.SourceURL, URL: c.URL, Image: c.Image,
	}
	return marshal(r, "")
}
