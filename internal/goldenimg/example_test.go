package goldenimg_test

import (
	"fmt"
	"image"
	"image/color"

	"github.com/storylens/storylens/internal/goldenimg"
)

// Differing is the share of pixels that differ by more than the tolerance:
// a slight colour shift is not a difference, a changed pixel is.
func ExampleDiffering() {
	a := image.NewNRGBA(image.Rect(0, 0, 10, 10))
	b := image.NewNRGBA(image.Rect(0, 0, 10, 10))
	for i := range a.Pix {
		a.Pix[i], b.Pix[i] = 200, 210
	}
	fmt.Println(goldenimg.Differing(a, b))
	b.SetNRGBA(3, 3, color.NRGBA{0, 0, 0, 255})
	fmt.Println(goldenimg.Differing(a, b))
	// Output:
	// 0
	// 0.01
}
