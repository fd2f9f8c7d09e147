package main

import "strings"

// This file holds the JavaScript that the measurements run in the page.

// loadScript runs at the start of the document
// (Page.addScriptToEvaluateOnNewDocument) and records, in ms from
// navigation start: first paint, the first paragraph rendered
// (checkVisibility()) and visible (also in the viewport or above it),
// polled on every frame, ready, layout shifts and long tasks. With scroll it
// scrolls by 300 px every 200 ms from first paint until ready.
func loadScript(site string, scroll bool) string {
	return strings.NewReplacer("FIRST", firstText[site], "READY", readyExpr[site], "SCROLL", map[bool]string{true: "true", false: "false"}[scroll]).Replace(`(() => {
  const L = window.__load = {first_paint_ms: 0, first_text_ms: 0, first_rendered_ms: 0, ready_ms: 0, cls: 0, tasks: [], scrolls: 0};
  const observe = (type, f) => new PerformanceObserver(list => list.getEntries().forEach(f)).observe({type, buffered: true});
  observe("layout-shift", e => { if (!e.hadRecentInput) L.cls += e.value; });
  observe("longtask", e => L.tasks.push([e.startTime, e.duration]));
  observe("paint", e => {
    if (L.first_paint_ms) return;
    L.first_paint_ms = e.startTime;
    const timer = SCROLL && setInterval(() => L.ready_ms ? clearInterval(timer) : (scrollBy(0, 300), L.scrolls++), 200);
  });
  const frame = () => {
    const el = document.body && FIRST, now = performance.now(), r = el && el.checkVisibility() && el.getBoundingClientRect();
    if (!L.first_rendered_ms && r) L.first_rendered_ms = now;
    if (!L.first_text_ms && r && r.height > 0 && r.top < innerHeight) L.first_text_ms = now;
    if (!L.ready_ms && document.body && READY) L.ready_ms = now;
    if (!L.ready_ms || now < L.ready_ms + 2000 && !L.first_text_ms) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  L.result = () => ({...L, first_top: FIRST ? FIRST.getBoundingClientRect().top + scrollY : -1,
    all_long_tasks: L.tasks.length, long_tasks: L.tasks.filter(t => t[0] > L.ready_ms).map(t => t[1])});
})()`)
}

// latencyJS installs window.__lat, the page side of the latency
// subcommand, and returns whether Event Timing is supported. A repetition
// is: settle(sel) (sel on screen, two frames, then idle), armToggle(id) or armSearch()
// (note the state, wait for the change), the input, then result(): the time
// from the input event's timeStamp to the frame after the DOM change (rAF,
// then a task), and the longest Event Timing duration of the interaction.
const latencyJS = `(() => {
  const W = window.__lat = {armed: false, t0: 0, events: []};
  ["pointerdown", "keydown"].forEach(type => addEventListener(type, e => W.armed && Object.assign(W, {armed: false, t0: e.timeStamp}), true));
  new PerformanceObserver(list => W.events.push(...list.getEntries())).observe({type: "event", durationThreshold: 16});
  const nextFrame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  const status = () => {
    const all = [...document.querySelectorAll("[role=status]")];
    return (all.find(s => /\d+ of \d+/.test(s.textContent)) || all[0] || {}).textContent;
  };
  const mapOnScreen = (r = document.querySelector("#speakers figure").getBoundingClientRect()) => r.height > 0 && r.bottom > 0 && r.top < innerHeight;
  const until = (pred, ms) => new Promise(resolve => {
    const mo = new MutationObserver(() => { if (pred()) finish(true); });
    const timer = setTimeout(() => finish(pred()), ms);
    const finish = v => { mo.disconnect(); clearTimeout(timer); resolve(v); };
    mo.observe(document.documentElement, {subtree: true, childList: true, attributes: true, characterData: true});
  });
  const arm = pred => {
    Object.assign(W, {armed: true, t0: 0, events: []});
    W.done = until(pred, 3000).then(async ok => { await nextFrame(); return {ok, t1: performance.now()}; });
    return true;
  };
  W.settle = async sel => {
    document.querySelector(sel).scrollIntoView({block: "center", behavior: "instant"});
    await nextFrame(); await nextFrame(); await new Promise(r => requestIdleCallback(r, {timeout: 500}));
  };
  W.armToggle = id => {
    const b = document.getElementById(id), pressed = b.getAttribute("aria-pressed"), s = status();
    b.focus({preventScroll: true});
    return arm(() => document.getElementById(id).getAttribute("aria-pressed") !== pressed && status() !== s);
  };
  W.armSearch = () => {
    const s = status();
    document.getElementById("search").focus({preventScroll: true});
    return arm(() => status() !== s);
  };
  const setSearch = v => {
    const input = document.getElementById("search");
    input.value = v;
    input.setSelectionRange(v.length, v.length);
    input.dispatchEvent(new Event("input", {bubbles: true}));
    return true;
  };
  W.typeInPage = () => {
    const v = document.getElementById("search").value;
    Object.assign(W, {armed: false, t0: performance.now()});
    return setSearch(v.endsWith("s") ? v.slice(0, -1) : v + "s");
  };
  W.startSearch = async q => {
    const s = status();
    if (document.getElementById("search").value === q) return true;
    setSearch(q);
    if (!(await until(() => status() !== s, 3000))) throw new Error("the status did not change for " + JSON.stringify(q));
    return true;
  };
  W.result = async () => {
    const d = await W.done; // then wait for the Event Timing entries
    await new Promise(r => setTimeout(r, 100)).then(nextFrame);
    const mine = W.events.filter(e => e.startTime >= W.t0 - 1).map(e => e.duration);
    return {ok: d.ok && W.t0 > 0, raf: d.t1 - W.t0, event: Math.max(0, ...mine), onScreen: mapOnScreen()};
  };
  return PerformanceObserver.supportedEntryTypes.includes("event");
})()`
