package mapview

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"

	"github.com/storylens/storylens/assets/basemap"
	"github.com/storylens/storylens/assets/gazetteer"
	"github.com/storylens/storylens/story/geoparse"
)

// missingGlyphs returns the runes of displayText(s) that the map's fonts
// have no glyph for.
func missingGlyphs(b *sfnt.Buffer, s string) []rune {
	var miss []rune
	for _, r := range displayText(s) {
		if !hasGlyph(b, r) {
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
	var buf sfnt.Buffer
	fixed := []string{basemap.Attribution + " · " + gazetteer.Attribution, imageMapNote,
		"Map: GSHHG, Natural Earth, DCW · Places: GeoNames, world-countries, Natural Earth, OurAirports",
		"Venue", "Place (size: mentions)", "In this step", "Station", "Position approximate (at its city)",
		"Route", "Route (approximate)", ": 12 of 40 shown", "0 1 2 3 4 5 6 7 8 9 km mi", "… → ←"}
	bad, names, mapped, labels := map[rune]string{}, 0, 0, 0
	check := func(s string) {
		if displayText(s) != s {
			mapped++
		}
		for _, r := range missingGlyphs(&buf, s) {
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
}

// TestDisplayText checks the display mapping of runes the fonts lack.
func TestDisplayText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Al Ḩillah", "Al Ḩillah"},               // the font has it: unchanged
		{"Nāḩiyat", "Nāḩiyat"},                   //
		{"Al H\u0327illah", "Al Ḩillah"},         // decomposed input is composed (NFC)
		{"Lạng Sơn", "Lạng Sơn"},                 // Vietnamese
		{"shokhaib\u064d", "shokhaib"},           // a stray Arabic mark the font lacks: dropped
		{"Mevo H\u0331oron", "Mevo H\u0331oron"}, // a combining mark the font has: kept
		{"Word\u2060joiner", "Wordjoiner"},       // a format character it lacks: dropped
		{"東京", "東京"},                             // a script it lacks: kept (drawn as boxes)
		{"", ""},
	} {
		if got := displayText(c.in); got != c.want {
			t.Errorf("displayText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// displayText only drops what cannot be drawn.
	var buf sfnt.Buffer
	for _, s := range []string{"Ḑawrān", "Ṟuwandiz", "Əli Bayramlı", "Behchokǫ̀", "Thừa Thiên - Huế"} {
		if m := missingGlyphs(&buf, s); len(m) > 0 || displayText(s) != s {
			t.Errorf("%q: drawn as %q, runes without a glyph %q", s, displayText(s), m)
		}
	}
	if m := missingGlyphs(&buf, "東京"); len(m) != 2 {
		t.Errorf("missingGlyphs(東京) = %q: the test cannot tell a missing glyph", m)
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
		var buf sfnt.Buffer
		for _, r := range got {
			if !hasGlyph(&buf, r) && unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Cc) {
				t.Fatalf("displayText(%q) = %q keeps U+%04X, which it cannot draw", s, got, r)
			}
		}
	})
}
