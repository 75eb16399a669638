package app

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/storylens/storylens/mapview"
)

// stableCapture captures w until two captures in a row are the same (the
// map's fly-to animation has ended), at most for 10 s.
func stableCapture(t *testing.T, w fyne.Window) image.Image {
	t.Helper()
	prev := w.Canvas().Capture()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(300 * time.Millisecond)
		img := w.Canvas().Capture()
		a, aok := prev.(*image.NRGBA)
		b, bok := img.(*image.NRGBA)
		if aok && bok && bytes.Equal(a.Pix, b.Pix) {
			return img
		}
		prev = img
	}
	t.Log("the window did not settle; comparing the last capture")
	return prev
}

// TestGoldenMainWindow captures the main window at the arrival step (with
// Fyne's test theme) and compares it with testdata/main_step2.png.
func TestGoldenMainWindow(t *testing.T) {
	u, w := newTestUI(t)
	u.charts.start()
	deadline := time.Now().Add(20 * time.Second)
	for u.charts.renderer == nil && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if u.charts.renderer == nil {
		t.Fatal("the chart engine did not start in 20 s")
	}
	u.GoTo(1)
	<-mapview.PreloadLabels() // the map's basemap labels, built in the background
	time.Sleep(time.Second)
	assertGolden(t, "main_step2.png", stableCapture(t, w))
}

// assertGolden compares img with testdata/name allowing small differences
// (anti-aliasing in the map, which another package draws): at most 0.1% of
// pixels may differ by more than 24 in a channel. A missing master is
// written; a mismatch is written to testdata/failed/name.
func assertGolden(t *testing.T, name string, img image.Image) {
	t.Helper()
	got := image.NewNRGBA(img.Bounds())
	draw.Draw(got, got.Bounds(), img, img.Bounds().Min, draw.Src)
	path := filepath.Join("testdata", name)
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		writePNG(t, path, got)
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
	if want.Bounds().Size() != got.Bounds().Size() {
		writePNG(t, filepath.Join("testdata", "failed", name), got)
		t.Fatalf("%s: size %v, master %v", name, got.Bounds().Size(), want.Bounds().Size())
	}
	bad := 0
	for i := 0; i < len(got.Pix); i += 4 {
		for c := 0; c < 4; c++ {
			if d := int(got.Pix[i+c]) - int(want.Pix[i+c]); d > 24 || d < -24 {
				bad++
				break
			}
		}
	}
	if frac := float64(bad) / float64(len(got.Pix)/4); frac > 0.001 {
		writePNG(t, filepath.Join("testdata", "failed", name), got)
		t.Errorf("%s: %.2f%% of pixels differ from the master; see testdata/failed/%s", name, 100*frac, name)
	}
}

func writePNG(t *testing.T, path string, img image.Image) {
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
