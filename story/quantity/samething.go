package quantity

import (
	"strings"
	"unicode"
)

// What a quantity is about, beyond its head noun and places: the rules
// that keep Conflicts to values of the same thing (see linkSameThings).

// predicateSkip are the words between a counted noun and what the sentence
// says of it that do not say it: auxiliaries, hedges and reporting verbs
// ("104 people had been rescued", "78 people were confirmed dead").
var predicateSkip = map[string]bool{"had": true, "has": true, "have": true, "been": true, "were": true, "was": true,
	"are": true, "is": true, "be": true, "being": true, "now": true, "already": true, "also": true, "still": true,
	"all": true, "reportedly": true, "confirmed": true, "reported": true, "feared": true, "believed": true,
	"thought": true, "known": true, "said": true, "to": true, "officially": true, "later": true, "since": true}

// predicate is the first word after a count's noun that says something of
// it ("rescued", "dead", "arrested", "deployed"), lower case, or "" when
// the noun ends the clause. Two counts of one noun with different
// predicates count different things: 104 people rescued and 78 people dead
// are no conflict.
func predicate(q *Quantity) string {
	if q.About == "" || int(q.End) > len(q.Sentence) || q.End < 0 {
		return ""
	}
	rest := q.Sentence[q.End:]
	if i := strings.Index(rest, q.About); i >= 0 && i < 40 {
		rest = rest[i+len(q.About):]
	}
	for _, w := range strings.Fields(rest) {
		clean := strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		lw := strings.ToLower(clean)
		if lw == "" || !unicode.IsLower([]rune(clean)[0]) {
			return ""
		}
		if !predicateSkip[lw] {
			return lw
		}
		if len(clean) < len(w) {
			// Punctuation ends the clause.
			return ""
		}
	}
	return ""
}

// inUnplacedApposition reports whether a distance stands in an apposition
// to a noun that is none of its places: "to the Malakasa camp, a fenced
// facility about 40 km outside Athens" measures from the camp, not from
// Kalamata named earlier, while "to Kalamata, a port city about 180 km
// south-west of Athens" measures from Kalamata. Such a distance relates no
// known pair of places, so it is the same thing as no other.
func inUnplacedApposition(q *Quantity) bool {
	if q.Start <= 0 || int(q.Start) > len(q.Sentence) {
		return false
	}
	before := q.Sentence[:q.Start]
	comma := strings.LastIndex(before, ", ")
	if comma < 0 {
		return false
	}
	words := strings.Fields(before[comma+2:])
	if len(words) == 0 || len(words) > 7 || (words[0] != "a" && words[0] != "an") {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLower(r) && r != '-' {
				return false
			}
		}
	}
	head := strings.TrimRight(before[:comma], " ")
	for _, p := range q.Places {
		if p != "" && strings.HasSuffix(strings.ToLower(head), strings.ToLower(p)) {
			return false
		}
	}
	return true
}

// unrelatedDistance reports whether a distance can be the same thing as
// no other: the size of a thing ("30 metres long") or a distance in an
// apposition to a noun that is not a place.
func unrelatedDistance(q *Quantity) bool {
	return q.Kind == Distance && (dimensions[q.About] || inUnplacedApposition(q))
}
