package storymapjs

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// slug makes an id from a name: lower case letters and digits joined by
// single hyphens, accents removed, about 48 bytes at most. It returns "" when the
// name has no letter or digit.
func slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
		if b.Len() >= 48 {
			break
		}
	}
	return strings.Trim(b.String(), "-")
}

// ids hands out unique ids.
type ids map[string]bool

// unique returns base, or base-2, base-3, ... when base is taken; fallback
// is used when base is empty.
func (u ids) unique(base, fallback string) string {
	if base == "" {
		base = fallback
	}
	id := base
	for n := 2; u[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	u[id] = true
	return id
}
