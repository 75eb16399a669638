package mapview

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/unicode/norm"

	"github.com/storylens/storylens/assets/basemap"
	"github.com/storylens/storylens/assets/gazetteer"
	"github.com/storylens/storylens/story/geoparse"
)

// missingGlyphs returns the runes of displayText(s) that the map's fonts
// have no glyph for.
func missingGlyphs(s string) []rune {
	var miss []rune
	for _, r := range displayText(s) {
		if !hasGlyph(r) {
			miss = append(miss, r)
		}
	}
	return miss
}

// TestEveryLabelRuneHasAGlyph checks every name the map can write from its
// own data against the fonts' cmap: every place of the embedded gazetteer
// (the basemap's labels and the places a story resolves from it take their
// name from there), the credit lines and the legend's and scale bar's
// words. A rune without a glyph is drawn as a box ("Al □illah").
func TestEveryLabelRuneHasAGlyph(t *testing.T) {
	g, err := geoparse.Default()
	if err != nil {
		t.Fatal(err)
	}
	fixed := []string{basemap.Attribution + " · " + gazetteer.Attribution, imageMapNote,
		"Map: GSHHG, Natural Earth, DCW · Places: GeoNames, world-countries, Natural Earth, OurAirports",
		"Venue", "Place (size: mentions)", "In this step", "Station", "Position approximate (at its city)",
		"Route", "Route (approximate)", ": 12 of 40 shown", "0 1 2 3 4 5 6 7 8 9 km mi", "… → ←"}
	bad, names, mapped, labels := map[rune]string{}, 0, 0, 0
	check := func(s string) {
		if displayText(s) != s {
			mapped++
		}
		for _, r := range missingGlyphs(s) {
			if _, ok := bad[r]; !ok {
				bad[r] = s
			}
		}
	}
	for _, s := range fixed {
		check(s)
	}
	g.Each(func(p geoparse.Place) bool {
		names++
		if _, ok := baseLabelFor(p); ok {
			labels++
		}
		check(p.Name)
		return true
	})
	t.Logf("%d gazetteer names (%d basemap labels); %d drawn otherwise than written (displayText)", names, labels, mapped)
	for r, s := range bad {
		t.Errorf("U+%04X %q has no glyph in the map's fonts (in %q)", r, r, s)
	}
	if names < 10000 || labels < 1000 {
		t.Fatalf("only %d names, %d labels: the gazetteer did not load in full", names, labels)
	}
	// The scripts of names a user's story may hold: every letter of each
	// national character set the CJK faces keep, and the letters and marks
	// of Arabic, Hebrew, Devanagari and Thai.
	n := 0
	for _, set := range scriptRunes(t) {
		for _, r := range set.runes {
			n++
			if !hasGlyph(r) {
				t.Errorf("%s: U+%04X %q has no glyph in the map's fonts", set.name, r, r)
			}
		}
	}
	t.Logf("%d runes of other scripts checked", n)
}

// cjkLetter reports whether r is an ideograph (the unified and
// compatibility blocks), a kana or a Hangul syllable or jamo: the letters
// of place names, not the enclosed and squared forms the character sets
// also hold.
func cjkLetter(r rune) bool {
	switch {
	case unicode.Is(unicode.Han, r):
		return r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF
	case unicode.In(r, unicode.Hiragana, unicode.Katakana):
		return r >= 0x3041 && r <= 0x30FF
	case unicode.Is(unicode.Hangul, r):
		return r >= 0xAC00 && r <= 0xD7A3 || r >= 0x3131 && r <= 0x318E
	}
	return false
}

// runeSet is a named set of runes the map must draw.
type runeSet struct {
	name  string
	runes []rune
}

// scriptRunes returns the runes of the scripts the fallback faces cover:
// every Han, Kana and Hangul character of GB 2312, Big5 level 1, JIS X
// 0208 and KS X 1001 (decoded by x/text's encodings, independently of the
// generator's Python codecs), all modern Hangul syllables, and the letters
// and marks of the Arabic, Hebrew, Devanagari and Thai blocks.
func scriptRunes(t *testing.T) []runeSet {
	t.Helper()
	span := func(lo, hi rune, keep func(rune) bool) []rune {
		var out []rune
		for r := lo; r <= hi; r++ {
			if keep(r) {
				out = append(out, r)
			}
		}
		return out
	}
	letterOrMark := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) }
	cjk := func(name string, enc encoding.Encoding, lead, lastLead, trailLo, trailHi byte) runeSet {
		d := enc.NewDecoder()
		set := runeSet{name: name}
		for a := int(lead); a <= int(lastLead); a++ {
			if enc == japanese.EUCJP && a == 0xAD {
				continue // row 13: NEC's additions, not JIS X 0208
			}
			for b := int(trailLo); b <= int(trailHi); b++ {
				out, err := d.Bytes([]byte{byte(a), byte(b)})
				r, n := utf8.DecodeRune(out)
				if err != nil || n != len(out) || r == utf8.RuneError {
					continue
				}
				if cjkLetter(r) {
					set.runes = append(set.runes, r)
				}
			}
		}
		if len(set.runes) < 2000 {
			t.Fatalf("%s: only %d characters decoded", name, len(set.runes))
		}
		return set
	}
	big5 := cjk("Big5 level 1", traditionalchinese.Big5, 0xA4, 0xC6, 0x40, 0xFE)
	var level1 []rune
	for _, r := range big5.runes {
		if b, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(string(r))); err == nil && len(b) == 2 && (b[0] < 0xC6 || b[0] == 0xC6 && b[1] <= 0x7E) {
			level1 = append(level1, r)
		}
	}
	big5.runes = level1
	return []runeSet{
		cjk("GB 2312", simplifiedchinese.GBK, 0xA1, 0xF7, 0xA1, 0xFE),
		big5,
		cjk("JIS X 0208", japanese.EUCJP, 0xA1, 0xF4, 0xA1, 0xFE),
		cjk("KS X 1001", korean.EUCKR, 0xA1, 0xFE, 0xA1, 0xFE),
		{"Hangul syllables", span(0xAC00, 0xD7A3, func(rune) bool { return true })},
		// The kana in use (Droid Sans Fallback lacks the rare ゕゖゟヷヸヹヺヿ),
		// the prolonged sound mark and the middle dot.
		{"Hiragana and Katakana", append(span(0x3041, 0x30F6, func(r rune) bool {
			return unicode.In(r, unicode.Hiragana, unicode.Katakana) && !strings.ContainsRune("ゕゖゟ", r)
		}), 'ー', '・')},
		{"Arabic", span(0x0620, 0x0669, letterOrMark)},
		{"Hebrew", span(0x05D0, 0x05EA, letterOrMark)},
		{"Devanagari", span(0x0900, 0x097F, letterOrMark)},
		{"Thai", span(0x0E01, 0x0E5B, letterOrMark)},
	}
}

// TestDisplayText checks the display mapping of runes the fonts lack.
func TestDisplayText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Al Ḩillah", "Al Ḩillah"},                       // the font has it: unchanged
		{"Nāḩiyat", "Nāḩiyat"},                           //
		{"Al H\u0327illah", "Al Ḩillah"},                 // decomposed input is composed (NFC)
		{"Lạng Sơn", "Lạng Sơn"},                         // Vietnamese
		{"shokhaib\u064d", "shokhaib"},                   // a stray Arabic mark the font lacks: dropped
		{"Mevo H\u0331oron", "Mevo H\u0331oron"},         // a combining mark the font has: kept
		{"Word\u2060joiner", "Wordjoiner"},               // a format character it lacks: dropped
		{"東京", "東京"},                                     // a fallback face has it: unchanged
		{"دمشق\u064d", "دمشق\u064d"},                     // the mark on an Arabic letter: kept
		{"\U00010900\U00010901", "\U00010900\U00010901"}, // a script no face has: kept (drawn as boxes)
		{"", ""},
	} {
		if got := displayText(c.in); got != c.want {
			t.Errorf("displayText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// displayText only drops what cannot be drawn.
	for _, s := range []string{"Ḑawrān", "Ṟuwandiz", "Əli Bayramlı", "Behchokǫ̀", "Thừa Thiên - Huế"} {
		if m := missingGlyphs(s); len(m) > 0 || displayText(s) != s {
			t.Errorf("%q: drawn as %q, runes without a glyph %q", s, displayText(s), m)
		}
	}
	if m := missingGlyphs("\U00010900\U00010901"); len(m) != 2 {
		t.Errorf("missingGlyphs(Phoenician) = %q: the test cannot tell a missing glyph", m)
	}
}

// TestLabelDrawsNoMissingGlyphBox renders a name with a dotted letter and
// compares it with the same name where that letter is the missing-glyph
// box: the masks must differ (the letter is drawn, not the box).
func TestLabelDrawsNoMissingGlyphBox(t *testing.T) {
	tc := newTextCache()
	got := tc.get("Al Ḩillah", false, 14)
	box := tc.get("Al \uffffillah", false, 14) // U+FFFF is no character: the font draws its box
	gw, _ := got.size()
	bw, _ := box.size()
	if gw == bw && bytes.Equal(got.mask.Pix, box.mask.Pix) {
		t.Fatal("Ḩ is drawn as the missing-glyph box")
	}
	if !strings.Contains(displayText("Al Ḩillah"), "Ḩ") {
		t.Fatal("Ḩ was mapped away although the font has it")
	}
}

// FuzzDisplayText checks displayText on any name: valid UTF-8 out, the
// same text (canonically equivalent) when applied again, and nothing left
// that is an undrawable mark or format character.
func FuzzDisplayText(f *testing.F) {
	for _, s := range []string{"Al Ḩillah", "shokhaib\u064d", "Lạng Sơn", "東京", "a\u0301\u0302\u200d", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := displayText(s)
		if !utf8.ValidString(got) && utf8.ValidString(s) {
			t.Fatalf("displayText(%q) = %q: not UTF-8", s, got)
		}
		if again := displayText(got); norm.NFD.String(again) != norm.NFD.String(got) {
			t.Fatalf("displayText(%q) = %q, then %q", s, got, again)
		}
		for _, r := range got {
			if !hasGlyph(r) && unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Cc) {
				t.Fatalf("displayText(%q) = %q keeps U+%04X, which it cannot draw", s, got, r)
			}
		}
	})
}
