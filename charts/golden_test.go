package charts

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata/")

// goldenCases are the images under testdata/ the renderer must keep
// producing.
var goldenCases = []struct {
	name string
	id   ID
	o    Options
}{
	{"claim-frequency", ClaimFrequency, Options{}},
	{"source-coverage", SourceCoverage, Options{}},
	{"timeline", Timeline, Options{}},
	{"places", Places, Options{}},
	{"claim-frequency-dark-highlight", ClaimFrequency, Options{Dark: true, Highlight: []string{"putin-invitation", "huge-mistake"}}},
	{"source-coverage-dark-highlight", SourceCoverage, Options{Dark: true, Highlight: []string{"003_d"}}},
	{"claim-frequency-25-claims", ClaimFrequency, Options{}},
	{"source-coverage-1000-sources", SourceCoverage, Options{Width: 1024, Height: 700}},
	{"claim-frequency-25-claims-1024x700", ClaimFrequency, Options{Width: 1024, Height: 700}},
	{"source-coverage-slide-caption", SourceCoverage, Options{Width: 1920, Height: 1080, Caption: Caption{
		Title: "Who reported what", Notes: "A filled cell: the source reports the claim, in its own words.",
		Credit: "Source: 5 articles, 2019–2023 · Storylens"}}},
	{"timeline-5000-sources-dark", Timeline, Options{Width: 1024, Height: 700, Theme: ThemeDark}},
	// The app's claims panel in a 1024×700 window: laid out at its own
	// width, grown (chartview).
	{"claim-frequency-240-grown", ClaimFrequency, Options{Width: 240, Height: 240, Grow: true}},
	{"source-coverage-240-grown", SourceCoverage, Options{Width: 240, Height: 240, Grow: true}},
	{"timeline-240-grown", Timeline, Options{Width: 240, Height: 240, Grow: true}},
}

// Tolerance: different float rounding may move anti-aliased edges a
// little, nothing more.
const (
	maxMeanDiff     = 0.6   // mean absolute difference per channel, 0..255
	maxFarPixels    = 0.004 // share of pixels differing by more than 64 in some channel
	farChannelDelta = 64
)

func TestGoldenPNGs(t *testing.T) {
	r := renderer(t)
	for _, gc := range goldenCases {
		rep := testReport()
		switch gc.name {
		case "claim-frequency-25-claims", "claim-frequency-25-claims-1024x700":
			rep = bigReport(25, 5)
		case "timeline-5000-sources-dark":
			rep = outletReport(20, 5000, 60)
		case "source-coverage-1000-sources":
			rep = outletReport(39, 1000, 60)
		}
		c, err := Build(gc.id, rep, gc.o)
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.Image(c, 1)
		if err != nil {
			t.Fatal(err)
		}
		checkGoldenPNG(t, gc.name, got, "TestGoldenPNGs")
	}
}

// checkGoldenPNG compares got with testdata/name.png within maxMeanDiff and
// maxFarPixels, writing a mismatch to testdata/failed/; with -update it
// writes the master instead. test names the test to run with -update when
// the master is missing.
func checkGoldenPNG(t *testing.T, name string, got image.Image, test string) {
	t.Helper()
	path := filepath.Join("testdata", name+".png")
	if *update {
		var b bytes.Buffer
		if err := png.Encode(&b, got); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test -run %s -update to create it)", err, test)
	}
	want, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	mean, far := imageDiff(got, want)
	if mean > maxMeanDiff || far > maxFarPixels {
		os.MkdirAll(filepath.Join("testdata", "failed"), 0o755)
		var b bytes.Buffer
		png.Encode(&b, got)
		os.WriteFile(filepath.Join("testdata", "failed", name+".png"), b.Bytes(), 0o644)
		t.Errorf("%s: mean diff %.3f, %.4f%% far pixels (limits %.2f, %.2f%%); got image in testdata/failed/",
			name, mean, far*100, maxMeanDiff, maxFarPixels*100)
	}
}

// imageDiff returns the mean absolute channel difference and the share of
// pixels with a channel differing by more than farChannelDelta (images of
// different sizes differ completely).
func imageDiff(a, b image.Image) (mean, far float64) {
	if a.Bounds().Size() != b.Bounds().Size() {
		return math.Inf(1), 1
	}
	ab, bb := a.Bounds(), b.Bounds()
	var sum float64
	var nFar int
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			r1, g1, b1, a1 := a.At(ab.Min.X+x, ab.Min.Y+y).RGBA()
			r2, g2, b2, a2 := b.At(bb.Min.X+x, bb.Min.Y+y).RGBA()
			isFar := false
			for _, d := range []float64{diff8(r1, r2), diff8(g1, g2), diff8(b1, b2), diff8(a1, a2)} {
				sum += d
				if d > farChannelDelta {
					isFar = true
				}
			}
			if isFar {
				nFar++
			}
		}
	}
	n := float64(ab.Dx() * ab.Dy())
	return sum / (4 * n), float64(nFar) / n
}

func diff8(a, b uint32) float64 { return math.Abs(float64(a>>8) - float64(b>>8)) }

func TestImageDiffDetectsChange(t *testing.T) {
	a := image.NewRGBA(image.Rect(0, 0, 100, 100))
	b := image.NewRGBA(image.Rect(0, 0, 100, 100))
	for i := 0; i < 20*100*4; i++ {
		b.Pix[i] = 255
	}
	mean, far := imageDiff(a, b)
	if mean <= maxMeanDiff || far <= maxFarPixels {
		t.Errorf("a 20%% change passes: mean %.2f far %.3f", mean, far)
	}
	if m, f := imageDiff(a, a); m != 0 || f != 0 {
		t.Errorf("identical images differ: %v %v", m, f)
	}
}
