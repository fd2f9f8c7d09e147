package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// This file makes the size tables: the wasm and the first-load files.

// served returns the bytes the server sends for rel in dir with
// "Accept-Encoding: br" (the .br sibling when there is one) and a note.
func served(dir, rel string) (int64, string) {
	if n := size(filepath.Join(dir, rel+".br")); n >= 0 {
		return n, ""
	}
	if n := size(filepath.Join(dir, rel)); n >= 0 {
		return n, "raw"
	}
	return -1, "missing"
}

var (
	linkRe  = regexp.MustCompile(`<link\b[^>]*>`)
	imgRe   = regexp.MustCompile(`<img\b[^>]*>`)
	relRe   = regexp.MustCompile(`\brel="([^"]*)"`)
	hrefRe  = regexp.MustCompile(`\b(?:href|src)="([^"]*)"`)
	cacheRe = regexp.MustCompile(`resourcesToCache\s*=\s*(\[[^\]]*\])`)
)

// icons lists the icon URLs index.html references: <link rel=icon|apple-touch-icon>
// and go-app's loader <img>.
func icons(dir string) []string {
	b, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	var out []string
	seen := map[string]bool{}
	add := func(u string) {
		if u != "" && !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	for _, l := range linkRe.FindAllString(string(b), -1) {
		rel := relRe.FindStringSubmatch(l)
		h := hrefRe.FindStringSubmatch(l)
		if rel != nil && h != nil && strings.Contains(rel[1], "icon") {
			add(h[1])
		}
	}
	for _, l := range imgRe.FindAllString(string(b), -1) {
		if h := hrefRe.FindStringSubmatch(l); h != nil && strings.Contains(l, "app-wasm-loader") {
			add(h[1])
		}
	}
	return out
}

var scriptRe = regexp.MustCompile(`<script\b[^>]*>`)

// assets lists the local scripts and style sheets index.html references
// (<script src>, <link rel=stylesheet|preload|modulepreload>) that are not
// in fixed.
func assets(dir, prefix string, fixed map[string]bool) []string {
	b, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	var out []string
	add := func(u string) {
		if rel := local(u, prefix); rel != "" && !fixed[rel] {
			out = append(out, rel)
		}
	}
	for _, l := range scriptRe.FindAllString(string(b), -1) {
		if h := hrefRe.FindStringSubmatch(l); h != nil {
			add(h[1])
		}
	}
	for _, l := range linkRe.FindAllString(string(b), -1) {
		rel := relRe.FindStringSubmatch(l)
		h := hrefRe.FindStringSubmatch(l)
		if rel != nil && h != nil && (rel[1] == "stylesheet" || rel[1] == "preload" || rel[1] == "modulepreload") {
			add(h[1])
		}
	}
	return out
}

// local maps a URL of the page to a file of the site ("" if external).
func local(u, prefix string) string {
	if strings.Contains(u, "://") {
		return ""
	}
	u = strings.TrimPrefix(u, prefix)
	return strings.TrimPrefix(strings.TrimPrefix(u, "./"), "/")
}

func (t *tables) firstLoad() {
	fmt.Fprintf(t.w, "### 2. First-load files, bytes as served (brotli `.br` when there is one, else raw)\n\n")
	fmt.Fprintf(t.w, "| file | report | hello world |\n|---|---:|---:|\n")
	files := []string{"index.html", "app.js", "app.css", "wasm_exec.js", "manifest.webmanifest", "web/style.css", "web/app.wasm", "app-worker.js"}
	cell := func(dir, rel string) (string, int64) {
		n, note := served(dir, rel)
		if n < 0 {
			return "—", 0
		}
		if note != "" {
			return num(n) + " (" + note + ")", n
		}
		return num(n), n
	}
	var tot [2]int64
	for _, f := range files {
		a, na := cell(*reportDir, f)
		b, nb := cell(*helloDir, f)
		tot[0] += na
		tot[1] += nb
		fmt.Fprintf(t.w, "| %s | %s | %s |\n", f, a, b)
	}
	// Other same-site scripts and styles the page references.
	fixed := map[string]bool{}
	for _, f := range files {
		fixed[f] = true
	}
	ro, ho := assets(*reportDir, "/idm2017/", fixed), assets(*helloDir, "/hello/", fixed)
	for _, f := range append(ro, ho...) {
		if fixed[f] {
			continue
		}
		fixed[f] = true
		a, na := cell(*reportDir, f)
		b, nb := cell(*helloDir, f)
		tot[0] += na
		tot[1] += nb
		fmt.Fprintf(t.w, "| %s (also referenced by index.html) | %s | %s |\n", f, a, b)
	}
	// Icons referenced by each page.
	ri, hi := icons(*reportDir), icons(*helloDir)
	for i := 0; i < max(len(ri), len(hi)); i++ {
		var a, b string
		var na, nb int64
		if i < len(ri) {
			a, na = iconCell(*reportDir, ri[i], "/idm2017/")
		}
		if i < len(hi) {
			b, nb = iconCell(*helloDir, hi[i], "/hello/")
		}
		tot[0] += na
		tot[1] += nb
		fmt.Fprintf(t.w, "| icon | %s | %s |\n", a, b)
	}
	t.loadBr = tot
	fmt.Fprintf(t.w, "| **total** | **%s** | **%s** |\n", num(tot[0]), num(tot[1]))
	fmt.Fprintf(t.w, "| **report ÷ hello** | **%s** | |\n\n", ratio(tot[0], tot[1]))

	// What the service worker downloads on install besides (informational).
	for i, dir := range []string{*reportDir, *helloDir} {
		name := []string{"report", "hello world"}[i]
		prefix := []string{"/idm2017/", "/hello/"}[i]
		b, _ := os.ReadFile(filepath.Join(dir, "app-worker.js"))
		m := cacheRe.FindSubmatch(b)
		if m == nil {
			continue
		}
		var list []string
		if json.Unmarshal(m[1], &list) != nil {
			continue
		}
		var missing, external []string
		for _, u := range list {
			rel := local(u, prefix)
			switch {
			case strings.Contains(u, "://"):
				external = append(external, u)
			case rel == "" || rel == "hello" || rel == "idm2017":
			default:
				if _, note := served(dir, rel); note == "missing" {
					missing = append(missing, rel)
				}
			}
		}
		var notes []string
		if len(missing) > 0 {
			notes = append(notes, fmt.Sprintf("**missing on the server: %s** (cache.addAll is all-or-nothing: the worker installs nothing)", strings.Join(missing, ", ")))
		}
		if len(external) > 0 {
			notes = append(notes, fmt.Sprintf("external: %s (blocked by the CSP / unreachable offline: addAll fails)", strings.Join(external, ", ")))
		}
		if len(notes) > 0 {
			fmt.Fprintf(t.w, "- Service worker precache of the %s (%d URLs): %s\n", name, len(list), strings.Join(notes, "; "))
		}
	}
	fmt.Fprintln(t.w)
}

func iconCell(dir, u, prefix string) (string, int64) {
	rel := local(u, prefix)
	if rel == "" {
		return "external " + shortURL(u) + " (not counted)", 0
	}
	n, note := served(dir, rel)
	if n < 0 {
		return rel + " missing", 0
	}
	s := rel + " " + num(n)
	if note != "" {
		s += " (" + note + ")"
	}
	return s, n
}

func shortURL(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if parts := strings.Split(u, "/"); len(parts) > 2 {
		return parts[0] + "/…/" + parts[len(parts)-1]
	}
	return u
}

// ---------- 3. Lighthouse
