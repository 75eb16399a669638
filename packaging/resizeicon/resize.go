package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"

	"golang.org/x/image/draw"

	"github.com/storylens/storylens/internal/safefile"
)

// run writes the icon at each size under out/NxN/apps/name.png.
func run(in, out, name string, sizes []int) error {
	src, err := readPNG(in)
	if err != nil {
		return err
	}
	for _, n := range sizes {
		var buf bytes.Buffer
		if err := png.Encode(&buf, resize(src, n)); err != nil {
			return fmt.Errorf("encode %dx%d: %w", n, n, err)
		}
		dir := filepath.Join(out, fmt.Sprintf("%dx%d", n, n), "apps")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("create %s: %w", dir, err)
		}
		if err := safefile.WriteFile(filepath.Join(dir, name+".png"), buf.Bytes(), safefile.Options{Overwrite: true, Perm: 0o644}); err != nil {
			return err
		}
	}
	return nil
}

// readPNG decodes a square PNG file.
func readPNG(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: not a PNG: %w", path, err)
	}
	if b := img.Bounds(); b.Dx() != b.Dy() || b.Dx() == 0 {
		return nil, fmt.Errorf("%s: icon is %dx%d, want a square", path, b.Dx(), b.Dy())
	}
	return img, nil
}

// resize resamples src to n×n pixels.
func resize(src image.Image, n int) *image.NRGBA {
	dst := image.NewNRGBA(image.Rect(0, 0, n, n))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
	return dst
}
