// patch.js applies to the static document the changes the wasm computes for
// a new view, in one call: window.idmPatch(records). A call from Go to
// JavaScript costs microseconds, and a filter change touches hundreds of
// attributes, so the wasm (app/ui/patch.go) sends them as one string.
//
// Records are separated by U+001E, fields by U+001F; the first field is the
// operation, the second an element id (or a place id for the map's marks):
//   H id 1|0            hidden on or off
//   T id text           textContent
//   C id class 1|0      class on or off
//   A id name value     attribute
//   M place class 1|0   class on or off on every mark of a place in the map
//   N place name value  attribute on a place's control in the map (not its decorative outline)
//   Q                   start the search highlight anew (CSS Custom Highlight API)
//   R id start end      highlight a range of the element's text (UTF-16 offsets
//                       over all its text nodes: links split a paragraph's text)
//   U method url        history.pushState or replaceState, after the next paint
(() => {
  "use strict";
  // The map's marks by place, found once; found again after a zoom has
  // redrawn the symbols (their old elements are then disconnected).
  let byPlace = null;
  const marks = (place) => {
    const cached = byPlace && byPlace.get(place);
    if (!cached || !cached.every((m) => m.isConnected)) {
      byPlace = new Map();
      for (const m of document.querySelectorAll("#map-svg [data-place]")) {
        const id = m.getAttribute("data-place");
        byPlace.set(id, (byPlace.get(id) || []).concat(m));
      }
    }
    return byPlace.get(place) || [];
  };
  // point finds the text node and offset at UTF-16 offset `at` of el's
  // text, which links around names split into several text nodes. An end
  // stays in the node it closes; a start moves on to the next node.
  const point = (el, at, end) => {
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const len = n.data.length;
      if (at < len || (end && at === len)) return [n, at];
      at -= len;
      last = n;
    }
    return last && at === 0 ? [last, last.data.length] : null;
  };
  window.idmPatch = (records) => {
    let ranges = null;
    for (const record of records.split("\x1e")) {
      const f = record.split("\x1f");
      const el = "MNQU".includes(f[0]) ? null : document.getElementById(f[1]);
      switch (f[0]) {
        case "H": if (el) el.hidden = f[2] === "1"; break;
        case "T": if (el) el.textContent = f[2]; break;
        case "C": if (el) el.classList.toggle(f[2], f[3] === "1"); break;
        case "A": if (el) el.setAttribute(f[2], f[3]); break;
        case "M": for (const m of marks(f[1])) m.classList.toggle(f[2], f[3] === "1"); break;
        case "N": for (const m of marks(f[1])) if (m.hasAttribute("role")) m.setAttribute(f[2], f[3]); break;
        case "Q": ranges = []; break;
        case "U": {
          const [method, url] = [f[1], f[2]];
          if (method === "pushState" || method === "replaceState") {
            requestAnimationFrame(() => setTimeout(() => history[method](null, "", url), 0));
          }
          break;
        }
        case "R": {
          const start = el && point(el, +f[2], false);
          const end = el && point(el, +f[3], true);
          if (ranges && start && end) {
            const r = document.createRange();
            r.setStart(start[0], start[1]);
            r.setEnd(end[0], end[1]);
            ranges.push(r);
          }
          break;
        }
      }
    }
    if (ranges && window.CSS && CSS.highlights && window.Highlight) {
      if (ranges.length) CSS.highlights.set("search", new Highlight(...ranges));
      else CSS.highlights.delete("search");
    }
    if (window.idmRove) window.idmRove(); // web/reading.js: a roving group's stop may have been hidden
  };
})();
