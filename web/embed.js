/*
 * embed.js: put the IDM 2017 report in another page, sized to fit.
 *
 *   <div data-idm-report data-theme="children"></div>
 *   <script src="https://example.org/idm2017/web/embed.js"></script>
 *
 * Every element with a data-idm-report attribute gets an iframe that shows the
 * report's compact layout (?embed=1) in the view its data attributes describe:
 *   data-theme    comma-separated theme ids       data-q        search text
 *   data-country  a country or organisation id    data-speaker  a speaker id
 *   data-lang     the interface's language: en (default), fr or es
 *   data-title    the iframe's title (default "IDM 2017 report", in data-lang)
 * The report posts {source: "idm-report", type: "resize", height: N} to its
 * parent window whenever its height changes, and this script sets the
 * iframe's height to N pixels. It also fires "idm-report-ready" and
 * "idm-report-resize" events (detail: the message) on the element.
 *
 * Plain ES2017, no dependencies, nothing global.
 */
(() => {
  "use strict";

  const script = document.currentScript;
  if (!script || !script.src) {
    return; // not loaded by a classic <script src> (e.g. as a module): nothing to go by
  }
  // The report is the folder above this file: …/idm2017/web/embed.js → …/idm2017/.
  const site = new URL("../", script.src);
  const params = ["theme", "q", "country", "speaker"]; // data-* name = URL parameter name
  // Each interface language's page and default frame title (app/words: Dir, EmbedTitle).
  const langs = {
    en: { dir: "", title: "IDM 2017 report" },
    fr: { dir: "fr/", title: "Rapport du DIM 2017" },
    es: { dir: "es/", title: "Informe del DIM 2017" },
  };
  const langOf = (el) => langs[(el.getAttribute("data-lang") || "").trim().toLowerCase()] || langs.en;
  const frames = []; // iframes made by this copy of the script

  // reportURL is the report's address for the view an element describes.
  const reportURL = (el) => {
    const u = new URL(langOf(el).dir, site.href);
    u.searchParams.set("embed", "1");
    for (const p of params) {
      const v = (el.getAttribute("data-" + p) || "").trim();
      if (v) {
        u.searchParams.set(p, v);
      }
    }
    return u.href;
  };

  // embed puts the iframe into el (once, even if the script is included twice).
  const embed = (el) => {
    if (el.hasAttribute("data-idm-report-embedded")) {
      return;
    }
    el.setAttribute("data-idm-report-embedded", "");
    const frame = document.createElement("iframe");
    frame.src = reportURL(el);
    frame.title = el.getAttribute("data-title") || langOf(el).title; // required: names the frame for screen readers
    frame.width = "100%";
    frame.height = "800"; // until the report says how tall it is
    frame.loading = "lazy";
    frame.allow = "clipboard-write"; // lets the report's "Copy link" button work
    frame.style.border = "0";
    frame.style.display = "block";
    frame.style.width = "100%";
    el.appendChild(frame);
    frames.push(frame);
  };

  // Only messages from the report's origin, sent by one of our iframes'
  // windows and marked as the report's, are taken: any page or frame can post
  // a message to this window.
  window.addEventListener("message", (event) => {
    if (event.origin !== site.origin) {
      return;
    }
    const data = event.data;
    if (!data || typeof data !== "object" || data.source !== "idm-report") {
      return;
    }
    const frame = frames.find((f) => f.contentWindow === event.source);
    if (!frame) {
      return;
    }
    if (data.type === "resize") {
      const h = Number(data.height);
      if (!Number.isFinite(h) || h <= 0) {
        return;
      }
      frame.style.height = Math.ceil(h) + "px";
    } else if (data.type !== "ready") {
      return;
    }
    const el = frame.parentNode;
    if (el) {
      el.dispatchEvent(new CustomEvent("idm-report-" + data.type, { detail: data, bubbles: true }));
    }
  });

  const start = () => document.querySelectorAll("[data-idm-report]").forEach(embed);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start); // elements after the script too
  } else {
    start();
  }
})();
