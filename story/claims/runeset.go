package claims

import (
	"strings"
	"unicode/utf8"
)

// containsAnyRune reports whether s holds any of the runes of set, as
// strings.ContainsAny(s, set) does, but with one byte search per rune of set
// rather than a look-up in set per rune of s: the quote marks that claims
// looks for are mostly non-ASCII, and strings.ContainsAny falls back to its
// slow path for them. It gives the same answer for any s, valid UTF-8 or not,
// because a valid rune's leading byte is never a continuation byte, so
// decoding s rune by rune starts a rune at every place the search finds one.
// set must be valid UTF-8 without utf8.RuneError.
func containsAnyRune(s, set string) bool {
	for _, r := range set {
		var ok bool
		if r < utf8.RuneSelf {
			ok = strings.IndexByte(s, byte(r)) >= 0
		} else {
			var b [utf8.UTFMax]byte
			ok = strings.Contains(s, string(b[:utf8.EncodeRune(b[:], r)]))
		}
		if ok {
			return true
		}
	}
	return false
}
