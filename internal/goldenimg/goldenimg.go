// Package goldenimg compares images with golden masters in tests: the one
// home of the tolerance the app's and storyview's image goldens share.
package goldenimg

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// Assert compares img with dir/name allowing small differences
// (anti-aliasing): at most 0.1% of pixels may differ by more than 24 in a
// channel. A missing master is written (and the test fails, so that someone
// looks at it); a mismatch is written to dir/failed/name.
func Assert(t testing.TB, dir, name string, img image.Image) {
	t.Helper()
	got := image.NewNRGBA(img.Bounds())
	draw.Draw(got, got.Bounds(), img, img.Bounds().Min, draw.Src)
	path := filepath.Join(dir, name)
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		WritePNG(t, path, got)
		t.Errorf("master %s was missing; written, look at it", path)
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	want := image.NewNRGBA(m.Bounds())
	draw.Draw(want, want.Bounds(), m, m.Bounds().Min, draw.Src)
	failed := filepath.Join(dir, "failed", name)
	if want.Bounds().Size() != got.Bounds().Size() {
		WritePNG(t, failed, got)
		t.Fatalf("%s: size %v, master %v", name, got.Bounds().Size(), want.Bounds().Size())
	}
	if frac := Differing(got, want); frac > 0.001 {
		WritePNG(t, failed, got)
		t.Errorf("%s: %.2f%% of pixels differ from the master; see %s", name, 100*frac, failed)
	}
}

// Differing returns the share of pixels of two same-sized images that
// differ by more than 24 in some channel.
func Differing(a, b *image.NRGBA) float64 {
	if len(a.Pix) == 0 || len(a.Pix) != len(b.Pix) {
		return 1
	}
	bad := 0
	for i := 0; i+3 < len(a.Pix); i += 4 {
		for c := 0; c < 4; c++ {
			if d := int(a.Pix[i+c]) - int(b.Pix[i+c]); d > 24 || d < -24 {
				bad++
				break
			}
		}
	}
	return float64(bad) / float64(len(a.Pix)/4)
}

// WritePNG writes img to path, creating its folder.
func WritePNG(t testing.TB, path string, img image.Image) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
