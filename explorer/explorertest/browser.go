// Package explorertest starts headless Chromium for the explorer's
// end-to-end test and benchmark, so both drive the same browser setup.
package explorertest

import (
	"context"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

// Chromium finds a Chromium or Chrome binary: $DITO_CHROMIUM, or a
// distribution's; "" if none.
func Chromium() string {
	for _, p := range []string{os.Getenv("DITO_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// Allocator starts headless Chromium from bin in a 1400×900 window with
// software WebGL (SwiftShader: the graph is drawn with WebGL and test
// machines have no GPU); open tabs with chromedp.NewContext. The browser
// is stopped at the end of the test.
func Allocator(tb testing.TB, bin string) context.Context {
	tb.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.WindowSize(1400, 900),
		chromedp.Flag("enable-unsafe-swiftshader", true), chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("ignore-gpu-blocklist", true))
	ctx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	tb.Cleanup(cancel)
	return ctx
}
