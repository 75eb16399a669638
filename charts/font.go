package charts

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/storylens/storylens/assets/fonts"
)

// face is one embedded font with a glyph cache. Coordinates in the cache are
// in ems (1 = font size), y down.
type face struct {
	f       *sfnt.Font
	upem    float64
	ascent  float64 // ems above the baseline
	descent float64 // ems below the baseline (positive)
	xHeight float64
	mu      sync.Mutex
	buf     sfnt.Buffer
	glyphs  map[rune]*glyph
}

// glyph is a glyph outline and advance in ems.
type glyph struct {
	advance float64
	segs    []glyphSeg
}

// glyphSeg is one outline segment: op is 'M', 'L', 'Q' or 'C'; pts holds 1,
// 2 or 3 points.
type glyphSeg struct {
	op  byte
	pts [3][2]float64
}

var (
	facesOnce sync.Once
	faceReg   *face
	faceBold  *face
	facesErr  error
)

// loadFaces parses the embedded fonts once.
func loadFaces() (reg, bold *face, err error) {
	facesOnce.Do(func() {
		faceReg, facesErr = newFace(fonts.LiberationSans)
		if facesErr == nil {
			faceBold, facesErr = newFace(fonts.LiberationSansBold)
		}
	})
	return faceReg, faceBold, facesErr
}

// newFace is the embedded face id with an empty glyph cache.
func newFace(id fonts.Face) (*face, error) {
	f, err := fonts.Parse(id)
	if err != nil {
		return nil, err
	}
	fc := &face{f: f, upem: float64(f.UnitsPerEm()), glyphs: map[rune]*glyph{}}
	m, err := f.Metrics(&fc.buf, fixed.Int26_6(f.UnitsPerEm())<<6, 0)
	if err != nil {
		return nil, fmt.Errorf("font %v metrics: %w", id, err)
	}
	fc.ascent = float64(m.Ascent) / 64 / fc.upem
	fc.descent = float64(m.Descent) / 64 / fc.upem
	fc.xHeight = float64(m.XHeight) / 64 / fc.upem
	if fc.xHeight <= 0 {
		fc.xHeight = 0.52
	}
	return fc, nil
}

// glyph returns the cached outline of r (the font's .notdef box when r is
// missing).
func (fc *face) glyph(r rune) *glyph {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	if g, ok := fc.glyphs[r]; ok {
		return g
	}
	g := fc.load(r)
	fc.glyphs[r] = g
	return g
}

func (fc *face) load(r rune) *glyph {
	ppem := fixed.Int26_6(fc.f.UnitsPerEm()) << 6
	gi, err := fc.f.GlyphIndex(&fc.buf, r)
	if err != nil {
		gi = 0
	}
	adv, err := fc.f.GlyphAdvance(&fc.buf, gi, ppem, 0)
	if err != nil {
		return &glyph{advance: 0.5}
	}
	g := &glyph{advance: float64(adv) / 64 / fc.upem}
	if r == ' ' || r == '\u00a0' {
		return g
	}
	segs, err := fc.f.LoadGlyph(&fc.buf, gi, ppem, nil)
	if err != nil {
		return g
	}
	s := 1.0 / 64 / fc.upem
	for _, sg := range segs {
		var gs glyphSeg
		n := 1
		switch sg.Op {
		case sfnt.SegmentOpMoveTo:
			gs.op = 'M'
		case sfnt.SegmentOpLineTo:
			gs.op = 'L'
		case sfnt.SegmentOpQuadTo:
			gs.op, n = 'Q', 2
		case sfnt.SegmentOpCubeTo:
			gs.op, n = 'C', 3
		}
		for i := 0; i < n; i++ {
			gs.pts[i] = [2]float64{float64(sg.Args[i].X) * s, float64(sg.Args[i].Y) * s}
		}
		g.segs = append(g.segs, gs)
	}
	return g
}

// width returns the advance width of s in ems.
func (fc *face) width(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += fc.glyph(r).advance
	}
	return w
}

// fontSpec is the part of a CSS font that matters for measuring.
type fontSpec struct {
	size float64
	bold bool
}

var fontSizeRe = regexp.MustCompile(`(\d+(?:\.\d+)?)px`)

// parseCSSFont reads the size and weight from a CSS font shorthand such as
// "bold 18px Liberation Sans" (ECharts' measureText argument). Size defaults
// to 12px.
func parseCSSFont(font string) fontSpec {
	fs := fontSpec{size: 12}
	if m := fontSizeRe.FindStringSubmatch(font); m != nil {
		if v, err := strconv.ParseFloat(m[1], 64); err == nil && v > 0 && v < 1000 {
			fs.size = v
		}
	}
	for _, w := range strings.Fields(font) {
		if isBoldWeight(w) {
			fs.bold = true
		}
	}
	return fs
}

// isBoldWeight reports whether a CSS font-weight value is bold.
func isBoldWeight(w string) bool {
	switch w {
	case "bold", "bolder":
		return true
	}
	if n, err := strconv.Atoi(w); err == nil && n >= 600 && n <= 1000 {
		return true
	}
	return false
}

// measureText returns the width in px of text drawn with the CSS font.
func measureText(text, font string) float64 {
	reg, bold, err := loadFaces()
	if err != nil {
		return float64(len(text)) * 6
	}
	fs := parseCSSFont(font)
	fc := reg
	if fs.bold {
		fc = bold
	}
	w := textWidth(fc, text, fs.bold) * fs.size
	if text == lineHeightProbe {
		// zrender's estimate of a line's height, not text to draw: kept
		// at the width it had before the fallback faces (Liberation
		// Sans' missing-glyph box), so that every chart's layout stays.
		w = fc.width(text) * fs.size
	}
	return math.Round(w*1000) / 1000
}

// lineHeightProbe is the text zrender measures to estimate a line's
// height (getLineHeight in zrender's text layout).
const lineHeightProbe = "国"

// textWidth returns the advance width of s in ems: from fc rune by rune
// when Liberation Sans draws it alone left to right, otherwise as shaped
// from the fallback chain (fonts.Shape), as the scene draws it.
func textWidth(fc *face, s string, bold bool) float64 {
	if fonts.Simple(s, bold) {
		return fc.width(s)
	}
	l, err := fonts.Shape(s, bold)
	if err != nil {
		return fc.width(s)
	}
	return l.Advance
}
