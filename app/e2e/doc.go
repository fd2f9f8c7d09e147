// Package e2e holds the end-to-end tests of the built site. They serve the
// deployable files with idmreport/app/server (with the production
// Content-Security-Policy) on a random loopback port and drive them in a real
// headless Chromium through chromedp.
//
// The package has no non-test code; everything lives in _test.go files.
// harness_test.go has the shared helpers (startSite, newBrowser, waitReady,
// assertNoErrors, assertSameHost ...) and a smoke test. The package runs one
// Chromium (shared_test.go, stopped by TestMain) without its back/forward
// cache; each test borrows a tab of it, in a browser context of its own,
// kept between tests because opening one costs as much CPU as a load.
// Tests stay apart because each serves the site at its own origin. Only
// tests that need a process of their own start one (newOwnBrowser,
// newBrowserIn) and say why.
//
// CPU, not waiting, sets the package's time on a 2-core machine: a load of
// the report costs about 2–3 core-seconds, a throttled one about 18.
//
// Running:
//
//	./build.sh                 # builds index.html, app.js, web/app.wasm ...
//	go test ./app/e2e/         # fails with "site not built" if it was not
//
// Environment:
//
//	IDM_SITE=dir               serve dir (relative to the repo root; default: the repo root)
//	IDM_E2E=0                  skip every e2e test
//	CHROME_PATH=/path/chrome   browser binary (default: /usr/bin/chromium)
package e2e
