package claims

import (
	"strings"
	"unicode/utf8"
)

// maxLabel is the longest label in bytes before it is cut at a clause.
const maxLabel = 140

// leadIns are sentence openers that carry no claim.
var leadIns = map[string]bool{
	"earlier": true, "however": true, "meanwhile": true, "interestingly": true, "furthermore": true,
	"moreover": true, "still": true, "also": true, "separately": true, "additionally": true, "indeed": true,
	"in addition": true, "last week": false,
}

// Label is the label a claim told by sentence gets: the sentence without
// its dateline, lead-in adverb or trailing attribution, cut at a clause when
// it is long (as discovered groups are labelled).
func Label(sentence string) string { return shorten(sentence) }

// shorten makes a label from a sentence without losing its claim: it drops
// a lead-in adverb ("Earlier, "), a trailing attribution (", the Kremlin
// said Monday", ", according to ..."), and cuts a long sentence at the last
// clause boundary before maxLabel bytes (or a word boundary) with "…".
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if k := datelineEnd(s); k > 0 && k < len(s) {
		s = upperFirst(s[k:])
	}
	if i := strings.Index(s, ", "); i > 0 && leadIns[strings.ToLower(s[:i])] {
		s = upperFirst(s[i+2:])
	}
	for k := 0; k < 2; k++ {
		i := strings.LastIndex(s, ", ")
		if i <= 0 {
			break
		}
		tail := s[i+2:]
		if len(strings.Fields(tail)) > 12 || !isAttribution(tail) || len(strings.Fields(s[:i])) < 3 {
			break
		}
		s = s[:i]
	}
	s = strings.TrimRight(s, ".;: ")
	// Drop short parentheticals (", in response to these developments,")
	// while the label is too long, and a short opening clause that sets the
	// scene ("A day after the pomp of Paris, "), so that the cut below
	// keeps the claim.
	for len(s) > maxLabel {
		best, bestEnd := -1, -1
		if j := strings.Index(s, ", "); j > 0 {
			if n := len(strings.Fields(s[:j])); n <= 8 && sceneSetting(s[:j]) && !containsAnyRune(s[:j], "\"“”") &&
				len(strings.Fields(s[j+2:])) >= 6 {
				best, bestEnd = 0, j+2
			}
		}
		for i := 0; i < len(s); {
			j := strings.Index(s[i:], ", ")
			if j < 0 {
				break
			}
			a := i + j
			k := strings.Index(s[a+2:], ", ")
			if k < 0 {
				break
			}
			b := a + 2 + k
			if n := len(strings.Fields(s[a+2 : b])); n <= 8 && !containsAnyRune(s[a:b], "\"“”") &&
				(best < 0 || b-a < bestEnd-best) {
				best, bestEnd = a, b
			}
			i = a + 2
		}
		if best < 0 {
			break
		}
		if best == 0 {
			s = upperFirst(s[bestEnd:])
		} else {
			s = s[:best] + s[bestEnd:]
		}
	}
	if len(s) <= maxLabel {
		return s
	}
	cut := s[:maxLabel]
	for !utf8.ValidString(cut) {
		cut = cut[:len(cut)-1]
	}
	best := -1
	for _, sep := range []string{", ", "; ", " – ", " — ", " -- "} {
		if i := strings.LastIndex(cut, sep); i > best {
			best = i
		}
	}
	if best > 0 && len(strings.Fields(cut[:best])) >= 6 {
		return strings.TrimRight(cut[:best], ",;: ") + "…"
	}
	if i := strings.LastIndex(cut, " "); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, ",;: ") + "…"
}

// sceneSetting reports whether an opening clause tells when or where, not
// who: it opens with a preposition or conjunction of time or place ("After
// the talks", "On Tuesday", "In Belgrade") or a span of time ("A day after
// the pomp of Paris", "Two weeks later"); "A Kremlin spokesman" tells who.
func sceneSetting(clause string) bool {
	w := strings.Fields(strings.ToLower(clause))
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "after", "before", "on", "in", "at", "during", "following", "since", "while", "when", "as", "hours", "days",
		"weeks", "moments", "shortly", "soon", "later", "earlier":
		return true
	case "a", "an", "one", "two", "three", "four", "few":
		return len(w) > 1 && timeSpans[strings.TrimSuffix(w[1], "s")]
	}
	return false
}

// timeSpans are the nouns of a span of time ("a day after", "two weeks
// later").
var timeSpans = map[string]bool{"day": true, "week": true, "month": true, "year": true, "hour": true,
	"minute": true, "few": true, "couple": true, "night": true, "morning": true, "evening": true}

// isAttribution reports whether a clause says who said it ("the Kremlin said
// Monday", "according to a statement", "The Associated Press reported").
func isAttribution(clause string) bool {
	if containsAnyRune(clause, "\"“”") {
		return false
	}
	first := strings.ToLower(strings.SplitN(clause, " ", 2)[0])
	if strings.HasSuffix(first, "ing") && first != "according" {
		return false // "saying Pyongyang will ..." carries the claim
	}
	for _, t := range tokenize(clause, nil) {
		if t.word == "say" {
			return true
		}
	}
	return false
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return strings.ToUpper(string(r)) + s[n:]
}
