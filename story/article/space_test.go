package article

import (
	"strings"
	"testing"
	"unicode"
)

// The definitions countWords and normaliseSpace must agree with.
func fieldsNormalise(s string) string { return strings.Join(strings.Fields(s), " ") }

func fieldsCountWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

var spaceCases = []string{
	"", " ", "  ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u2003b", "a\u3000b",
	"Kim took the train.", " Kim  took\tthe train. ", "— – …", "a — b", "3 km", "x\u200bx",
	"état été", "東京 駅", "\x85a", "a\u0085b", "a \u2028 b", "-- 12 --", "'' \"\" ()",
}

func TestNormaliseSpaceMatchesFields(t *testing.T) {
	for _, s := range spaceCases {
		if got, want := normaliseSpace(s), fieldsNormalise(s); got != want {
			t.Errorf("normaliseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestCountWordsMatchesFields(t *testing.T) {
	for _, s := range spaceCases {
		if got, want := countWords(s), fieldsCountWords(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzSpace(f *testing.F) {
	for _, s := range spaceCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normaliseSpace(s), fieldsNormalise(s); got != want {
			t.Errorf("normaliseSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := countWords(s), fieldsCountWords(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	})
}
