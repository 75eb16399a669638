package mapview

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/storylens/storylens/internal/testfixture"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

var update = flag.Bool("update", false, "rewrite golden images in testdata/")

// testStory is testfixture.MapStory: Pyongyang to Vladivostok by rail, the
// summit venue on Russky Island.
func testStory() (*story.Story, *analysis.Report) { return testfixture.MapStory() }

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
