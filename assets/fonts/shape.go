package fonts

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/go-text/typesetting/di"
	gotext "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/bidi"
)

// Chain returns the faces map and chart text is drawn with, in order: a
// rune takes the first face that has a glyph for it. Liberation Sans
// (Latin, Greek, Cyrillic, Hebrew) comes first, then Noto Sans Arabic,
// Devanagari and Thai, Nanum Gothic (Hangul) and Droid Sans Fallback (Han
// and Kana, one weight: its bold chain has it too).
func Chain(bold bool) []Face {
	if bold {
		return chainBold
	}
	return chainRegular
}

var (
	chainRegular = []Face{LiberationSans, NotoSansArabic, NotoSansDevanagari, NotoSansThai, NanumGothic, DroidSansFallback}
	chainBold    = []Face{LiberationSansBold, NotoSansArabicBold, NotoSansDevanagariBold, NotoSansThaiBold, NanumGothicBold, DroidSansFallback}
)

// shaped is a face parsed for shaping (go-text/typesetting), once per
// process, beside the sfnt parse that [Parse] gives.
var shaped [numFaces]struct {
	once sync.Once
	face *gotext.Face
	err  error
}

// shapeFace returns face f parsed by go-text/typesetting.
func shapeFace(f Face) (*gotext.Face, error) {
	if f < 0 || f >= numFaces {
		return nil, fmt.Errorf("fonts: no embedded face %v", f)
	}
	p := &shaped[f]
	p.once.Do(func() {
		p.face, p.err = gotext.ParseTTF(bytes.NewReader(f.TTF()))
		if p.err != nil {
			p.err = fmt.Errorf("fonts: parse %v for shaping: %w", f, p.err)
		}
	})
	return p.face, p.err
}

// Has reports whether face f has a glyph for r.
func Has(f Face, r rune) bool {
	gf, err := shapeFace(f)
	if err != nil {
		return false
	}
	_, ok := gf.NominalGlyph(r)
	return ok
}

// FaceFor returns the first face of the chain that has a glyph for r, and
// false when none has (r is then drawn as the first face's missing-glyph
// box).
func FaceFor(r rune, bold bool) (Face, bool) {
	c := Chain(bold)
	for _, f := range c {
		if Has(f, r) {
			return f, true
		}
	}
	return c[0], false
}

// Simple reports whether s can be drawn rune by rune, left to right, from
// the chain's first face alone (Liberation Sans): each rune is in it and
// none is written right to left. Text that is not simple is drawn from
// [Shape]; simple text may be drawn either way (Shape also kerns).
func Simple(s string, bold bool) bool {
	return Plain(Chain(bold)[0], s)
}

// Plain reports whether face f alone draws s rune by rune, left to right:
// it has each rune and none is written right to left.
func Plain(f Face, s string) bool {
	for _, r := range s {
		if r < 0x80 {
			continue
		}
		if rtl(r) || !Has(f, r) {
			return false
		}
	}
	return true
}

// rtl reports whether r is a strong right-to-left letter or an Arabic
// number.
func rtl(r rune) bool {
	p, _ := bidi.LookupRune(r)
	switch p.Class() {
	case bidi.R, bidi.AL, bidi.AN:
		return true
	}
	return false
}

// Seg is one outline segment in ems (1 = the font size), y down, from the
// glyph's origin on the baseline: Op is 'M', 'L', 'Q' or 'C', with 1, 2 or
// 3 points.
type Seg struct {
	Op byte
	P  [3][2]float64
}

// Glyph is one shaped glyph: its outline placed on the line (X, Y in ems
// from the line's start on the baseline, y down) and the face it is from.
type Glyph struct {
	Face Face
	// ID is the glyph's index in its face.
	ID   uint32
	X, Y float64
	Segs []Seg
}

// Line is a string shaped as one line, its glyphs in visual order, left
// to right.
type Line struct {
	Glyphs []Glyph
	// Advance is the line's width in ems.
	Advance float64
	// Top and Bottom are the highest and lowest points of its outlines, in
	// ems from the baseline, y down (Top is negative above the baseline).
	Top, Bottom float64
}

// shapeUnit is the size text is shaped at: ems come out as 26.6 fixed
// point over it.
const shapeUnit = 1024

var shaper struct {
	mu    sync.Mutex
	hb    shaping.HarfbuzzShaper
	seg   shaping.Segmenter
	lines map[lineKey]*Line
}

type lineKey struct {
	s    string
	bold bool
}

// chainMap is the chain as a go-text Fontmap.
type chainMap struct {
	faces []*gotext.Face
}

func (c chainMap) ResolveFace(r rune) *gotext.Face {
	for _, f := range c.faces {
		if _, ok := f.NominalGlyph(r); ok {
			return f
		}
	}
	return c.faces[0]
}

// Shape lays s out as one line in the chain's faces: each rune in the first
// face that has it, split into runs by direction (the Unicode
// bidirectional algorithm, the paragraph's direction from its first strong
// letter), script and face, each run shaped by HarfBuzz (go-text's port:
// Arabic joining, Devanagari and Thai marks and conjuncts, kerning) and
// the runs put in visual order. The result is cached and shared: do not
// modify it. Safe for concurrent use.
func Shape(s string, bold bool) (*Line, error) {
	shaper.mu.Lock()
	defer shaper.mu.Unlock()
	k := lineKey{s, bold}
	if l, ok := shaper.lines[k]; ok {
		return l, nil
	}
	chain := Chain(bold)
	cm := chainMap{faces: make([]*gotext.Face, len(chain))}
	byFace := map[*gotext.Face]Face{}
	for i, f := range chain {
		gf, err := shapeFace(f)
		if err != nil {
			return nil, err
		}
		cm.faces[i] = gf
		byFace[gf] = f
	}
	runes := []rune(s)
	l := &Line{}
	if len(runes) > 0 {
		paraRTL := firstStrongRTL(runes)
		dir := di.DirectionLTR
		if paraRTL {
			dir = di.DirectionRTL
		}
		in := shaping.Input{Text: runes, RunStart: 0, RunEnd: len(runes), Direction: dir, Size: fixed.I(shapeUnit)}
		runs := shaper.seg.Split(in, cm)
		outs := make([]shaping.Output, len(runs))
		levels := make([]int, len(runs))
		for i, r := range runs {
			outs[i] = shaper.hb.Shape(r)
			levels[i] = runLevel(runs, i, paraRTL)
		}
		pen := 0.0
		for _, i := range visualOrder(levels) {
			o := outs[i]
			f := byFace[o.Face]
			for _, g := range o.Glyphs {
				gl := Glyph{Face: f, ID: uint32(g.GlyphID), X: pen + em(g.XOffset), Y: -em(g.YOffset)}
				gl.Segs = outline(o.Face, g.GlyphID)
				for _, sg := range gl.Segs {
					for _, p := range sg.P[:segPoints(sg.Op)] {
						y := gl.Y + p[1]
						l.Top, l.Bottom = min(l.Top, y), max(l.Bottom, y)
					}
				}
				l.Glyphs = append(l.Glyphs, gl)
				pen += em(g.XAdvance)
			}
		}
		l.Advance = pen
	}
	if shaper.lines == nil || len(shaper.lines) > 4096 {
		shaper.lines = map[lineKey]*Line{}
	}
	shaper.lines[k] = l
	return l, nil
}

// em converts a shaped length to ems.
func em(v fixed.Int26_6) float64 { return float64(v) / 64 / shapeUnit }

// segPoints is how many points a segment of op has.
func segPoints(op byte) int {
	switch op {
	case 'Q':
		return 2
	case 'C':
		return 3
	}
	return 1
}

// outline returns glyph gid of f in ems, y down.
func outline(f *gotext.Face, gid gotext.GID) []Seg {
	o, ok := f.GlyphData(gid).(gotext.GlyphOutline)
	if !ok {
		return nil
	}
	s := 1 / float64(f.Upem())
	segs := make([]Seg, 0, len(o.Segments))
	for _, sg := range o.Segments {
		var g Seg
		switch sg.Op {
		case ot.SegmentOpMoveTo:
			g.Op = 'M'
		case ot.SegmentOpLineTo:
			g.Op = 'L'
		case ot.SegmentOpQuadTo:
			g.Op = 'Q'
		case ot.SegmentOpCubeTo:
			g.Op = 'C'
		default:
			continue
		}
		for i := 0; i < segPoints(g.Op); i++ {
			g.P[i] = [2]float64{float64(sg.Args[i].X) * s, -float64(sg.Args[i].Y) * s}
		}
		segs = append(segs, g)
	}
	return segs
}

// RightToLeft reports whether s is a right-to-left paragraph: its first
// strong letter is Hebrew, Arabic or another right-to-left script.
func RightToLeft(s string) bool { return firstStrongRTL([]rune(s)) }

// firstStrongRTL reports whether the first strong letter of runes is
// written right to left (rules P2 and P3 of the bidirectional algorithm).
func firstStrongRTL(runes []rune) bool {
	for _, r := range runes {
		p, _ := bidi.LookupRune(r)
		switch p.Class() {
		case bidi.L:
			return false
		case bidi.R, bidi.AL:
			return true
		}
	}
	return false
}

// runLevel is run i's embedding level: right-to-left runs 1; in a
// right-to-left paragraph, left-to-right runs 2; in a left-to-right one,
// 0, or 2 for a run of numbers (no left-to-right letter) after a
// right-to-left letter (rules W7 and I1: "שנת 2019" keeps its number
// beside the Hebrew).
func runLevel(runs []shaping.Input, i int, paraRTL bool) int {
	r := runs[i]
	if r.Direction.Progression() == di.TowardTopLeft {
		return 1
	}
	if paraRTL {
		return 2
	}
	number := false
	for _, c := range r.Text[r.RunStart:r.RunEnd] {
		switch p, _ := bidi.LookupRune(c); p.Class() {
		case bidi.L:
			return 0
		case bidi.EN, bidi.AN:
			number = true
		}
	}
	if !number {
		return 0 // neutrals the algorithm left at the paragraph's level
	}
	for j := i - 1; j >= 0; j-- {
		if runs[j].Direction.Progression() == di.TowardTopLeft {
			return 2
		}
		for _, c := range runs[j].Text[runs[j].RunStart:runs[j].RunEnd] {
			if p, _ := bidi.LookupRune(c); p.Class() == bidi.L {
				return 0
			}
		}
	}
	return 0
}

// visualOrder returns the runs' indices left to right (rule L2: from the
// highest level down to the lowest odd one, reverse every sequence of runs
// at that level or higher). Each run's glyphs are already in visual order.
func visualOrder(levels []int) []int {
	idx := make([]int, len(levels))
	hi, lowOdd := 0, 1<<30
	for i, l := range levels {
		idx[i] = i
		hi = max(hi, l)
		if l%2 == 1 {
			lowOdd = min(lowOdd, l)
		}
	}
	if lowOdd > hi {
		lowOdd = hi
	}
	for lv := hi; lv >= lowOdd && lv > 0; lv-- {
		for i := 0; i < len(idx); {
			if levels[idx[i]] < lv {
				i++
				continue
			}
			j := i
			for j < len(idx) && levels[idx[j]] >= lv {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				idx[a], idx[b] = idx[b], idx[a]
			}
			i = j
		}
	}
	return idx
}
