package app

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// meanLuminance is the average luminance (0-255) of an image.
func meanLuminance(img image.Image) float64 {
	var sum float64
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			sum += (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(bl)) / 257
		}
	}
	return sum / float64((b.Dx()+3)/4*((b.Dy()+3)/4))
}

func TestSetDarkSwitchesTheMapToo(t *testing.T) {
	a := test.NewTempApp(t)
	u := NewUI(a, a.NewWindow("x"), Config{}, testOpts...)
	capture := func() image.Image {
		w := test.NewTempWindow(t, u.mp.Object())
		w.Resize(fyne.NewSize(400, 300))
		img := w.Canvas().Capture()
		w.SetContent(nil)
		return img
	}
	u.SetDark(false)
	light := meanLuminance(capture())
	u.SetDark(true)
	dark := meanLuminance(capture())
	if dark >= light-20 {
		t.Errorf("the map did not darken with the app: mean luminance light %.0f, dark %.0f", light, dark)
	}
}
