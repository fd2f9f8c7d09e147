package site

import (
	"encoding/json"
	"strings"

	"idmreport/app/words"
)

// workerJS returns the service worker template (go-app's text/template with
// .Version and .ResourcesToCache) for the site's pages. Compared with
// go-app's own worker it:
//   - resolves the cached files relative to the worker, so it works under any path;
//   - caches every language's page and answers every page navigation in its
//     scope (any query or fragment) with the cached page of its folder (fr/…,
//     es/…, else the root's), so deep links work offline;
//   - takes control of the first visit (clients.claim), so one online visit
//     is enough to work offline;
//   - waits, after an update, until the page asks it to take over
//     ("skip-waiting"), so a page never runs on a mix of old and new files.
func workerJS() string {
	dirs := []string{}
	for _, t := range words.Langs {
		if t.Dir() != "" {
			dirs = append(dirs, t.Dir())
		}
	}
	b, _ := json.Marshal(dirs)
	return strings.Replace(worker, "PAGES", string(b), 1)
}

const worker = `const cacheName = "app-" + "{{.Version}}";
const pages = PAGES; // the other languages' pages, relative to the site folder
const resourcesToCache = {{.ResourcesToCache}}.concat(pages);
const site = new URL("./", self.location).href;

// pageURL is the cached page that answers a navigation to url: the page of
// its language's folder, else the root's.
function pageURL(url) {
  const first = url.startsWith(site) ? url.slice(site.length).split(/[/?#]/)[0] + "/" : "";
  return pages.includes(first) ? new URL(first, site).href : site;
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(resourcesToCache)));
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || !req.url.startsWith(self.registration.scope)) {
    return;
  }
  const key = req.mode === "navigate" ? pageURL(req.url) : req;
  event.respondWith(
    caches.open(cacheName)
      .then((cache) => cache.match(key))
      .then((res) => res || fetch(req))
  );
});
`
