package mapview

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/storylens/storylens/internal/pmtiles/pmtilestest"
	"github.com/storylens/storylens/story"
)

// TestUserBasemapOpenMapTiles draws an OpenMapTiles-schema archive: a
// "water" polygon over the western half of tile 2/1/1 and a country
// boundary; the rest is earth.
func TestUserBasemapOpenMapTiles(t *testing.T) {
	path := writeOMTFixture(t)
	bm, err := OpenBasemap(path)
	if err != nil {
		t.Fatal(err)
	}
	defer bm.Close()
	if bm.Path() != path {
		t.Errorf("Path %q, want %q", bm.Path(), path)
	}
	if lo, hi := bm.Zooms(); lo != 2 || hi != 2 {
		t.Errorf("zooms %d-%d, want 2-2", lo, hi)
	}
	UseBasemap(bm)
	defer UseBasemap(nil)
	if UserBasemap() != bm {
		t.Errorf("UserBasemap is not the basemap in use")
	}
	// Tile 2/1/1 spans lon -90..0, lat 0..66.5; view it whole at zoom 2
	// (200×200 px, centre lon -45).
	c := merc(orb.Point{-45, 0})
	c[1] -= 0.125
	cam := story.Camera{Center: [2]float64{-45, unmerc(c)[1]}, Zoom: 2}
	s, r := testStory()
	img, err := Render(s, r, RenderOptions{Width: 256, Height: 256, Camera: &cam})
	if err != nil {
		t.Fatal(err)
	}
	at := func(x, y int) [3]uint8 { p := img.RGBAAt(x, y); return [3]uint8{p.R, p.G, p.B} }
	wantWater := [3]uint8{lightPalette.water.R, lightPalette.water.G, lightPalette.water.B}
	wantEarth := [3]uint8{lightPalette.earth.R, lightPalette.earth.G, lightPalette.earth.B}
	if got := at(60, 128); got != wantWater {
		t.Errorf("west half %v, want water %v", got, wantWater)
	}
	if got := at(160, 128); got != wantEarth {
		t.Errorf("east half %v, want earth %v", got, wantEarth)
	}
	if got := at(187, 100); got == wantEarth {
		t.Errorf("boundary at x 187.5 not drawn")
	}
}

// TestPainterRedrawsOnBasemapChange checks that a painter showing the same
// view redraws its cached basemap layer when another basemap is chosen.
func TestPainterRedrawsOnBasemapChange(t *testing.T) {
	path := writeOMTFixture(t)
	bm, err := OpenBasemap(path)
	if err != nil {
		t.Fatal(err)
	}
	defer bm.Close()
	defer UseBasemap(nil)
	p := NewPainter(nil)
	<-baseDone
	<-PreloadLabels() // the place labels too, so that the first frames have them
	st := FrameState{Camera: story.Camera{Center: [2]float64{-45, 30}, Zoom: 2.5}}
	// pix paints until the frame settles: at full resolution (the first
	// frames at a size are half-resolution while the full layer is drawn in
	// a goroutine), no tile waiting to be decoded, and two frames in a row
	// alike, 50 ms apart; or 20 s.
	pix := func() []byte {
		var img []byte
		for deadline := time.Now().Add(20 * time.Second); ; {
			full := p.FullResolution(300, 200)
			next := append([]byte(nil), p.Paint(300, 200, 1, st).Pix...)
			baseCache.mu.Lock()
			waiting := len(baseCache.pending)
			baseCache.mu.Unlock()
			if (full && waiting == 0 && bytes.Equal(next, img)) || time.Now().After(deadline) {
				return next
			}
			img = next
			time.Sleep(50 * time.Millisecond)
		}
	}
	before := pix()
	UseBasemap(bm)
	after := pix()
	if bytes.Equal(before, after) {
		t.Fatal("the frame did not change after UseBasemap")
	}
	UseBasemap(nil)
	if again := pix(); !bytes.Equal(before, again) {
		t.Error("back on the embedded basemap, the frame differs from the first")
	}
}

// writeOMTFixture writes a one-tile PMTiles archive in the OpenMapTiles
// schema (tile 2/1/1: water in its west half, a country border at x 3000)
// and returns its path.
func writeOMTFixture(t *testing.T) string {
	t.Helper()
	water := pmtilestest.Layer("water", pmtilestest.Feature(pmtilestest.WestHalf(), "class", "ocean"))
	bnd := pmtilestest.Layer("boundary", pmtilestest.Feature(orb.LineString{{3000, 0}, {3000, 4096}}, "admin_level", 2))
	return pmtilestest.File(t, "omt.pmtiles", pmtilestest.Archive(t, true, pmtilestest.Tile{Z: 2, X: 1, Y: 1, Layers: mvt.Layers{water, bnd}}))
}

func TestOpenBasemapErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.pmtiles")
	os.WriteFile(bad, []byte("PMTiles\x03 too short"), 0o644)
	mb := filepath.Join(dir, "osm.mbtiles")
	os.WriteFile(mb, append([]byte("SQLite format 3\x00"), make([]byte, 100)...), 0o644)
	for _, p := range []string{filepath.Join(dir, "missing.pmtiles"), bad, mb} {
		if _, err := OpenBasemap(p); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: error %v, want one naming the file", p, err)
		}
	}
	if _, err := OpenBasemap(mb); err == nil || !strings.Contains(err.Error(), "MBTiles") || !strings.Contains(err.Error(), "pmtiles convert") {
		t.Errorf("MBTiles file: error %v, want one saying how to convert it", err)
	}
}
