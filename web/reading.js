// reading.js: the reading aids, plain and deferred, so they work before the
// wasm starts and without it. (a) The contents mark the section being read
// (aria-current="location"), found with an IntersectionObserver: no scroll
// handler measures the layout. (b) Back to top appears after about one
// screen of scrolling and takes the focus back to the masthead. (c) The
// colour scheme toggle sets html[data-scheme] and keeps the choice where
// storage is allowed (web/boot.js applies it before the first paint).
// (d) A long list of links and buttons (data-rove: the key figures, the places table, the
// speakers, the good practices, the GCM overview, the timeline) is one tab
// stop: the arrow keys, Home and End move within it (roving focus).
(function () {
  "use strict";
  var doc = document;
  var root = doc.documentElement;

  // a. Scrollspy. A section is "being read" while it crosses a band near the
  // top of the viewport; of those, the first in the document wins. Between
  // sections the last one stays marked.
  var links = {};
  var sections = [];
  Array.prototype.forEach.call(doc.querySelectorAll("#toc a[href^='#']"), function (a) {
    var el = doc.getElementById(a.getAttribute("href").slice(1));
    if (el) {
      links[el.id] = a;
      sections.push(el);
    }
  });
  var inBand = {};
  var current = null;
  function mark(id) {
    if (id === current) return;
    if (current && links[current]) links[current].removeAttribute("aria-current");
    current = id;
    if (id && links[id]) links[id].setAttribute("aria-current", "location");
  }
  if (sections.length && "IntersectionObserver" in window) {
    var spy = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { inBand[e.target.id] = e.isIntersecting; });
      for (var i = 0; i < sections.length; i++) {
        if (inBand[sections[i].id]) return mark(sections[i].id);
      }
    }, { rootMargin: "-15% 0px -75% 0px" });
    sections.forEach(function (s) { spy.observe(s); });
  }

  // b. Back to top: shown once the reader is about a screen down. Reading
  // scrollY needs no layout; one check per frame at most.
  var top = doc.getElementById("to-top");
  var head = doc.getElementById("masthead");
  if (top) {
    var queued = false;
    var check = function () {
      queued = false;
      var far = window.scrollY > window.innerHeight;
      if (top.classList.contains("is-shown") !== far) top.classList.toggle("is-shown", far);
    };
    window.addEventListener("scroll", function () {
      if (!queued) {
        queued = true;
        requestAnimationFrame(check);
      }
    }, { passive: true });
    check();
    top.addEventListener("click", function (e) {
      if (!head) return;
      e.preventDefault();
      window.scrollTo(0, 0);
      if (!head.hasAttribute("tabindex")) head.setAttribute("tabindex", "-1");
      head.focus({ preventScroll: true });
    });
  }

  // c. Colour scheme: "" follows the system, "light" or "dark" is kept.
  var select = doc.getElementById("scheme");
  if (select) {
    select.value = root.getAttribute("data-scheme") || "";
    select.addEventListener("change", function () {
      var v = select.value === "light" || select.value === "dark" ? select.value : "";
      if (v) root.setAttribute("data-scheme", v);
      else root.removeAttribute("data-scheme");
      try {
        if (v) window.localStorage.setItem("idm-scheme", v);
        else window.localStorage.removeItem("idm-scheme");
      } catch (err) {
        // Storage blocked: the choice lasts for this page only.
      }
    });
  }

  // d. Roving focus. Each group keeps one item with tabindex 0 (its stop);
  // the others have -1, so Tab passes the group in one step. The stop is
  // first a link outside .needs-js (always there, even if the wasm fails)
  // and follows the focus; window.idmRove (called by web/patch.js after a
  // filter hid rows or cards) moves a stop that went out of sight.
  var groups = Array.prototype.slice.call(doc.querySelectorAll("[data-rove]"));
  var itemsOf = function (g) {
    return Array.prototype.slice.call(g.querySelectorAll("a[href], button"));
  };
  var seen = function (el) {
    return el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0;
  };
  var setStop = function (g, el) {
    var old = g.querySelector('[tabindex="0"]');
    if (old && old !== el) old.setAttribute("tabindex", "-1");
    el.setAttribute("tabindex", "0");
  };
  groups.forEach(function (g) {
    var items = itemsOf(g);
    items.forEach(function (el) { el.setAttribute("tabindex", "-1"); });
    var first = items.filter(function (el) { return !el.closest(".needs-js"); })[0] || items[0];
    if (first) first.setAttribute("tabindex", "0");
    g.addEventListener("focusin", function (e) {
      if (e.target.getAttribute("tabindex") === "-1" && items.indexOf(e.target) >= 0) setStop(g, e.target);
    });
    g.addEventListener("keydown", function (e) {
      var keys = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: 0, End: 0 };
      if (!(e.key in keys) || e.altKey || e.ctrlKey || e.metaKey || items.indexOf(e.target) < 0) return;
      var shown = items.filter(seen);
      var at = shown.indexOf(e.target);
      var next = e.key === "Home" ? 0 : e.key === "End" ? shown.length - 1 : (at + keys[e.key] + shown.length) % shown.length;
      if (!shown[next]) return;
      e.preventDefault();
      setStop(g, shown[next]);
      shown[next].focus();
    });
  });
  var queued = false;
  window.idmRove = function () {
    if (queued) return;
    queued = true;
    requestAnimationFrame(function () {
      queued = false;
      groups.forEach(function (g) {
        var stop = g.querySelector('[tabindex="0"]');
        if (stop && seen(stop)) return;
        var next = itemsOf(g).filter(function (el) { return !el.closest(".needs-js") && seen(el); })[0];
        if (next) setStop(g, next);
      });
    });
  };
})();
