package mapview

import (
	"image"
	"testing"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story"
)

// TestPaintLines checks that FrameState.Lines are drawn in the colour of
// the step's places where the line runs, and nowhere else.
func TestPaintLines(t *testing.T) {
	s, r := testStory()
	p := NewPainter(nil)
	p.SetStory(s, r)
	// A view over the sea east of Japan, far from the story's places and
	// route, so that only the line can draw there.
	st := FrameState{Camera: story.Camera{Center: [2]float64{150, 30}, Zoom: 5}}
	const w, h = 400, 300
	plain := cloneRGBA(p.Paint(w, h, 1, st))
	st.Lines = []orb.LineString{{{140, 30}, {160, 30}}}
	lined := p.Paint(w, h, 1, st)
	hi := paletteFor(false).placeHi
	changed, onLine := 0, 0
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if plain.RGBAAt(x, y) != lined.RGBAAt(x, y) {
				changed++
				if y < h/2-8 || y > h/2+8 {
					t.Fatalf("pixel (%d,%d) changed, away from the line at y≈%d", x, y, h/2)
				}
			}
			c := lined.RGBAAt(x, y)
			if c.R == hi.R && c.G == hi.G && c.B == hi.B {
				onLine++
			}
		}
	}
	if changed < 200 || onLine < 100 {
		t.Fatalf("the line drew %d changed pixels, %d in the highlight colour; want a dashed line across the view", changed, onLine)
	}
}

func cloneRGBA(src *image.RGBA) *image.RGBA {
	out := image.NewRGBA(src.Bounds())
	copy(out.Pix, src.Pix)
	return out
}
