package mapview

import (
	"strings"
	"unicode"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// Map text is drawn with Liberation Sans (see fonts), which has a glyph for
// every rune of every name the embedded gazetteer gives but one stray
// Arabic mark (TestEveryLabelRuneHasAGlyph). Names from a user's articles
// or package may hold runes it lacks; displayText maps those, for display
// only, to what the font can draw.

// hasGlyph reports whether both map faces (regular and bold) have a glyph
// for r, so a name reads the same in either weight.
func hasGlyph(b *sfnt.Buffer, r rune) bool {
	reg, bold := fonts()
	if reg == nil || bold == nil {
		return false
	}
	for _, f := range [2]*sfnt.Font{reg, bold} {
		if i, err := f.GlyphIndex(b, r); err != nil || i == 0 {
			return false
		}
	}
	return true
}

// displayText returns s as the map draws it: composed (NFC), and each rune
// the map's fonts lack replaced by its canonical decomposition's parts
// that they have (a letter with a dot below the fonts lack becomes the
// base letter, with the combining dot when the fonts have that). Marks and
// format characters the fonts lack are dropped; any other rune they lack
// (a script they do not cover) is kept, and drawn as the font's missing
// glyph box, rather than silently shortening the name. The name itself is
// not changed anywhere else: lookups, exports and tooltips keep it.
func displayText(s string) string {
	s = norm.NFC.String(s)
	var buf sfnt.Buffer
	ok := true
	for _, r := range s {
		if !hasGlyph(&buf, r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if hasGlyph(&buf, r) {
			b.WriteRune(r)
			continue
		}
		for _, d := range norm.NFD.String(string(r)) {
			switch {
			case hasGlyph(&buf, d):
				b.WriteRune(d)
			case unicode.In(d, unicode.Mn, unicode.Me, unicode.Cf, unicode.Cc):
				// a mark or an invisible control: nothing to draw
			default:
				b.WriteRune(d)
			}
		}
	}
	return b.String()
}
