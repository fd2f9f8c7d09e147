package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"regexp"
	"text/template"

	"idmreport/app/words"
)

var (
	// goappEnvLine matches the environment line of go-app's generated app.js.
	goappEnvLine = regexp.MustCompile(`(?m)^const goappEnv = (.*);\s*$`)
	// goappLoader matches the loader go-app prerenders after the page's root.
	goappLoader = regexp.MustCompile(`(?s)<aside [^>]*id="app-wasm-loader"[^>]*>.*?</aside>`)
	// appJSTemplate is appJS parsed once.
	appJSTemplate = template.Must(template.New("app.js").Parse(appJS))
)

// AppJS returns the site's own app.js, written instead of go-app's. It keeps
// only the environment line of go-app's generated app.js (goappJS) and loads
// web/app.wasm with real progress, wasmSize being its uncompressed size in
// bytes. See appJS for what it does differently.
func AppJS(goappJS []byte, wasmSize int64) ([]byte, error) {
	m := goappEnvLine.FindSubmatch(goappJS)
	if m == nil {
		return nil, errors.New("site: no `const goappEnv = {...};` line in go-app's app.js")
	}
	if !json.Valid(m[1]) || m[1][0] != '{' {
		return nil, fmt.Errorf("site: go-app's environment is not a JSON object: %.80s", m[1])
	}
	var b bytes.Buffer
	err := appJSTemplate.Execute(&b, struct {
		Env      string
		WasmSize int64
	}{string(m[1]), wasmSize})
	return b.Bytes(), err
}

// LoaderHTML returns the markup that replaces go-app's full-screen loader: a
// small status line that app.js fills with the progress, or with a plain
// message and a retry button when the wasm cannot be loaded. web/loader.css
// places it; it shows only under html.js (set by web/boot.js). The words
// app.js may need ride in data-* attributes, in the page's language.
func LoaderHTML(t *words.Words) string {
	var b []byte
	attr := func(name, value string) { b = append(b, " data-"+name+`="`+html.EscapeString(value)+`"`...) }
	attr("failed", t.LoadFailed)
	attr("retry", t.TryAgain)
	for _, w := range [][2]string{{"404", t.Why404}, {"http", t.WhyHTTP}, {"stopped", t.WhyStopped},
		{"damaged", t.WhyDamaged}, {"mismatch", t.WhyMismatch}, {"crashed", t.WhyCrashed},
		{"script", t.WhyScript}, {"network", t.WhyNetwork}, {"unknown", t.WhyUnknown}} {
		attr("why-"+w[0], w[1])
	}
	return `<aside id="app-wasm-loader" aria-label="` + html.EscapeString(t.LoaderLabel) + `"` + string(b) + ">\n" +
		`<p id="app-wasm-loader-label" role="status">` + html.EscapeString(t.Loading) +
		`<span id="app-wasm-loader-pct" aria-hidden="true"></span></p>` + "\n" + `</aside>`
}

// ReplaceLoader swaps go-app's `<aside id="app-wasm-loader" …>…</aside>` in
// indexHTML for LoaderHTML(t). It fails unless there is exactly one.
func ReplaceLoader(indexHTML []byte, t *words.Words) ([]byte, error) {
	if n := len(goappLoader.FindAllIndex(indexHTML, -1)); n != 1 {
		return nil, fmt.Errorf("site: index.html has %d go-app loaders (<aside id=\"app-wasm-loader\">), want 1", n)
	}
	return goappLoader.ReplaceAll(indexHTML, []byte(LoaderHTML(t))), nil
}

// appJS is the app.js template (text/template: .Env, .WasmSize). Compared
// with go-app's it:
//   - leaves the page as it is when the wasm is not wanted (bots, ?wasm=false);
//   - shows real progress with brotli serving (no Content-Length needed);
//   - on failure says so in plain words, offers a retry and marks
//     html.wasm-failed, with no unhandled rejection;
//   - registers the service worker only after the wasm is instantiated (a
//     first visit downloads it once), not in a frame with storage blocked,
//     silently on failure, and reports a worker already waiting at start.
const appJS = `// app.js — written by app/site/loader.go in place of go-app's own.
"use strict";

// go-app's Go side reads these.
const goappEnv = {{.Env}};
let goappDeferredPrompt = null; // the beforeinstallprompt event, kept for later
let goappUpdatePending = false; // an update was found before the wasm started

// go-app replaces these three when the wasm starts.
var goappNav = function () {};
var goappOnAppInstallChange = function () {};
var goappOnUpdate = function () { goappUpdatePending = true; };

function goappGetenv(k) {
  return goappEnv[k];
}

function goappIsAppInstalled() {
  return window.matchMedia("(display-mode: standalone)").matches || navigator.standalone === true;
}

function goappIsAppInstallable() {
  return !goappIsAppInstalled() && goappDeferredPrompt !== null;
}

async function goappShowInstallPrompt() {
  const prompt = goappDeferredPrompt;
  if (!prompt) return;
  goappDeferredPrompt = null;
  try {
    prompt.prompt();
    await prompt.userChoice;
  } catch (e) {
    // dismissed or refused: nothing to do
  }
  goappOnAppInstallChange();
}

// The report is the prerendered page: nothing in <body> is go-app's to remove.
function goappKeepBodyClean() {
  return function () {};
}

(function () {
  const wasmSize = {{.WasmSize}}; // uncompressed bytes, known at build time
  // The site folder: this script's own (pages in fr/ and es/ share it).
  const site = document.currentScript && document.currentScript.src
    ? new URL(".", document.currentScript.src).href : document.baseURI;
  const root = document.documentElement;
  const loader = document.getElementById("app-wasm-loader");
  const label = document.getElementById("app-wasm-loader-label");
  const pct = document.getElementById("app-wasm-loader-pct");
  const defaultOnUpdate = window.goappOnUpdate;
  let shown = -1; // the progress shown, in %
  let failed = false; // fail() has run

  window.addEventListener("beforeinstallprompt", (e) => {
    e.preventDefault();
    goappDeferredPrompt = e;
    goappOnAppInstallChange();
  });
  window.addEventListener("appinstalled", () => {
    goappDeferredPrompt = null;
    goappOnAppInstallChange();
  });

  // Same test as web/boot.js (which sets html.js).
  const bot = /bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent);
  if (bot || new URLSearchParams(location.search).get("wasm") === "false") {
    if (loader) loader.remove();
    return;
  }
  start().catch(fail);

  // start loads, instantiates and runs the wasm.
  async function start() {
    const go = new Go(); // from wasm_exec.js
    showProgress(0);
    const resp = await fetch(new URL("web/app.wasm", site).href);
    if (!resp.ok) {
      throw reason(resp.status === 404 ? said("404") : said("http", resp.status));
    }
    const type = resp.headers.get("Content-Type") || "";
    const body = counted(resp);
    const result = WebAssembly.instantiateStreaming && type.startsWith("application/wasm")
      ? await WebAssembly.instantiateStreaming(body, go.importObject)
      : await WebAssembly.instantiate(await body.arrayBuffer(), go.importObject);
    const done = go.run(result.instance);
    // The Go program never ends while the page lives: if it does, say so.
    done.then(() => fail(reason(said("stopped"))), fail);
    if (go.exited) return; // stopped at once: fail() reports it
    if (loader) loader.remove();
    if (goappUpdatePending && window.goappOnUpdate !== defaultOnUpdate) goappOnUpdate();
    registerWorker();
  }

  // counted wraps the response body so that every chunk read moves the
  // progress. The stream yields decoded bytes, hence wasmSize as the total.
  function counted(resp) {
    if (!resp.body || typeof ReadableStream !== "function") return resp;
    const reader = resp.body.getReader();
    let loaded = 0;
    const stream = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          showProgress(100);
          controller.close();
          return;
        }
        loaded += value.byteLength;
        showProgress(Math.min(99, Math.floor((loaded * 100) / wasmSize)));
        controller.enqueue(value);
      },
      cancel(why) {
        return reader.cancel(why);
      },
    });
    return new Response(stream, { headers: { "Content-Type": "application/wasm" } });
  }

  function showProgress(p) {
    if (!wasmSize || p === shown || !loader) return;
    shown = p;
    pct.textContent = " " + p + " %";
    loader.style.setProperty("--idm-progress", String(p / 100));
  }

  // said is one of the loader's words (LoaderHTML's data-why-*), in the
  // page's language; arg replaces {1}.
  function said(key, arg) {
    const s = (loader && loader.getAttribute("data-why-" + key)) || key;
    return s.replace("{1}", String(arg));
  }

  function reason(text) {
    const e = new Error(text);
    e.idmReason = text;
    return e;
  }

  // fail turns the loader into a plain message with a retry. It never throws.
  function fail(err) {
    if (failed) return;
    failed = true;
    try {
      root.classList.add("wasm-failed");
      if (window.idmBoot && typeof window.idmBoot.cancel === "function") window.idmBoot.cancel();
      if (!loader || !label) return;
      if (!loader.isConnected) document.body.appendChild(loader);
      loader.classList.add("is-failed");
      loader.style.removeProperty("--idm-progress");
      label.textContent = (loader.getAttribute("data-failed") || "{1}").replace("{1}", explain(err));
      const retry = document.createElement("button");
      retry.type = "button";
      retry.textContent = loader.getAttribute("data-retry") || "↻";
      retry.addEventListener("click", () => location.reload());
      loader.appendChild(retry);
    } catch (e) {
      // the page stays readable whatever happens here
    }
  }

  // explain gives a short, plain reason for a failure.
  function explain(err) {
    if (err && err.idmReason) return err.idmReason;
    if (err instanceof WebAssembly.CompileError) return said("damaged");
    if (err instanceof WebAssembly.LinkError) return said("mismatch");
    if (err instanceof WebAssembly.RuntimeError) return said("crashed");
    if (err instanceof ReferenceError) return said("script");
    if (err instanceof TypeError) return said("network");
    return String((err && err.message) || err || said("unknown")).slice(0, 120);
  }

  // registerWorker installs the service worker for offline use. It runs after
  // the wasm is instantiated, so the worker's install finds the wasm in the
  // HTTP cache. Every failure is silent: the report works without it.
  function registerWorker() {
    let sw;
    try {
      sw = navigator.serviceWorker;
    } catch (e) {
      return; // access denied (sandboxed or storage-blocked frame)
    }
    const framed = window.parent !== window;
    if (!sw || (framed && window.idmBoot && window.idmBoot.storageBlocked)) return;
    // When a new version takes over (a reader accepted the update in this
    // or another tab), every open tab reloads, so no page runs one
    // version's HTML with another's wasm. The first visit's takeover
    // (clients.claim, no controller before) is not an update.
    if (sw.controller) {
      let reloading = false;
      sw.addEventListener("controllerchange", () => {
        if (!reloading) {
          reloading = true;
          location.reload();
        }
      });
    }
    const watched = new WeakSet();
    const watch = (w) => {
      if (!w || watched.has(w)) return;
      watched.add(w);
      w.addEventListener("statechange", () => {
        if (w.state === "installed" && sw.controller) goappOnUpdate();
      });
    };
    sw.register(new URL("app-worker.js", site).href)
      .then((reg) => {
        if (reg.waiting && sw.controller) goappOnUpdate(); // found on an earlier visit
        watch(reg.installing);
        reg.addEventListener("updatefound", () => watch(reg.installing));
      })
      .catch(() => {});
  }
})();
`
