// boot.js runs in <head> before the prerendered page is painted (a blocking
// classic script, no inline code under the CSP). It only marks <html> with
// classes, guards storage and remembers early taps; the prerendered page is
// complete without it. Its one global is window.idmBoot (see the end).
(function () {
  "use strict";
  var root = document.documentElement;
  var query = location.search;

  // a. Compact layout in frames (?embed=1): the stylesheet hides the site
  // header, contents and footer at once.
  if (/[?&]embed=1(&|$)/.test(query)) {
    root.classList.add("embed");
  }

  // b. "js": the wasm is expected to run (same test as app.js: no bots, no
  // ?wasm=false). The stylesheet shows wasm-only controls only under html.js.
  var bot = /bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent);
  var wasmOff = new URLSearchParams(query).get("wasm") === "false";
  var wasm = !bot && !wasmOff;
  if (wasm) {
    root.classList.add("js");
  }

  // c. Storage guard. In a third-party frame with storage blocked, reading
  // window.localStorage throws SecurityError, and go-app's state store reads
  // it every few seconds: the wasm would panic. Give it an in-memory Storage.
  var storageBlocked = false;
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      var s = window[name];
      if (s && typeof s.getItem === "function") {
        s.getItem("idm-probe");
        return; // usable
      }
    } catch (e) {
      // blocked: fall through
    }
    storageBlocked = true;
    try {
      Object.defineProperty(window, name, {
        configurable: true, enumerable: true, value: memoryStorage(),
      });
    } catch (e) {
      // Not redefinable: nothing more to do without throwing.
    }
  });

  // memoryStorage returns an object that behaves like Storage for go-app:
  // items are its own enumerable properties (so Object.keys lists them), the
  // methods live on its prototype.
  function memoryStorage() {
    var has = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };
    var proto = {
      getItem: function (k) { k = String(k); return has(this, k) ? this[k] : null; },
      setItem: function (k, v) { this[String(k)] = String(v); },
      removeItem: function (k) { delete this[String(k)]; },
      clear: function () { Object.keys(this).forEach(function (k) { delete this[k]; }, this); },
      key: function (i) { var ks = Object.keys(this); return i >= 0 && i < ks.length ? ks[i] : null; },
    };
    Object.defineProperty(proto, "length", { get: function () { return Object.keys(this).length; } });
    return Object.create(proto);
  }

  // c2. Colour scheme. The reader's choice (web/reading.js keeps it where
  // storage is allowed) applies before the first paint, so no flash; without
  // one, the stylesheet follows prefers-color-scheme. html.can-scheme shows
  // the toggle, which needs a script.
  root.classList.add("can-scheme");
  try {
    var scheme = window.localStorage.getItem("idm-scheme");
    if (scheme === "light" || scheme === "dark") root.setAttribute("data-scheme", scheme);
  } catch (e) {
    // No storage: the system's scheme.
  }

  // d. Language. ?lang=en|fr|es sends the reader to that language's page,
  // keeping the query and fragment; without it, the English root page
  // follows the browser's languages, unless the reader chose a language
  // (?lang or the switcher, remembered) or the page is framed or read by a
  // bot. Only a page of another language is a target, so it never loops.
  // The switcher's links take the current query and fragment when clicked.
  var pages = { en: "", fr: "fr/", es: "es/" }; // app/words: Dir
  var here = root.getAttribute("lang") || "en";
  var me = document.currentScript;
  var site = me && me.src ? new URL("../", me.src) : null; // …/web/boot.js → …/
  var asked = (new URLSearchParams(query).get("lang") || "").toLowerCase();
  var has = function (l) { return Object.prototype.hasOwnProperty.call(pages, l); };
  var remember = function (l) {
    try { window.localStorage.setItem("idm-lang", l); } catch (e) { /* not kept */ }
  };
  var chosen = null;
  try { chosen = window.localStorage.getItem("idm-lang"); } catch (e) { /* none */ }
  var want = "";
  if (has(asked)) {
    want = asked;
    remember(asked);
  } else if (!chosen && here === "en" && window.parent === window && !bot) {
    want = preferred();
  }
  if (site && want && want !== here) {
    location.replace(new URL(pages[want], site).href + location.search + location.hash);
  }

  // preferred is the first of the browser's languages the report speaks.
  function preferred() {
    var list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    for (var i = 0; i < list.length; i++) {
      var l = String(list[i]).split("-")[0].toLowerCase();
      if (has(l)) return l;
    }
    return "";
  }

  document.addEventListener("click", function (e) {
    var a = e.target && e.target.closest ? e.target.closest(".lang-switch a[hreflang]") : null;
    if (!a) return;
    remember(a.getAttribute("hreflang"));
    var u = new URL(a.getAttribute("href"), location.href);
    var q = new URLSearchParams(location.search);
    q.delete("lang");
    var s = q.toString();
    a.href = u.origin + u.pathname + (s ? "?" + s : "") + location.hash;
  }, true);

  // e. Early taps. Until the wasm calls idmBoot.take(), clicks on theme,
  // speaker and place controls are recorded in order and shown as pending;
  // the wasm applies them when it starts.
  var queue = [];
  var pending = []; // elements given "is-pending"
  var flipped = []; // theme chips whose aria-pressed was flipped, one per tap
  var acts = { theme: true, speaker: true, place: true };

  function markPending(el) {
    el.classList.add("is-pending");
    if (pending.indexOf(el) < 0) pending.push(el);
  }

  function onClick(e) {
    var el = e.target && e.target.closest ? e.target.closest("[data-act]") : null;
    if (!el || !acts[el.getAttribute("data-act")]) return;
    // The wasm will apply the tap: no form submission meanwhile. A link (a
    // state named in the text) still goes to its place.
    if (!el.hasAttribute("href")) e.preventDefault();
    var act = el.getAttribute("data-act");
    queue.push({ act: act, value: el.getAttribute("data-value") || "" });
    markPending(el);
    if (act === "theme") {
      // Let the reader see the chip respond at once.
      flip(el);
      flipped.push(el);
    }
  }

  function flip(el) {
    el.setAttribute("aria-pressed", el.getAttribute("aria-pressed") === "true" ? "false" : "true");
  }

  // Typing in the search box needs no queue (the wasm reads its value when it
  // starts); it is only shown as pending while it holds text.
  function onInput(e) {
    var el = e.target;
    if (!el || el.id !== "search" || el.tagName !== "INPUT") return;
    if (el.value) {
      markPending(el);
    } else {
      el.classList.remove("is-pending");
    }
  }

  // Without a wasm to take them, taps keep their default action.
  if (wasm) {
    document.addEventListener("click", onClick, true);
    document.addEventListener("input", onInput, true);
  }

  // take hands the recorded taps to the wasm (once, at start: later calls
  // return []), stops recording and clears the pending marks.
  var taken = false;
  function take() {
    if (taken) return [];
    taken = true;
    document.removeEventListener("click", onClick, true);
    document.removeEventListener("input", onInput, true);
    pending.forEach(function (el) { el.classList.remove("is-pending"); });
    pending = [];
    flipped = []; // the wasm owns the chips' state from now on
    return queue;
  }

  // cancel stops recording and undoes the visible effect of the recorded
  // taps. app.js calls it when the wasm fails to load, so no chip stays
  // falsely pressed; after take() it does nothing.
  function cancel() {
    var undo = flipped;
    take();
    undo.forEach(flip);
  }

  // f. Folds (the contents, the filters): folded on a phone, open where
  // the screen is as wide as their data-open-from. The stylesheet already
  // shows their content there (::details-content), so opening them moves
  // nothing; it tells assistive technology and older browsers the truth.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("details[data-open-from]").forEach(function (d) {
      if (window.matchMedia("(min-width: " + d.getAttribute("data-open-from") + ")").matches) d.open = true;
    });
  });

  // window.idmBoot: queue (the taps so far), take(), cancel(), and
  // storageBlocked (app.js then keeps the service worker out of a frame).
  window.idmBoot = { queue: queue, take: take, cancel: cancel, storageBlocked: storageBlocked };
})();
