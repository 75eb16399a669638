package app

import (
	"bytes"
	"image"
	"math"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// TestGoldenWindowSizes captures the main window at the arrival step on
// each screen of screenCases (sized as Run sizes it, at the screen's
// FYNE_SCALE), against testdata/main_<screen>_<scale>.png: three columns
// where they fit, the story panel beside the map's tab where they do not.
func TestGoldenWindowSizes(t *testing.T) {
	for _, c := range screenCases {
		t.Run(c.name, func(t *testing.T) {
			u, w := newTestUI(t)
			size := openOnScreen(t, u, w, c)
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
			want := image.Pt(int(math.Round(float64(size.Width*c.scale))), int(math.Round(float64(size.Height*c.scale))))
			if b := img.Bounds(); abs(b.Dx()-want.X) > 1 || abs(b.Dy()-want.Y) > 1 {
				t.Fatalf("window captured at %v, want %v", b.Size(), want)
			}
			assertGolden(t, "main_"+c.name+".png", img)
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

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
