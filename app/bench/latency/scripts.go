package main

// This file holds the JavaScript the measurements run in the page.

// readyJS records when data-ready becomes "true" (window.__idmReadyAt, ms
// from navigation start).
const readyJS = `(() => {
  const O = window.__idmObs = {lcp: [], cls: 0, shifts: []};
  const describe = el => {
    if (!el) return "(removed)";
    let d = el.tagName.toLowerCase();
    if (el.id) d += "#" + el.id;
    if (typeof el.className === "string" && el.className) d += "." + el.className.trim().split(/\s+/).join(".");
    return d + (el.isConnected ? "" : " (removed)");
  };
  try {
    new PerformanceObserver(l => { for (const e of l.getEntries()) O.lcp.push({time: e.startTime, size: e.size, element: describe(e.element)}); })
      .observe({type: "largest-contentful-paint", buffered: true});
    new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) {
      O.cls += e.value;
      O.shifts.push({time: e.startTime, value: e.value, sources: (e.sources || []).map(s => describe(s.node)).join(", ")});
    } }).observe({type: "layout-shift", buffered: true});
  } catch (e) {}
  const check = () => {
    const el = document.documentElement;
    if (!window.__idmReadyAt && el && el.dataset.ready === "true") window.__idmReadyAt = performance.now();
  };
  new MutationObserver(check).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-ready"]});
})()`

// scrollMapJS scrolls the map to the middle of the viewport and reports
// whether it is on screen.
const scrollMapJS = `(() => {
  const m = document.querySelector("#speakers figure");
  if (!m) return false;
  m.scrollIntoView({block: "center", behavior: "instant"});
  const r = m.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.width > 0 && r.height > 0;
})()`

// helpersJS: nextFrame resolves after the next frame (rAF, then a task so
// that the frame has been produced); until(pred, ms) resolves true when pred
// holds after a DOM mutation, false after ms.
const helpersJS = `
  const nextFrame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  const until = (pred, ms) => new Promise(resolve => {
    if (pred()) return resolve(true);
    let done = false;
    const finish = v => { if (!done) { done = true; mo.disconnect(); clearTimeout(timer); resolve(v); } };
    const mo = new MutationObserver(() => { if (pred()) finish(true); });
    mo.observe(document.documentElement, {subtree: true, childList: true, attributes: true, characterData: true});
    const timer = setTimeout(() => finish(pred()), ms);
  });
  const mapInView = () => {
    const m = document.querySelector("#speakers figure");
    if (!m) return false;
    const r = m.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.width > 0 && r.height > 0;
  };
`

// toggleJS clicks the theme button sel and measures until its aria-pressed
// flips, plus the next frame.
const toggleJS = `async (sel) => {` + helpersJS + `
  const btn = document.querySelector(sel);
  if (!btn) return {ms: 0, ok: false, mapInView: mapInView(), status: "no " + sel};
  const before = btn.getAttribute("aria-pressed");
  const flipped = () => { const b = document.querySelector(sel); return !!b && b.getAttribute("aria-pressed") !== before; };
  const t0 = performance.now();
  const changed = until(flipped, 3000);
  btn.click();
  const ok = await changed;
  await nextFrame();
  return {ms: performance.now() - t0, ok, mapInView: mapInView(), status: ""};
}`

// searchJS focuses #search, sets its value to q, dispatches "input" and
// measures until the text of the filters' [role=status] changes, plus the
// next frame.
const searchJS = `async (q) => {` + helpersJS + `
  const input = document.querySelector("#search");
  // The filters' live region: the page has other role=status elements
  // (the map's zoom level, the share dialog).
  const status = () => { const s = document.querySelector(".filters [role=status]") || document.querySelector("[role=status]"); return s ? s.textContent : ""; };
  if (!input) return {ms: 0, ok: false, mapInView: mapInView(), status: "no #search"};
  input.focus();
  const before = status();
  const t0 = performance.now();
  const changed = until(() => status() !== before, 3000);
  input.value = q;
  input.dispatchEvent(new Event("input", {bubbles: true}));
  const ok = await changed;
  await nextFrame();
  return {ms: performance.now() - t0, ok, mapInView: mapInView(), status: status()};
}`

// firstClickJS runs at document start: at performance.now() == 2000 it
// clicks sel; if that click is lost because the wasm was not ready, it
// clicks again once data-ready is "true". The result is window.__idmFirst.
const firstClickJS = `(sel) => {
  const R = window.__idmFirst = {done: false, long_tasks: []};
  try {
    new PerformanceObserver(l => { for (const e of l.getEntries()) R.long_tasks.push({start: e.startTime, duration: e.duration}); })
      .observe({type: "longtask", buffered: true});
  } catch (e) {}
  const nextFrame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  const pressed = () => { const b = document.querySelector(sel); return !!b && b.getAttribute("aria-pressed") === "true"; };
  const ready = () => document.documentElement.dataset.ready === "true";
  const waitFor = (pred, ms) => new Promise(resolve => {
    const t = setInterval(() => { if (pred()) { clearInterval(t); resolve(true); } }, 1);
    setTimeout(() => { clearInterval(t); resolve(pred()); }, ms);
  });
  const onMutation = (pred, ms) => new Promise(resolve => {
    if (pred()) return resolve(true);
    const mo = new MutationObserver(() => { if (pred()) { mo.disconnect(); resolve(true); } });
    mo.observe(document.documentElement, {subtree: true, childList: true, attributes: true});
    setTimeout(() => { mo.disconnect(); resolve(pred()); }, ms);
  });
  setTimeout(async () => {
    try {
      R.click_at = performance.now();
      R.ready_at_click = ready();
      const btn = document.querySelector(sel);
      if (!btn) { R.error = "no " + sel + " at 2 s"; return; }
      const changed = onMutation(pressed, 60000);
      btn.click();
      // Either the click works, or the app becomes ready without it.
      await Promise.race([changed, waitFor(ready, 60000).then(() => new Promise(r => setTimeout(r, 300)))]);
      if (!pressed()) {
        if (!ready()) { R.error = "app not ready within 60 s"; return; }
        R.lost = true;
        await nextFrame();
        R.reclick_at = performance.now();
        const again = onMutation(pressed, 10000);
        const b = document.querySelector(sel);
        if (b) b.click();
        if (!(await again)) { R.error = "re-click after ready had no effect"; return; }
      }
      await nextFrame();
      R.pressed_at = performance.now();
      R.total_ms = R.pressed_at - R.click_at;
      R.from_2s_ms = R.pressed_at - 2000;
      if (R.lost) R.after_ready_ms = R.pressed_at - R.reclick_at;
    } catch (e) {
      R.error = String(e);
    } finally {
      R.ready_at = window.__idmReadyAt || 0;
      R.done = true;
    }
  }, Math.max(0, 2000 - performance.now()));
}`
