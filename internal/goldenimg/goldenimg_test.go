package goldenimg

import (
	"image"
	"image/color"
	"testing"
)

func TestDiffering(t *testing.T) {
	a := image.NewNRGBA(image.Rect(0, 0, 10, 10))
	b := image.NewNRGBA(image.Rect(0, 0, 10, 10))
	if got := Differing(a, b); got != 0 {
		t.Errorf("equal images differ by %v", got)
	}
	b.Set(3, 3, color.NRGBA{R: 25})
	b.Set(4, 4, color.NRGBA{R: 24}) // within the tolerance
	if got := Differing(a, b); got != 0.01 {
		t.Errorf("one pixel of 100 off: %v", got)
	}
	if got := Differing(a, image.NewNRGBA(image.Rect(0, 0, 2, 2))); got != 1 {
		t.Errorf("different sizes: %v", got)
	}
}
