package mapview

import (
	"fmt"
	"image"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"
	"github.com/storylens/storylens/story"
)

// regionTile is a zoom-0 tile with three horizontal region borders (class
// 4) at tile rows 1000, 2000 and 3000: one with no min_zoom (a user
// archive's), one drawn from zoom 4 and one from zoom 6.
func regionTile(t *testing.T) *ptile {
	t.Helper()
	line := func(y float64) orb.LineString { return orb.LineString{{0, y}, {4096, y}} }
	feat := func(y float64, mz int) *geojson.Feature {
		f := geojson.NewFeature(line(y))
		f.Properties["class"] = 4
		if mz > 0 {
			f.Properties["min_zoom"] = mz
		}
		return f
	}
	l := &mvt.Layer{Name: "boundary", Version: 2, Extent: 4096,
		Features: []*geojson.Feature{feat(1000, 0), feat(2000, 4), feat(3000, 6)}}
	b, err := mvt.Marshal(mvt.Layers{l})
	if err != nil {
		t.Fatal(err)
	}
	pt, err := decodeTile(0, 0, 0, b)
	if err != nil {
		t.Fatal(err)
	}
	return pt
}

// Region borders are drawn from their min_zoom (zoom 4 without one),
// lighter and thinner in their first zoom, at full strength from the next.
func TestRegionBordersFromTheirMinZoom(t *testing.T) {
	pt := regionTile(t)
	pal := paletteFor(false)
	// darkness sums how far the pixels of tile row ty (a column band in
	// the middle of the frame) are from the water colour.
	draw := func(zoom float64) func(ty float64) int {
		const w, h = 64, 4096
		img := image.NewRGBA(image.Rect(0, 0, w, h))
		// A view of the tile's middle column at zoom, scaled so that the
		// whole tile's height fits: the world is 4096 px at zoom 4 at
		// scale 1; at other zooms the scale makes it so.
		v := newView(story.Camera{Center: [2]float64{0, 0}, Zoom: zoom}, w, h, 1)
		v.world = 4096 // one device pixel a tile unit, whatever the zoom
		v.center = orb.Point{0.5, 0.5}
		drawTiles(img, v, pal, []tileDraw{{pt, 0}})
		return func(ty float64) int {
			sum := 0
			for y := int(ty) - 3; y <= int(ty)+3; y++ {
				for x := 16; x < 48; x++ {
					i := img.PixOffset(x, y)
					for c := 0; c < 3; c++ {
						d := int(img.Pix[i+c]) - int([]uint8{pal.water.R, pal.water.G, pal.water.B}[c])
						sum += max(d, -d)
					}
				}
			}
			return sum
		}
	}
	none, z4, z6 := 1000.0, 2000.0, 3000.0
	for _, tc := range []struct {
		zoom            float64
		none, four, six string // "" not drawn, "light", "full"
	}{
		{3.9, "", "", ""},
		{4, "light", "light", ""},
		{5, "full", "full", ""},
		{5.9, "full", "full", ""},
		{6, "full", "full", "light"},
		{7, "full", "full", "full"},
	} {
		d := draw(tc.zoom)
		ref := draw(7)(z4) // full strength
		for _, c := range []struct {
			name string
			y    float64
			want string
		}{{"no min_zoom", none, tc.none}, {"min_zoom 4", z4, tc.four}, {"min_zoom 6", z6, tc.six}} {
			got := d(c.y)
			var kind string
			switch {
			case got == 0:
				kind = ""
			case got < ref*3/4:
				kind = "light"
			default:
				kind = "full"
			}
			if kind != c.want {
				t.Errorf("zoom %g, border with %s: %q (darkness %d, full %d), want %q", tc.zoom, c.name, kind, got, ref, c.want)
			}
		}
	}
}

// Golden images of region borders at zoom 4 and 6 over western Europe
// (départements, provinces and Länder) and Japan (prefectures): at zoom 4
// only the borders of regions large enough to tell apart (the German
// Länder, not the French départements), lighter; at zoom 6 the others.
func TestRegionBordersGolden(t *testing.T) {
	s, r := testStory()
	for _, c := range []struct {
		name     string
		lon, lat float64
	}{
		{"europe", 6, 48},
		{"japan", 137, 37},
	} {
		for _, z := range []float64{4, 6} {
			name := fmt.Sprintf("regions_z%g_%s.png", z, c.name)
			t.Run(name, func(t *testing.T) {
				cam := story.Camera{Center: [2]float64{c.lon, c.lat}, Zoom: z}
				img, err := Render(s, r, RenderOptions{Width: 800, Height: 560, Camera: &cam})
				if err != nil {
					t.Fatal(err)
				}
				golden(t, name, img)
			})
		}
	}
}
