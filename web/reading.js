// reading.js: the reading aids, plain and deferred, so they work before the
// wasm starts and without it. (a) The contents mark the section being read
// (aria-current="location"), found with an IntersectionObserver: no scroll
// handler measures the layout. (b) Back to top appears after about one
// screen of scrolling and takes the focus back to the masthead. (c) The
// colour scheme toggle sets html[data-scheme] and keeps the choice where
// storage is allowed (web/boot.js applies it before the first paint).
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
})();
