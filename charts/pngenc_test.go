package charts

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

func TestEncodePNGRoundTrips(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 300, 200))
	for y := 0; y < 200; y++ {
		for x := 0; x < 300; x++ {
			img.Set(x, y, color.NRGBA{uint8(x), uint8(y), uint8(x ^ y), uint8((x + y) % 256)})
		}
	}
	var b bytes.Buffer
	if err := encodePNG(&b, img); err != nil {
		t.Fatal(err)
	}
	got, err := png.Decode(&b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Bounds() != img.Bounds() {
		t.Fatalf("bounds %v", got.Bounds())
	}
	for y := 0; y < 200; y++ {
		for x := 0; x < 300; x++ {
			w := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			g := color.NRGBAModel.Convert(got.At(x, y)).(color.NRGBA)
			if w.A != g.A || (w.A > 0 && (absd(w.R, g.R) > 1 || absd(w.G, g.G) > 1 || absd(w.B, g.B) > 1)) {
				t.Fatalf("pixel %d,%d: %v, want %v", x, y, g, w)
			}
		}
	}
}

func absd(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

// BenchmarkPNGEncoders encodes one rendered chart (the coverage heatmap of
// the test report at scale 2) with encodePNG and with image/png at its
// default and at BestSpeed, reporting the bytes written: the figures that
// decide whether the hand-written encoder earns its place (pngenc.go).
func BenchmarkPNGEncoders(b *testing.B) {
	r := renderer(b)
	c, err := Build(SourceCoverage, testReport(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	im, err := r.Image(c, 2)
	if err != nil {
		b.Fatal(err)
	}
	rgba, ok := im.(*image.RGBA)
	if !ok {
		b.Fatalf("image is %T", im)
	}
	for _, enc := range []struct {
		name string
		fn   func(*bytes.Buffer) error
	}{
		{"encodePNG", func(w *bytes.Buffer) error { return encodePNG(w, rgba) }},
		{"png.Encode", func(w *bytes.Buffer) error { return png.Encode(w, rgba) }},
		{"png.Encoder-BestSpeed", func(w *bytes.Buffer) error {
			return (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(w, rgba)
		}},
	} {
		b.Run(enc.name, func(b *testing.B) {
			var w bytes.Buffer
			for b.Loop() {
				w.Reset()
				if err := enc.fn(&w); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(w.Len()), "bytes")
		})
	}
}
