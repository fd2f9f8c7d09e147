package site

// workerJS is the service worker template (go-app's text/template with
// .Version and .ResourcesToCache). Compared with go-app's own worker it:
//   - resolves the cached files relative to the worker, so it works under any path;
//   - answers every page navigation in its scope (any query or fragment) with
//     the cached page, so deep links work offline;
//   - takes control of the first visit (clients.claim), so one online visit
//     is enough to work offline;
//   - waits, after an update, until the page asks it to take over
//     ("skip-waiting"), so a page never runs on a mix of old and new files.
const workerJS = `const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const pageURL = new URL("./", self.location).href;

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
  const key = req.mode === "navigate" ? pageURL : req;
  event.respondWith(
    caches.open(cacheName)
      .then((cache) => cache.match(key))
      .then((res) => res || fetch(req))
  );
});
`
