package mapview

import (
	"image"
	"testing"
	"time"

	"github.com/storylens/storylens/story"
)

// TestFrameDoesNotWaitForTiles: with no tile decoded yet, a painter's frame
// is drawn at once (sea where no tile is ready), the tiles are decoded in
// the background, and once they are the painter asks for a redraw with land.
func TestFrameDoesNotWaitForTiles(t *testing.T) {
	redraws := make(chan struct{}, 64)
	m := NewPainter(func() {
		select {
		case redraws <- struct{}{}:
		default:
		}
	})
	<-baseDone
	src, err := loadBasemap()
	if err != nil {
		t.Fatal(err)
	}
	old := src.cache
	src.cache = newTileCache(cacheBudget)
	defer func() { src.cache = old }()
	// Cape Town at zoom 10: land and sea.
	cam := story.Camera{Center: [2]float64{18.42, -33.92}, Zoom: 10}
	v := newView(cam, 800, 600, 1)
	img := image.NewRGBA(image.Rect(0, 0, 800, 600))
	start := time.Now()
	if err := m.rd.drawBase(img, v, paletteFor(false)); err != nil {
		t.Fatal(err)
	}
	first := time.Since(start)
	if n := countEarth(img); n != 0 {
		t.Errorf("first frame drew %d land pixels before any tile was decoded", n)
	}
	// The background decode wakes the painter, which counts the arrival
	// (so that the cached layer is drawn again) and asks for a redraw.
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, n := src.cache.stats(); n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no tile decoded in the background")
		}
		time.Sleep(time.Millisecond)
	}
	for ready := false; !ready; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the painter was not told the tile arrived")
		}
		ready = m.tiles.Load() > 0
	}
	select {
	case <-redraws:
	case <-time.After(5 * time.Second):
		t.Error("no redraw asked for when the tile arrived")
	}
	baseTiles(src, v, nil) // decode the rest now, for the check below
	if err := m.rd.drawBase(img, v, paletteFor(false)); err != nil {
		t.Fatal(err)
	}
	if n := countEarth(img); n < 1000 {
		t.Errorf("after the tiles arrived: %d land pixels", n)
	}
	t.Logf("first frame without tiles: %s", first)
}

func countEarth(img *image.RGBA) int {
	n := 0
	e := lightPalette.earth
	for i := 0; i < len(img.Pix); i += 4 {
		if img.Pix[i] == e.R && img.Pix[i+1] == e.G && img.Pix[i+2] == e.B {
			n++
		}
	}
	return n
}
