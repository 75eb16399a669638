package fonts

import (
	"testing"

	"golang.org/x/image/font/sfnt"
)

func TestFontsParse(t *testing.T) {
	for name, b := range map[string][]byte{"regular": SansRegular, "bold": SansBold} {
		f, err := sfnt.Parse(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var buf sfnt.Buffer
		got, err := f.Name(&buf, sfnt.NameIDFamily)
		if err != nil || got != Family {
			t.Errorf("%s: family %q (%v), want %q", name, got, err, Family)
		}
		if f.NumGlyphs() < 500 {
			t.Errorf("%s: only %d glyphs", name, f.NumGlyphs())
		}
	}
}
