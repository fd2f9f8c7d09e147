// boot.js runs before the prerendered page is painted (a tiny blocking script,
// no inline code under the CSP). In the compact embed layout (?embed=1) it
// marks <html> so the stylesheet hides the site header, contents and footer
// at once; otherwise they would show until the wasm renders the embed layout.
if (/[?&]embed=1(&|$)/.test(location.search)) {
  document.documentElement.classList.add("embed");
}
if (!/bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent) &&
    new URLSearchParams(location.search).get("wasm") !== "false") {
  document.documentElement.classList.add("js");
}
