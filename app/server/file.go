package server

import (
	"errors"
	"io/fs"
	"log"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
)

// contentTypes maps a file extension to the Content-Type it is served with.
// The table is explicit so that the result does not depend on the host's
// MIME database.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript",
	".mjs":         "text/javascript",
	".css":         "text/css",
	".wasm":        "application/wasm",
	".json":        "application/json",
	".geojson":     "application/geo+json",
	".webmanifest": "application/manifest+json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".webp":        "image/webp",
	".ico":         "image/x-icon",
	".csv":         "text/csv; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
	".md":          "text/markdown; charset=utf-8",
	".msgpack":     "application/octet-stream",
	".woff2":       "font/woff2",
	".zip":         "application/zip",
	".bib":         "application/x-bibtex; charset=utf-8", // citation (BibTeX)
	".ris":         "application/x-research-info-systems", // citation (RIS)
}

// ContentType returns the Content-Type the server sends for a file name,
// based on its extension (case-insensitive). Unknown extensions get
// application/octet-stream.
func ContentType(name string) string {
	if ct, ok := contentTypes[strings.ToLower(path.Ext(name))]; ok {
		return ct
	}
	return "application/octet-stream"
}

// encodings are the pre-compressed variants, in order of preference.
var encodings = []struct{ token, suffix string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// serveFile serves the deployable file rel (already validated) from h.root,
// preferring a pre-compressed sibling that the client accepts.
func (h *handler) serveFile(w http.ResponseWriter, r *http.Request, rel string) {
	root, err := os.OpenRoot(h.root)
	if err != nil {
		log.Printf("server: opening site root %s: %v", h.root, err)
		http.NotFound(w, r)
		return
	}
	defer root.Close()

	name := path.Clean(rel)
	info, err := regular(root, name)
	if err != nil {
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			log.Printf("server: stat %s: %v", name, err)
		}
		http.NotFound(w, r)
		return
	}

	hdr := w.Header()
	hdr.Set("Content-Type", ContentType(name))
	hdr.Add("Vary", "Accept-Encoding")

	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range encodings {
		if !accepts(accept, enc.token) {
			continue
		}
		if _, err := regular(root, name+enc.suffix); err != nil {
			continue
		}
		f, err := root.Open(name + enc.suffix)
		if err != nil {
			continue
		}
		fi, err := f.Stat()
		if err != nil {
			f.Close()
			continue
		}
		hdr.Set("Content-Encoding", enc.token)
		http.ServeContent(w, r, name, fi.ModTime(), f)
		f.Close()
		return
	}

	f, err := root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	http.ServeContent(w, r, name, info.ModTime(), f)
}

// errNotRegular refuses anything but a regular file reached through real
// directories.
var errNotRegular = errors.New("not a regular file")

// regular returns the file info of name in root when name is a regular file
// and no part of its path is a symbolic link (even one that stays inside
// the site): the server serves the deployed files and nothing else.
func regular(root *os.Root, name string) (fs.FileInfo, error) {
	parts := strings.Split(name, "/")
	for i := range parts {
		info, err := root.Lstat(strings.Join(parts[:i+1], "/"))
		if err != nil {
			return nil, err
		}
		last := i == len(parts)-1
		if last && !info.Mode().IsRegular() || !last && !info.IsDir() {
			return nil, errNotRegular
		}
		if last {
			return info, nil
		}
	}
	return nil, errNotRegular
}

// accepts reports whether the Accept-Encoding header value header allows the
// content coding token, honouring "q=0" and the "*" wildcard.
func accepts(header, token string) bool {
	wildcard := false
	for part := range strings.SplitSeq(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding != token && coding != "*" {
			continue
		}
		ok := qualityNonZero(params)
		if coding == token {
			return ok
		}
		wildcard = ok
	}
	return wildcard
}

// qualityNonZero reports whether the parameters of one Accept-Encoding entry
// leave its quality above zero (a missing or malformed q counts as 1).
func qualityNonZero(params string) bool {
	for p := range strings.SplitSeq(params, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
		if strings.EqualFold(strings.TrimSpace(k), "q") {
			q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			return err != nil || q > 0
		}
	}
	return true
}
