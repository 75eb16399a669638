package story

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug makes an id from a name: lower-case letters and digits joined by
// single hyphens, accents removed ("Élysée Palace" → "elysee-palace"),
// about 48 bytes at most; "" when the name has no letter or digit. It is
// the one slug of the project (drafts, edits, imports).
func Slug(name string) string {
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
