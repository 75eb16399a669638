package app

import (
	"bytes"
	"image"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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
	u.GoTo(1)
	time.Sleep(time.Second)
	test.AssertImageMatches(t, "main_step2.png", stableCapture(t, w))
}
