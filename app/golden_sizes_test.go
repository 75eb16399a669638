package app

import (
	"bytes"
	"image"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// TestGoldenWindowSizes captures the main window at the arrival step at
// the smallest size the panels are laid out for (1024×700) and on a full
// HD screen (1920×1080), against testdata/main_1024x700.png and
// main_1920x1080.png.
func TestGoldenWindowSizes(t *testing.T) {
	for _, c := range []struct {
		name string
		size fyne.Size
	}{{"main_1024x700.png", fyne.NewSize(1024, 700)}, {"main_1920x1080.png", fyne.NewSize(1920, 1080)}} {
		t.Run(c.name, func(t *testing.T) {
			u, w := newTestUI(t)
			w.Resize(c.size)
			u.charts.start()
			deadline := time.Now().Add(20 * time.Second)
			for u.charts.renderer == nil && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
			}
			if u.charts.renderer == nil {
				t.Fatal("the chart engine did not start in 20 s")
			}
			u.GoTo(1)
			time.Sleep(time.Second)
			img := settledCapture(t, w)
			if b := img.Bounds(); b.Dx() != int(c.size.Width) || b.Dy() != int(c.size.Height) {
				t.Fatalf("window captured at %v, want %v (the content's minimum is larger)", b.Size(), c.size)
			}
			assertGolden(t, c.name, img)
		})
	}
}

// settledCapture is stableCapture until two of them 1.5 s apart agree: on
// a loaded machine the map's full-resolution basemap for a new size can
// come in after a first stable frame.
func settledCapture(t *testing.T, w fyne.Window) image.Image {
	t.Helper()
	prev := stableCapture(t, w)
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); {
		time.Sleep(1500 * time.Millisecond)
		img := stableCapture(t, w)
		a, aok := prev.(*image.NRGBA)
		b, bok := img.(*image.NRGBA)
		if aok && bok && bytes.Equal(a.Pix, b.Pix) {
			return img
		}
		prev = img
	}
	return prev
}
