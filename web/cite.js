// cite.js completes the footer's cite-as text (#cite-text) in the browser:
// it writes the access date, " (accessed <time>3 May 2027</time>)", into the
// empty #cite-accessed-note and, when the build did not know the public
// address (gen -base), the page's own address in place of "./" (#cite-url).
// A deferred classic script, no globals, nothing else; without it the text
// reads complete, with "./" and no date.
(function () {
  "use strict";
  var url = document.getElementById("cite-url");
  if (url && url.textContent === "./" && /^https?:$/.test(location.protocol)) {
    url.textContent = new URL("./", location.href).href; // the report's folder: no query, no fragment
  }
  var note = document.getElementById("cite-accessed-note");
  if (!note || note.firstChild) {
    return;
  }
  var now = new Date();
  var pad = function (n) { return (n < 10 ? "0" : "") + n; };
  var time = document.createElement("time");
  time.id = "cite-accessed";
  time.dateTime = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  var lang = (note.closest("[lang]") || document.documentElement).lang || "en";
  try {
    time.textContent = now.toLocaleDateString(lang === "en" ? "en-GB" : lang, { day: "numeric", month: "long", year: "numeric" });
  } catch (e) {
    time.textContent = time.dateTime;
  }
  note.append(" (accessed ", time, ")");
})();
