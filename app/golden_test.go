package app

import (
	"bytes"
	"image"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/storylens/storylens/internal/goldenimg"
	"github.com/storylens/storylens/mapview"
)

// stableCapture captures w until two captures in a row are the same (the
// map's fly-to animation has ended), at most for 10 s.
func stableCapture(t *testing.T, w fyne.Window) image.Image {
	t.Helper()
	prev := w.Canvas().Capture()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(300 * time.Millisecond)
		img := w.Canvas().Capture()
		a, aok := prev.(*image.NRGBA)
		b, bok := img.(*image.NRGBA)
		if aok && bok && bytes.Equal(a.Pix, b.Pix) {
			return img
		}
		prev = img
	}
	t.Log("the window did not settle; comparing the last capture")
	return prev
}

// TestGoldenMainWindow captures the main window at the arrival step (with
// Fyne's test theme) and compares it with testdata/main_step2.png.
func TestGoldenMainWindow(t *testing.T) {
	u, w := newTestUI(t)
	u.charts.start()
	deadline := time.Now().Add(20 * time.Second)
	for u.charts.renderer == nil && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if u.charts.renderer == nil {
		t.Fatal("the chart engine did not start in 20 s")
	}
	u.GoTo(1)
	<-mapview.PreloadLabels() // the map's basemap labels, built in the background
	time.Sleep(time.Second)
	assertGolden(t, "main_step2.png", stableCapture(t, w))
}

// assertGolden compares img with testdata/name (goldenimg.Assert).
func assertGolden(t *testing.T, name string, img image.Image) {
	t.Helper()
	goldenimg.Assert(t, "testdata", name, img)
}
