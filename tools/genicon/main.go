// Command genicon draws Storylens' application icon (a map pin over stacked
// article lines) and writes it as a PNG. Run from the repository root:
//
//	go run ./tools/genicon -out assets/icon/icon.png
package main

import (
	"flag"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"math"
	"os"

	"golang.org/x/image/vector"
)

func main() {
	out := flag.String("out", "assets/icon/icon.png", "output PNG")
	size := flag.Int("size", 512, "width and height in pixels")
	flag.Parse()
	img := draw1(*size)
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func fill(dst *image.RGBA, c color.Color, path func(z *vector.Rasterizer)) {
	b := dst.Bounds()
	z := vector.NewRasterizer(b.Dx(), b.Dy())
	path(z)
	z.Draw(dst, b, image.NewUniform(c), image.Point{})
}

func roundRect(z *vector.Rasterizer, x0, y0, x1, y1, r float32) {
	const k = 0.5523
	z.MoveTo(x0+r, y0)
	z.LineTo(x1-r, y0)
	z.CubeTo(x1-r+r*k, y0, x1, y0+r-r*k, x1, y0+r)
	z.LineTo(x1, y1-r)
	z.CubeTo(x1, y1-r+r*k, x1-r+r*k, y1, x1-r, y1)
	z.LineTo(x0+r, y1)
	z.CubeTo(x0+r-r*k, y1, x0, y1-r+r*k, x0, y1-r)
	z.LineTo(x0, y0+r)
	z.CubeTo(x0, y0+r-r*k, x0+r-r*k, y0, x0+r, y0)
	z.ClosePath()
}

func circle(z *vector.Rasterizer, cx, cy, r float32) {
	const n = 64
	for i := 0; i <= n; i++ {
		a := 2 * math.Pi * float64(i) / n
		x, y := cx+r*float32(math.Cos(a)), cy+r*float32(math.Sin(a))
		if i == 0 {
			z.MoveTo(x, y)
		} else {
			z.LineTo(x, y)
		}
	}
	z.ClosePath()
}

func draw1(n int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, n, n))
	draw.Draw(img, img.Bounds(), image.Transparent, image.Point{}, draw.Src)
	s := float32(n) / 512
	// background tile
	fill(img, color.RGBA{0x1f, 0x4e, 0x79, 0xff}, func(z *vector.Rasterizer) { roundRect(z, 16*s, 16*s, 496*s, 496*s, 96*s) })
	// article lines (sources)
	lines := []struct{ y, w float32 }{{300, 330}, {350, 290}, {400, 330}}
	for _, l := range lines {
		fill(img, color.RGBA{0xe2, 0xdf, 0xda, 0xff}, func(z *vector.Rasterizer) {
			roundRect(z, 91*s, l.y*s, (91+l.w)*s, (l.y+26)*s, 13*s)
		})
	}
	// map pin
	fill(img, color.RGBA{0xe6, 0x9f, 0x00, 0xff}, func(z *vector.Rasterizer) {
		cx, cy, r := 330*s, 170*s, 80*s
		z.MoveTo(cx, cy+r*2.05)
		const k = 64
		start, end := math.Pi*0.75, math.Pi*2.25
		for i := 0; i <= k; i++ {
			a := start + (end-start)*float64(i)/k
			z.LineTo(cx+r*float32(math.Cos(a)), cy-r*float32(math.Sin(a))*-1)
		}
		z.ClosePath()
	})
	fill(img, color.RGBA{0x1f, 0x4e, 0x79, 0xff}, func(z *vector.Rasterizer) { circle(z, 330*s, 170*s, 34*s) })
	return img
}
