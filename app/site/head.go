package site

import (
	"bytes"
	"fmt"
	"html"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"idmreport/app/cite"
	"idmreport/app/model"
	"idmreport/app/social"
)

// Files the build writes from the data for citing and sharing, relative to
// the site root. They are under web/, so the service worker caches them.
const (
	SocialImage  = "web/social.png"
	CitationBib  = "web/data/citation.bib"
	CitationRIS  = "web/data/citation.ris"
	CitationJSON = "web/data/citation.json"
)

// PublicURL checks the report's public address given to the build (gen
// -base): "" (unknown) or an absolute http(s) URL, returned with a final
// slash, without query or fragment.
func PublicURL(base string) (string, error) {
	if base == "" {
		return "", nil
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil ||
		u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(base, " \"'<>\\{}") {
		return "", fmt.Errorf("site: public URL %q: want an absolute http(s) address of the report's folder, e.g. https://example.org/idm2017/", base)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	return u.String(), nil
}

// Citation is the report's citation for a public address ("" if unknown).
func Citation(r *model.Report, base string) cite.Citation {
	c := cite.New(&r.Document, base)
	if base != "" {
		c.Image = base + SocialImage
	}
	return c
}

// WriteShareFiles writes the social preview and the citation downloads
// (BibTeX, RIS, CSL-JSON) into root's web/ folder. Run it before listing
// the deployable files, so that the service worker caches them.
func WriteShareFiles(root string, r *model.Report, c cite.Citation) error {
	img, err := social.PNG(r)
	if err != nil {
		return err
	}
	csl, err := c.CSLJSON()
	if err != nil {
		return err
	}
	for name, b := range map[string][]byte{
		SocialImage: img, CitationBib: []byte(c.BibTeX()), CitationRIS: []byte(c.RIS()), CitationJSON: csl,
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Head is the markup the site adds to the page's head: the citation meta
// tags, the canonical link, Open Graph and Twitter cards (replacing
// go-app's), and the JSON-LD.
type Head []byte

// NewHead writes the head markup for the report. Addresses are absolute
// when base is known, relative to the page otherwise (og:url is then left
// out: it must be absolute).
func NewHead(r *model.Report, c cite.Citation, title, description string) (Head, error) {
	var b bytes.Buffer
	meta := func(attr, key, content string) {
		if content != "" {
			fmt.Fprintf(&b, "<meta %s=\"%s\" content=\"%s\">\n", attr, key, html.EscapeString(content))
		}
	}
	for _, m := range c.Highwire() {
		meta("name", m.Name, m.Content)
	}
	page, image := "./", SocialImage
	if c.URL != "" {
		page, image = c.URL, c.URL+SocialImage
		if c.Image != "" {
			image = c.Image // the site's, also from a language's page
		}
	}
	if c.URL != "" { // a canonical link must be absolute
		fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"%s\">\n", html.EscapeString(page))
	}
	alt := social.Alt(r)
	if c.URL != "" {
		meta("property", "og:url", c.URL)
	}
	meta("property", "og:type", "website")
	meta("property", "og:title", title)
	meta("property", "og:description", description)
	meta("property", "og:image", image)
	meta("property", "og:image:type", "image/png")
	meta("property", "og:image:width", strconv.Itoa(social.Width))
	meta("property", "og:image:height", strconv.Itoa(social.Height))
	meta("property", "og:image:alt", alt)
	meta("name", "twitter:card", "summary_large_image")
	meta("name", "twitter:title", title)
	meta("name", "twitter:description", description)
	meta("name", "twitter:image", image)
	meta("name", "twitter:image:alt", alt)
	ld, err := c.JSONLD()
	if err != nil {
		return nil, err
	}
	b.WriteString(`<script type="application/ld+json">`)
	b.Write(bytes.TrimSpace(ld))
	b.WriteString("</script>\n")
	return Head(b.Bytes()), nil
}

// insertHead puts the head markup before the page's <title>.
func insertHead(page []byte, head Head) ([]byte, error) {
	if len(head) == 0 {
		return page, nil
	}
	if bytes.Count(page, []byte("<title>")) != 1 {
		return nil, fmt.Errorf("site: index.html has no single <title> to put the head markup before")
	}
	return bytes.Replace(page, []byte("<title>"), append(head[:len(head):len(head)], "<title>"...), 1), nil
}
