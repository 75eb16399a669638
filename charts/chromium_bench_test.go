//go:build chromium

package charts

// Reference: the same charts rendered by ECharts in headless Chromium
// through chromedp, to compare with the browserless renderer. Built only
// with -tags chromium so normal builds never pull chromedp in; skips when
// no Chromium is installed (Debian: apt-get install chromium).
//
//	go test -tags chromium -run XXX -bench Chromium -benchtime 5x ./charts/

import (
	"bytes"
	"context"
	stdpng "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func chromiumPath(b *testing.B) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	b.Skip("no Chromium installed")
	return ""
}

// chromiumSession starts headless Chromium with one tab showing a chart's
// self-contained HTML page.
func chromiumSession(b *testing.B, exe string) (context.Context, func()) {
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe),
		chromedp.Flag("headless", true), chromedp.NoSandbox, chromedp.DisableGPU)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	return ctx, func() { cancelC(); cancelA() }
}

// BenchmarkChromiumColdStart: launch Chromium and open a blank tab.
func BenchmarkChromiumColdStart(b *testing.B) {
	exe := chromiumPath(b)
	for i := 0; i < b.N; i++ {
		ctx, done := chromiumSession(b, exe)
		if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
			b.Fatal(err)
		}
		done()
	}
}

// BenchmarkChromiumPNGScale2 loads each chart's HTML page in a reused tab
// and screenshots the chart at device scale 2 (the browser's equivalent of
// BenchmarkPNGScale2).
func BenchmarkChromiumPNGScale2(b *testing.B) {
	exe := chromiumPath(b)
	ctx, done := chromiumSession(b, exe)
	defer done()
	// The first action starts the browser and ties it to its context: run
	// it on the session's own context, not a timeout child.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		b.Fatal(err)
	}
	rep := testReport()
	dir := b.TempDir()
	for _, id := range All {
		c, err := Build(id, rep, Options{})
		if err != nil {
			b.Fatal(err)
		}
		page, err := HTML(c)
		if err != nil {
			b.Fatal(err)
		}
		path := filepath.Join(dir, string(id)+".html")
		if err := os.WriteFile(path, page, 0o644); err != nil {
			b.Fatal(err)
		}
		url := "file://" + path
		// The page is ready when the chart's <svg> exists; a minute is
		// plenty even on a loaded machine.
		b.Run(string(id), func(b *testing.B) {
			var png []byte
			for i := 0; i < b.N; i++ {
				tctx, cancel := context.WithTimeout(ctx, time.Minute)
				err := chromedp.Do(tctx,
					chromedp.EmulateViewport(int64(c.Width), int64(c.Height), chromedp.EmulateScale(2)),
					chromedp.Navigate(url),
					chromedp.WaitReady("#chart svg"))
				if err == nil {
					// The viewport is the chart (the page has no margin).
					// (An element Screenshot hangs with this chromedp.)
					png, err = chromedp.Run(tctx, chromedp.CaptureScreenshot())
				}
				cancel()
				if err != nil {
					b.Fatal(err)
				}
			}
			if len(png) == 0 {
				b.Fatal("empty screenshot")
			}
			// How close is the browserless renderer to the browser?
			theirs, err := stdpng.Decode(bytes.NewReader(png))
			if err != nil {
				b.Fatal(err)
			}
			ours, err := renderer(b).Image(c, 2)
			if err != nil {
				b.Fatal(err)
			}
			mean, far := imageDiff(ours, theirs)
			b.ReportMetric(mean, "meandiff")
			b.ReportMetric(far*100, "%farpx")
			if os.Getenv("CHARTS_CHROMIUM_OUT") != "" {
				os.WriteFile(filepath.Join(os.Getenv("CHARTS_CHROMIUM_OUT"), string(id)+".png"), png, 0o644)
			}
		})
	}
}
