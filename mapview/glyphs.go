package mapview

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	assetfonts "github.com/storylens/storylens/assets/fonts"
)

// Map text is drawn from the fallback chain of assets/fonts: Liberation
// Sans, then Noto Sans Arabic, Devanagari and Thai, Nanum Gothic and Droid
// Sans Fallback, each rune from the first face that has it; text beyond
// Liberation Sans or written right to left is shaped (see fonts.Shape).
// Every rune of every name the embedded gazetteer gives has a glyph
// (TestEveryLabelRuneHasAGlyph). Names from a user's articles or package
// may hold runes no face has; displayText maps those, for display only,
// to what the faces can draw.

// hasGlyph reports whether the chain has a glyph for r in both weights
// (regular and bold), so a name reads the same in either.
func hasGlyph(r rune) bool {
	_, reg := assetfonts.FaceFor(r, false)
	_, bold := assetfonts.FaceFor(r, true)
	return reg && bold
}

// markDrawn reports whether mark r can be drawn on base: a mark is drawn
// by its base letter's face, so that face must have it (an Arabic mark
// after a Latin letter cannot be).
func markDrawn(base, r rune) bool {
	for _, bold := range [2]bool{false, true} {
		f, ok := assetfonts.FaceFor(base, bold)
		if !ok || !assetfonts.Has(f, r) {
			return false
		}
	}
	return true
}

// isMark reports whether r is a combining mark.
func isMark(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Me) }

// displayText returns s as the map draws it: composed (NFC), and each rune
// the map's fonts lack replaced by its canonical decomposition's parts
// that they have (a letter with a dot below the fonts lack becomes the
// base letter, with the combining dot when the fonts have that). Marks and
// format characters the fonts lack are dropped, and so is a mark that the
// face of the letter it sits on lacks; any other rune they lack (a script
// no face covers) is kept, and drawn as the font's missing glyph box,
// rather than silently shortening the name. The name itself is not changed
// anywhere else: lookups, exports and tooltips keep it.
func displayText(s string) string {
	s = norm.NFC.String(s)
	ok := true
	base := rune(-1)
	for _, r := range s {
		if !hasGlyph(r) || isMark(r) && base >= 0 && !markDrawn(base, r) {
			ok = false
			break
		}
		if !isMark(r) {
			base = r
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	base = -1
	put := func(d rune) {
		if isMark(d) && base >= 0 && !markDrawn(base, d) {
			return // its letter's face cannot draw it
		}
		if !isMark(d) {
			base = d
		}
		b.WriteRune(d)
	}
	for _, r := range s {
		if hasGlyph(r) {
			put(r)
			continue
		}
		for _, d := range norm.NFD.String(string(r)) {
			switch {
			case hasGlyph(d):
				put(d)
			case unicode.In(d, unicode.Mn, unicode.Me, unicode.Cf, unicode.Cc):
				// a mark or an invisible control: nothing to draw
			default:
				put(d)
			}
		}
	}
	return b.String()
}
