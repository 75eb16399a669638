package storyview

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"strings"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/storylens/storylens/assets/fonts"
	"github.com/storylens/storylens/mapview"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
	"github.com/storylens/storylens/story/markup"
)

// slideFonts are the faces slide text is drawn with: the map's, the Go
// fonts (assets/fonts parses them once for both).
func slideFonts() (reg, bold *opentype.Font, err error) {
	if reg, err = fonts.Parse(fonts.GoRegular); err != nil {
		return nil, nil, err
	}
	bold, err = fonts.Parse(fonts.GoBold)
	return reg, bold, err
}

// renderMap draws the map of step i headless (for exports and slides); the
// slide golden test replaces it with a flat stand-in.
var renderMap = func(s *story.Story, rep *analysis.Report, step, w, h int, scale float64, dark bool) (*image.RGBA, error) {
	return mapview.Render(s, rep, mapview.RenderOptions{Step: step, Width: w, Height: h, Scale: scale, Dark: dark})
}

// SlideOptions size a slide: Width×Height logical pixels times Scale.
type SlideOptions struct {
	Width, Height int
	Scale         float64
	Dark          bool
}

// Slide draws step i of s as one presentation slide: the map of the step on
// the left and the step's counter, title, date and text on the right.
func Slide(s *story.Story, rep *analysis.Report, i int, opt SlideOptions) (*image.RGBA, error) {
	if s == nil || i < 0 || i >= len(s.Steps) {
		return nil, fmt.Errorf("slide: no step %d", i+1)
	}
	if opt.Width <= 0 || opt.Height <= 0 {
		opt.Width, opt.Height = 1600, 900
	}
	if opt.Scale <= 0 {
		opt.Scale = 1
	}
	W, H := int(float64(opt.Width)*opt.Scale), int(float64(opt.Height)*opt.Scale)
	img := image.NewRGBA(image.Rect(0, 0, W, H))
	bg, fg, dim := color.RGBA{0xff, 0xff, 0xff, 0xff}, color.RGBA{0x1a, 0x1a, 0x1a, 0xff}, color.RGBA{0x5f, 0x63, 0x68, 0xff}
	if opt.Dark {
		bg, fg, dim = color.RGBA{0x17, 0x1a, 0x1f, 0xff}, color.RGBA{0xf0, 0xf0, 0xf0, 0xff}, color.RGBA{0xa0, 0xa4, 0xaa, 0xff}
	}
	draw.Draw(img, img.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)

	mapW := opt.Width * 62 / 100
	m, err := renderMap(s, rep, i, mapW, opt.Height, opt.Scale, opt.Dark)
	if err != nil {
		return nil, fmt.Errorf("slide %d: map: %w", i+1, err)
	}
	draw.Draw(img, m.Bounds(), m, m.Bounds().Min, draw.Src)

	reg, bold, err := slideFonts()
	if err != nil {
		return nil, fmt.Errorf("slide: fonts: %w", err)
	}
	sc := opt.Scale
	face := func(f *opentype.Font, size float64) (slideFace, error) {
		bold := f != reg
		ff, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size * sc, DPI: 72, Hinting: font.HintingFull})
		return slideFace{Face: ff, bold: bold, px: size * sc}, err
	}
	small, err := face(reg, 18)
	if err != nil {
		return nil, err
	}
	title, err := face(bold, 36)
	if err != nil {
		return nil, err
	}
	body, err := face(reg, 22)
	if err != nil {
		return nil, err
	}
	pad := int(40 * sc)
	x0 := int(float64(mapW)*sc) + pad
	maxW := W - x0 - pad
	y := pad
	st := s.Steps[i]
	right := x0 + maxW
	y = drawLines(img, small, dim, x0, right, y, []string{fmt.Sprintf("Step %d of %d", i+1, len(s.Steps))})
	y += int(10 * sc)
	y = drawLines(img, title, fg, x0, right, y, wrap(title, st.Title, maxW))
	date := st.Date
	if date == "" && rep != nil && i < len(rep.Steps) {
		date = rep.Steps[i].Date
	}
	if date != "" {
		y = drawLines(img, small, dim, x0, right, y+int(6*sc), []string{date})
	}
	y += int(18 * sc)
	for _, para := range strings.Split(markup.Parse(st.Body).PlainText(), "\n\n") {
		if y > H-pad {
			break
		}
		y = drawLines(img, body, fg, x0, right, y, wrap(body, para, maxW)) + int(12*sc)
	}
	if s.Title != "" {
		drawLines(img, small, dim, x0, right, H-pad-int(24*sc), []string{s.Title})
	}
	return img, nil
}

// splitIdeographic breaks a word wider than maxW that holds Han or Kana
// (Chinese and Japanese put no spaces between words) into pieces that
// fit, between any two characters but before closing punctuation (a line
// does not start with 。 or 」). Other words are returned whole.
func splitIdeographic(face slideFace, w string, maxW int) []string {
	ideo := false
	for _, r := range w {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			ideo = true
			break
		}
	}
	if !ideo || face.measure(w) <= maxW {
		return []string{w}
	}
	var out []string
	var cur []rune
	for _, r := range w {
		if len(cur) > 0 && !unicode.In(r, unicode.Pe, unicode.Pf, unicode.Po) && face.measure(string(cur)+string(r)) > maxW {
			out = append(out, string(cur))
			cur = nil
		}
		cur = append(cur, r)
	}
	return append(out, string(cur))
}

// slideFace is a Go font face at a size, with the fallback chain for text
// it cannot draw (see drawLine).
type slideFace struct {
	font.Face
	bold bool
	px   float64 // pixels per em
}

// plain reports whether the Go font draws s alone, left to right.
func (f slideFace) plain(s string) bool {
	if f.bold {
		return fonts.Plain(fonts.GoBold, s)
	}
	return fonts.Plain(fonts.GoRegular, s)
}

// measure returns the width of s in pixels, as drawLines draws it.
func (f slideFace) measure(s string) int {
	if !f.plain(s) {
		if l, err := fonts.Shape(s, f.bold); err == nil {
			return int(l.Advance*f.px + 0.999)
		}
	}
	return font.MeasureString(f.Face, s).Ceil()
}

// wrap breaks text into lines no wider than maxW pixels in face.
func wrap(face slideFace, text string, maxW int) []string {
	var lines []string
	line := ""
	var words []string
	for _, w := range strings.Fields(text) {
		words = append(words, splitIdeographic(face, w, maxW)...)
	}
	for _, w := range words {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if line != "" && face.measure(try) > maxW {
			lines = append(lines, line)
			line = w
			continue
		}
		line = try
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// drawLines draws the lines of one paragraph from top y and returns the y
// below the last: from x, or ending at right when the paragraph is written
// right to left. A line the Go font cannot draw alone (another script, or
// right to left) is shaped from the fallback chain of assets/fonts and
// drawn unhinted.
func drawLines(dst *image.RGBA, face slideFace, col color.Color, x, right, y int, lines []string) int {
	m := face.Metrics()
	lh := (m.Height * 12 / 10).Ceil()
	d := font.Drawer{Dst: dst, Src: image.NewUniform(col), Face: face}
	rtl := fonts.RightToLeft(strings.Join(lines, " "))
	for _, l := range lines {
		y += lh
		if y > dst.Bounds().Dy() {
			break
		}
		base := y - m.Descent.Ceil()
		if !face.plain(l) {
			if sl, err := fonts.Shape(l, face.bold); err == nil {
				mask, mb := sl.Mask(face.px, m.Ascent.Ceil(), m.Descent.Ceil(), 1)
				lx := x
				if rtl {
					lx = max(x, right-int(sl.Advance*face.px+0.999))
				}
				r := mask.Bounds().Add(image.Pt(lx-1, base-mb))
				draw.DrawMask(dst, r, image.NewUniform(col), image.Point{}, mask, image.Point{}, draw.Over)
				continue
			}
		}
		d.Dot = fixed.P(x, base)
		d.DrawString(l)
	}
	return y
}
