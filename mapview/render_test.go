package mapview

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

var update = flag.Bool("update", false, "rewrite golden images in testdata/")

// testStory builds a small story: Pyongyang to Vladivostok by rail, the
// summit venue on Russky Island.
func testStory() (*story.Story, *analysis.Report) {
	rid := "train"
	s := &story.Story{
		Title: "test",
		Places: []*story.Place{
			{ID: "pyongyang", Name: "Pyongyang", Kind: "city", Lon: 125.750, Lat: 39.015},
			{ID: "khasan", Name: "Khasan", Kind: "station", Lon: 130.643, Lat: 42.429},
			{ID: "vladivostok", Name: "Vladivostok", Kind: "city", Lon: 131.8816, Lat: 43.1113},
			{ID: "fefu", Name: "Far Eastern Federal University", Kind: "venue", Lon: 131.893, Lat: 43.025, Approximate: true},
			{ID: "russky", Name: "Russky Island", Kind: "island", Lon: 131.85, Lat: 43.0},
		},
		Routes: []*story.Route{{
			ID: rid, Name: "Armoured train", Mode: "rail", Approximate: true,
			Stops: []string{"pyongyang", "khasan", "vladivostok"},
			Line: orb.LineString{{125.750, 39.015}, {127.537, 39.908}, {129.791, 41.784}, {130.293, 42.247},
				{130.631, 42.414}, {130.643, 42.429}, {131.95, 43.74}, {131.952, 43.797}, {131.8816, 43.1113}},
		}},
		Steps: []story.Step{
			{ID: "s1", Title: "Departure", Places: []string{"pyongyang"}},
			{ID: "s2", Title: "Journey", Places: []string{"pyongyang", "vladivostok"}, Route: &rid},
			{ID: "s3", Title: "Summit", Places: []string{"fefu"}, Camera: &story.Camera{Center: [2]float64{131.89, 43.03}, Zoom: 11}},
		},
	}
	r := &analysis.Report{Places: []analysis.PlaceReport{
		{ID: "pyongyang", Name: "Pyongyang", Kind: "city", Lon: 125.750, Lat: 39.015, Mentions: 6},
		{ID: "khasan", Name: "Khasan", Kind: "station", Lon: 130.643, Lat: 42.429, Mentions: 2},
		{ID: "vladivostok", Name: "Vladivostok", Kind: "city", Lon: 131.8816, Lat: 43.1113, Mentions: 12},
		{ID: "fefu", Name: "Far Eastern Federal University", Kind: "venue", Lon: 131.893, Lat: 43.025, Mentions: 4},
		{ID: "russky", Name: "Russky Island", Kind: "island", Lon: 131.85, Lat: 43.0, Mentions: 3},
	}}
	return s, r
}

// golden compares img with testdata/name, allowing a small share of pixels
// to differ slightly (font rasterization, float rounding), or rewrites it
// with -update.
func golden(t *testing.T, name string, img *image.RGBA) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%s: %v (run go test -update to create it)", path, err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if want.Bounds() != img.Bounds() {
		t.Fatalf("%s: size %v, want %v", path, img.Bounds(), want.Bounds())
	}
	bad := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r1, g1, b1, _ := img.At(x, y).RGBA()
			r2, g2, b2, _ := want.At(x, y).RGBA()
			if absDiff(r1, r2) > 24<<8 || absDiff(g1, g2) > 24<<8 || absDiff(b1, b2) > 24<<8 {
				bad++
			}
		}
	}
	if frac := float64(bad) / float64(b.Dx()*b.Dy()); frac > 0.002 {
		os.MkdirAll(filepath.Join("testdata", "failed"), 0o755)
		var buf bytes.Buffer
		png.Encode(&buf, img)
		os.WriteFile(filepath.Join("testdata", "failed", name), buf.Bytes(), 0o644)
		t.Errorf("%s: %.2f%% of pixels differ (written to testdata/failed/)", path, 100*frac)
	}
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func TestRenderGolden(t *testing.T) {
	s, r := testStory()
	cases := []struct {
		name string
		o    RenderOptions
	}{
		{"region.png", RenderOptions{Step: 1, Width: 1280, Height: 800}},
		{"russky.png", RenderOptions{Step: 2, Width: 1000, Height: 700}},
		{"region_dark.png", RenderOptions{Step: -2, Width: 800, Height: 500, Dark: true}},
		{"vladivostok_z13.png", RenderOptions{Step: -1, Width: 900, Height: 600, Camera: &story.Camera{Center: [2]float64{131.90, 43.09}, Zoom: 12.3}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			img, err := Render(s, r, c.o)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, c.name, img)
		})
	}
}
