// Package chrome holds the headless Chromium launch options shared by the
// end-to-end tests (app/e2e) and the benchmarks (app/bench): a fresh profile,
// no sandbox (CI runs as root), and none of the background traffic that
// would try to reach the network at start.
package chrome

import (
	"io"

	"github.com/chromedp/chromedp"
)

// Options returns the allocator options for Chromium at execPath with the
// profile in dataDir, a window of width×height, and its output sent to out.
func Options(execPath, dataDir string, width, height int, out io.Writer) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(execPath),
		chromedp.Flag("headless", "new"),
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("mute-audio", true),
		chromedp.UserDataDir(dataDir),
		chromedp.WindowSize(width, height),
		chromedp.CombinedOutput(out),
	)
}
