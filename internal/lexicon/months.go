// Package lexicon holds the word lists that several readers of article
// text share, so that each list has one home: the month names and their
// abbreviations (story/article, story/quantity, story/itinerary), and the
// titles written before a person's name and their abbreviations
// (story/article, story/claims, story/geoparse, story/itinerary; titles.go).
//
// The stopword lists are not here: story/claims (function words, for claim
// keys), story/geoparse (what stops a capitalised place name) and
// story/quantity (what ends a counted phrase) each keep a list that differs
// from the others on purpose, each saying why beside it.
package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Months maps the lower-case English month names and their usual
// abbreviations ("sep" and "sept") to 1..12. Do not change it: it is
// shared.
var Months = map[string]int{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12}

// fullMonths are the month names in full, January first.
var fullMonths = [12]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// IsMonthAbbreviation reports whether a lower-case word is a month's
// abbreviation ("sept", "dec"), not its full name ("may").
func IsMonthAbbreviation(lower string) bool {
	m, ok := Months[lower]
	return ok && fullMonths[m-1] != lower
}

// CapitalisedMonths returns Months with each key capitalised as a month is
// written in running text ("January", "Sept"), for readers that match
// words as written.
func CapitalisedMonths() map[string]int {
	out := make(map[string]int, len(Months))
	for k, v := range Months {
		r, n := utf8.DecodeRuneInString(k)
		out[string(unicode.ToUpper(r))+k[n:]] = v
	}
	return out
}

// MonthName is month m's name in full, capitalised ("September"), or ""
// outside 1..12.
func MonthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return strings.ToUpper(fullMonths[m-1][:1]) + fullMonths[m-1][1:]
}
