package mapview

import (
	"fmt"
	"image"
	"testing"

	"github.com/storylens/storylens/internal/goldenimg"
	"github.com/storylens/storylens/story"
)

// The earth filled in one pass, lakes and ponds cutting the land and
// islands in lakes they lie in, looks as the levels painted one by one
// (land, then lakes over it, islands over those, ponds): at most 0.05 % of
// pixels differ by more than 24 in a channel, at zoom 3, 5, 7 and 8 over
// twenty cities. It would not if a tile held a lake twice or two
// overlapping lakes (they would cancel the land twice).
func TestEarthInOneFill(t *testing.T) {
	if testing.Short() {
		t.Skip("draws 160 basemap frames")
	}
	src, err := loadBasemap()
	if err != nil {
		t.Fatal(err)
	}
	pal := paletteFor(false)
	const w, h = 640, 400
	worst := 0.0
	for _, c := range twentyCities {
		for _, z := range []float64{3, 5, 7, 8} {
			v := newView(story.Camera{Center: [2]float64{c[0], c[1]}, Zoom: z}, w, h, 1)
			if !earthInOneFill(v) {
				t.Fatalf("zoom %g: not drawn in one fill", z)
			}
			tiles := baseTiles(src, v, nil)
			one := image.NewRGBA(image.Rect(0, 0, w, h))
			drawTiles(one, v, pal, tiles)
			earthByLevel = true
			levels := image.NewRGBA(image.Rect(0, 0, w, h))
			drawTiles(levels, v, pal, tiles)
			earthByLevel = false
			d := goldenimg.Differing(nrgba(one), nrgba(levels))
			worst = max(worst, d)
			if d > 0.0005 {
				name := fmt.Sprintf("earth_%.2f_%.2f_z%g.png", c[0], c[1], z)
				goldenimg.WritePNG(t, "testdata/failed/"+name, one)
				t.Errorf("%v at zoom %g: %.3f%% of pixels differ between one fill and the levels in turn (testdata/failed/%s)", c, z, 100*d, name)
			}
		}
	}
	t.Logf("at most %.4f%% of pixels differ", 100*worst)
}

func nrgba(img *image.RGBA) *image.NRGBA {
	out := image.NewNRGBA(img.Bounds())
	for i := 0; i+3 < len(img.Pix); i += 4 {
		// The frames are opaque: premultiplied and straight alpha agree.
		copy(out.Pix[i:i+4], img.Pix[i:i+4])
	}
	return out
}
