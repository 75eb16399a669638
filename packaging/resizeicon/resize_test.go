package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseSizes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
		err  bool
	}{
		{in: "16", want: []int{16}},
		{in: "16, 32,48", want: []int{16, 32, 48}},
		{in: "", err: true},
		{in: "16,x", err: true},
		{in: "0", err: true},
		{in: "5000", err: true},
	} {
		got, err := parseSizes(tc.in)
		if (err != nil) != tc.err {
			t.Errorf("parseSizes(%q) error = %v, want error %v", tc.in, err, tc.err)
			continue
		}
		if len(got) != len(tc.want) {
			t.Errorf("parseSizes(%q) = %v, want %v", tc.in, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("parseSizes(%q) = %v, want %v", tc.in, got, tc.want)
			}
		}
	}
}

// TestRunWritesEachSize resizes a two-colour square (left half red, right
// half blue) and checks each output's size and that the halves keep their
// colours.
func TestRunWritesEachSize(t *testing.T) {
	dir := t.TempDir()
	src := image.NewNRGBA(image.Rect(0, 0, 64, 64))
	for y := 0; y < 64; y++ {
		for x := 0; x < 64; x++ {
			c := color.NRGBA{R: 255, A: 255}
			if x >= 32 {
				c = color.NRGBA{B: 255, A: 255}
			}
			src.SetNRGBA(x, y, c)
		}
	}
	in := filepath.Join(dir, "in.png")
	writePNG(t, in, src)
	out := filepath.Join(dir, "hicolor")
	if err := run(in, out, "app", []int{16, 48}); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{16, 48} {
		f, err := os.Open(filepath.Join(out, fmt.Sprintf("%dx%d", n, n), "apps", "app.png"))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != n || b.Dy() != n {
			t.Errorf("size %d: got %v", n, b)
		}
		if r, _, b, _ := img.At(1, n/2).RGBA(); r>>8 != 255 || b>>8 != 0 {
			t.Errorf("size %d: left pixel r=%d b=%d, want red", n, r>>8, b>>8)
		}
		if r, _, b, _ := img.At(n-2, n/2).RGBA(); r>>8 != 0 || b>>8 != 255 {
			t.Errorf("size %d: right pixel r=%d b=%d, want blue", n, r>>8, b>>8)
		}
	}
}

func TestRunRejectsBadInput(t *testing.T) {
	dir := t.TempDir()
	notPNG := filepath.Join(dir, "icon.png")
	if err := os.WriteFile(notPNG, []byte("not a png"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(notPNG, dir, "app", []int{16}); err == nil || !strings.Contains(err.Error(), notPNG) {
		t.Errorf("not a PNG: error %v, want one naming %s", err, notPNG)
	}
	wide := filepath.Join(dir, "wide.png")
	writePNG(t, wide, image.NewNRGBA(image.Rect(0, 0, 20, 10)))
	if err := run(wide, dir, "app", []int{16}); err == nil || !strings.Contains(err.Error(), "20x10") {
		t.Errorf("non-square: error %v, want one naming 20x10", err)
	}
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
