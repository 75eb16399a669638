package charts

import (
	"image"
	"image/color"
	"image/draw"
	"testing"

	"github.com/storylens/storylens/charts/internal/svg"
	"golang.org/x/image/vector"
)

func TestAxisRect(t *testing.T) {
	for d, want := range map[string]bool{
		"M200 363.1l398.4 0l0 95.4l-398.4 0Z": true,
		"M0 0L10 0L10 5L0 5L0 0Z":             true,
		"M0 0L10 1L10 5L0 5Z":                 false,
		"M0 0L10 0L10 5Z":                     false,
		"M0 0L10 0L0 0L10 0Z":                 false,
		"M0 0C1 1 2 2 3 3":                    false,
	} {
		segs, err := svg.ParsePath(d)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := axisRect(segs); ok != want {
			t.Errorf("%q: %v, want %v", d, ok, want)
		}
	}
}

// fillRect must match the general rasteriser (within rounding).
func TestFillRectMatchesVector(t *testing.T) {
	c := color.NRGBA{0, 114, 178, 200}
	r := rect{3.3, 2.75, 17.6, 9.2}
	a := image.NewRGBA(image.Rect(0, 0, 24, 12))
	b := image.NewRGBA(a.Bounds())
	draw.Draw(a, a.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(b, b.Bounds(), image.White, image.Point{}, draw.Src)
	fillRect(a, r, c, a.Bounds())
	var v vector.Rasterizer
	v.Reset(24, 12)
	v.MoveTo(float32(r.x0), float32(r.y0))
	v.LineTo(float32(r.x1), float32(r.y0))
	v.LineTo(float32(r.x1), float32(r.y1))
	v.LineTo(float32(r.x0), float32(r.y1))
	v.ClosePath()
	v.DrawOp = draw.Over
	v.Draw(b, b.Bounds(), image.NewUniform(c), image.Point{})
	for i := range a.Pix {
		if d := int(a.Pix[i]) - int(b.Pix[i]); d > 2 || d < -2 {
			t.Fatalf("byte %d (pixel %d,%d): %d vs %d", i, (i/4)%24, i/96, a.Pix[i], b.Pix[i])
		}
	}
}

// strokeRect (four analytic bands) must match rasterx's stroker on a
// heatmap cell's outline (within rounding).
func TestStrokeRectMatchesStroker(t *testing.T) {
	segs, err := svg.ParsePath("M3.5 2.25L20.75 2.25L20.75 14.5L3.5 14.5Z")
	if err != nil {
		t.Fatal(err)
	}
	it := &item{segs: segs, hasStroke: true, stroke: color.NRGBA{255, 255, 255, 255}, strokeW: 2,
		bbox: rect{3.5, 2.25, 20.75, 14.5}}
	paint := func(fast bool) *image.RGBA {
		img := image.NewRGBA(image.Rect(0, 0, 50, 36))
		draw.Draw(img, img.Bounds(), image.NewUniform(color.NRGBA{0, 114, 178, 255}), image.Point{}, draw.Src)
		rz := &rasterizer{dst: img, scale: 2, clip: img.Bounds()}
		if fast {
			if !rz.strokeRect(it, it.strokeW*2) {
				t.Fatal("strokeRect refused a closed rectangle")
			}
		} else {
			it.join = "round" // not taken by strokeRect: the general stroker
			rz.strokeItem(it)
			it.join = ""
		}
		return img
	}
	a, b := paint(true), paint(false)
	diff := 0
	for i := range a.Pix {
		if d := int(a.Pix[i]) - int(b.Pix[i]); d > 8 || d < -8 {
			diff++
		}
	}
	// Round joins differ from square corners only at the four corners.
	if diff > 4*4*4 {
		t.Errorf("%d bytes differ by more than 8", diff)
	}
}
