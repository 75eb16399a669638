package lexicon

import "strconv"

// Count writes n and the noun, in the plural unless n is 1: "1 article",
// "2 articles", "0 trips". The noun is a regular one (its plural adds s);
// for a phrase, its last word is the noun ("3 more passages").
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
