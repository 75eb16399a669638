package storyview

import (
	"errors"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"github.com/storylens/storylens/internal/goldenimg"
	"github.com/storylens/storylens/internal/safefile"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// TestSlideGolden checks the slide layout (title, date, wrapped text) with
// a flat stand-in for the map, so that map style changes do not move it;
// TestExportMapAndSlidesNeverOverwrites runs the real map.
func TestSlideGolden(t *testing.T) {
	s, rep := fixture(t)
	real := renderMap
	t.Cleanup(func() { renderMap = real })
	renderMap = func(_ *story.Story, _ *analysis.Report, _, w, h int, scale float64, _ bool) (*image.RGBA, error) {
		img := image.NewRGBA(image.Rect(0, 0, int(float64(w)*scale), int(float64(h)*scale)))
		draw.Draw(img, img.Bounds(), image.NewUniform(color.RGBA{0xaa, 0xd3, 0xdf, 0xff}), image.Point{}, draw.Src)
		return img, nil
	}
	img, err := Slide(s, rep, 1, SlideOptions{Width: 960, Height: 540, Scale: 1})
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Dx() != 960 || img.Bounds().Dy() != 540 {
		t.Fatalf("slide is %v", img.Bounds())
	}
	goldenimg.Assert(t, "testdata", "slide_step2.png", img)

	big, err := Slide(s, rep, 2, SlideOptions{Width: 960, Height: 540, Scale: 2, Dark: true})
	if err != nil || big.Bounds().Dx() != 1920 {
		t.Fatalf("scale 2 slide: %v, %v", big.Bounds(), err)
	}
	if _, err := Slide(s, rep, 7, SlideOptions{}); err == nil {
		t.Error("a slide of a missing step should fail")
	}
}

func TestWrapFitsWidth(t *testing.T) {
	f, _, err := slideFonts()
	if err != nil {
		t.Fatal(err)
	}
	ff, _ := opentype.NewFace(f, &opentype.FaceOptions{Size: 20, DPI: 72})
	face := slideFace{Face: ff, px: 20}
	lines := wrap(face, "Kim Jong Un travelled to Vladivostok by armored train to meet Vladimir Putin at the cosmodrome", 200)
	if len(lines) < 3 {
		t.Fatalf("lines %q", lines)
	}
	for _, l := range lines {
		if w := font.MeasureString(face, l).Ceil(); w > 200 && len(strings.Fields(l)) > 1 {
			t.Errorf("line %q is %d px wide", l, w)
		}
	}
	// A line in another script is measured as shaped, as it is drawn.
	lines = wrap(face, "عقدت القمة في القاهرة بين الرئيسين في قصر الاتحادية", 200)
	if len(lines) < 2 {
		t.Fatalf("lines %q", lines)
	}
	for _, l := range lines {
		if w := face.measure(l); w > 200 && len(strings.Fields(l)) > 1 {
			t.Errorf("line %q is %d px wide", l, w)
		}
	}
}

// TestSlideScriptsGolden draws a slide whose title and text are in
// scripts the Go fonts lack, shaped from the fallback faces (look at
// testdata/slide_scripts.png when it changes).
func TestSlideScriptsGolden(t *testing.T) {
	real := renderMap
	t.Cleanup(func() { renderMap = real })
	renderMap = func(_ *story.Story, _ *analysis.Report, _, w, h int, scale float64, _ bool) (*image.RGBA, error) {
		img := image.NewRGBA(image.Rect(0, 0, int(float64(w)*scale), int(float64(h)*scale)))
		draw.Draw(img, img.Bounds(), image.NewUniform(color.RGBA{0xaa, 0xd3, 0xdf, 0xff}), image.Point{}, draw.Src)
		return img, nil
	}
	s := &story.Story{Title: "القمة · 정상회담 · 首脳会談", Steps: []story.Step{{ID: "s1", Title: "عقدت القمة في القاهرة",
		Date: "2024-05-01",
		Body: "הפגישה נערכה בירושלים ב-2019.\n\n首相は東京で記者会見を開いた。\n\n정상회담은 서울에서 열렸다.\n\nनई दिल्ली · กรุงเทพมหานคร"}}}
	img, err := Slide(s, nil, 0, SlideOptions{Width: 960, Height: 540, Scale: 1})
	if err != nil {
		t.Fatal(err)
	}
	goldenimg.Assert(t, "testdata", "slide_scripts.png", img)
}

func TestExportMapAndSlidesNeverOverwrites(t *testing.T) {
	s, rep := fixture(t)
	src := ExportSource{Story: s, Report: rep, Step: 1}
	dir := t.TempDir()
	opt := ExportOptions{Dir: dir, Scale: 1, Width: 640, Height: 400, Map: true, Slides: true}
	var last [2]int
	files, err := Export(src, opt, false, func(d, n int) { last = [2]int{d, n} })
	if err != nil {
		t.Fatal(err)
	}
	want := PlannedFiles(opt, len(s.Steps), 1)
	if len(files) != len(want) || last != [2]int{len(want), len(want)} {
		t.Fatalf("wrote %q (progress %v), planned %q", files, last, want)
	}
	f, err := os.Open(filepath.Join(dir, "map-step-2.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 640 || cfg.Height != 400 {
		t.Errorf("map PNG %dx%d, %v", cfg.Width, cfg.Height, err)
	}
	if got := Existing(want); len(got) != len(want) {
		t.Errorf("existing found %d of %d", len(got), len(want))
	}
	if _, err := Export(src, opt, false, nil); !errors.Is(err, safefile.ErrExists) {
		t.Errorf("second export without overwrite: %v", err)
	}
	if _, err := Export(src, opt, true, nil); err != nil {
		t.Errorf("export with overwrite: %v", err)
	}
}

func TestSplitIdeographic(t *testing.T) {
	f, _, err := slideFonts()
	if err != nil {
		t.Fatal(err)
	}
	ff, _ := opentype.NewFace(f, &opentype.FaceOptions{Size: 20, DPI: 72})
	face := slideFace{Face: ff, px: 20}
	for _, tc := range []struct {
		w    string
		maxW int
		want []string
	}{
		{"Vladivostok", 40, []string{"Vladivostok"}},    // not ideographic: whole, however wide
		{"東京", 200, []string{"東京"}},                     // fits
		{"首相は東京で記者会見", 100, []string{"首相は東京", "で記者会見"}}, // 20 px a character
		{"東京。", 40, []string{"東京。"}},                    // a line does not start with 。
	} {
		got := splitIdeographic(face, tc.w, tc.maxW)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("splitIdeographic(%q, %d) = %q, want %q", tc.w, tc.maxW, got, tc.want)
		}
	}
}
