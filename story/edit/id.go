package edit

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/storylens/storylens/story"
)

// UniqueID returns an id made from base (lower-case letters and digits
// joined by hyphens, accents removed, at most about 48 bytes) that no step,
// place, route or claim of s uses: the slug itself, or the slug followed by
// -2, -3, ... An empty slug becomes "item".
func UniqueID(s *story.Story, base string) string {
	b := Slug(base)
	if b == "" {
		b = "item"
	}
	id := b
	for n := 2; taken(s, id); n++ {
		id = b + "-" + strconv.Itoa(n)
	}
	return id
}

// Slug makes an id from a name: lower-case letters and digits joined by
// single hyphens, accents removed, about 48 bytes at most; "" when the name
// has no letter or digit.
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
	return b.String()
}

// taken reports whether a step, place, route or claim of s has the id.
func taken(s *story.Story, id string) bool {
	return stepIndex(s, id) >= 0 || placeIndex(s, id) >= 0 || routeIndex(s, id) >= 0 || claimIndex(s, id) >= 0
}
