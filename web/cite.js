// cite.js completes the footer's cite-as text (#cite-text) in the browser:
// the access date (today, in #cite-accessed, then #cite-accessed-note is
// shown) and, when the build did not know the public address (gen -base),
// the page's own address in place of "./" (#cite-url). A deferred classic
// script, no globals, nothing else; without it the text reads complete, with
// "./" and no date.
(function () {
  "use strict";
  var url = document.getElementById("cite-url");
  if (url && url.textContent === "./" && /^https?:$/.test(location.protocol)) {
    url.textContent = new URL("./", location.href).href; // the report's folder: no query, no fragment
  }
  var time = document.getElementById("cite-accessed");
  var note = document.getElementById("cite-accessed-note");
  if (!time || !note) {
    return;
  }
  var now = new Date();
  var pad = function (n) { return (n < 10 ? "0" : "") + n; };
  time.dateTime = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  var lang = (time.closest("[lang]") || document.documentElement).lang || "en";
  try {
    time.textContent = now.toLocaleDateString(lang === "en" ? "en-GB" : lang, { day: "numeric", month: "long", year: "numeric" });
  } catch (e) {
    time.textContent = time.dateTime;
  }
  note.hidden = false;
})();
