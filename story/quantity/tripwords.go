package quantity

import (
	"regexp"
	"strings"
)

// tripWordsRe is the definition of a trip word: a word that says a
// sentence is about travel along a route. hasTripWord matches it without the
// regexp engine; the engine is kept for the two non-ASCII letters that fold
// to ASCII ones (ſ to s, the Kelvin sign to k) and as the reference the tests
// hold hasTripWord to.
var tripWordsRe = regexp.MustCompile(`(?i)\b(trip|journey|travel\w*|train|rail\w*|drive[ns]?|driving|drove|ride|rode|flight|flew|flown|fly|flies|flying|voyage|sail\w*|route|road|by car|by bus|motorcade|convoy|cover(?:ed|s|ing)?|walk\w*|trek\w*)\b`)

// hasTripWord reports whether s holds a trip word (tripWordsRe.MatchString(s))
// by looking up each ASCII word of s, an order of magnitude faster than the
// regexp on article text. A word is a run of [0-9A-Za-z_], as the regexp's
// \b and \w take it.
func hasTripWord(s string) bool {
	if strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a") {
		return tripWordsRe.MatchString(s)
	}
	for i := 0; i < len(s); {
		if !isASCIIWordByte(s[i]) {
			i++
			continue
		}
		j := wordEnd(s, i)
		if isTripWord(s[i:j]) {
			return true
		}
		if j-i == 2 && strings.EqualFold(s[i:j], "by") && j < len(s) && s[j] == ' ' {
			if w := s[j+1 : wordEnd(s, j+1)]; strings.EqualFold(w, "car") || strings.EqualFold(w, "bus") {
				return true
			}
		}
		i = j
	}
	return false
}

// isASCIIWordByte reports whether b is in [0-9A-Za-z_], the regexp
// package's \w.
func isASCIIWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// wordEnd returns the end of the run of ASCII word bytes that starts at i.
func wordEnd(s string, i int) int {
	for i < len(s) && isASCIIWordByte(s[i]) {
		i++
	}
	return i
}

// isTripWord reports whether the whole ASCII word w, in any case, is one of
// tripWordsRe's words or starts with one of its open-ended stems.
func isTripWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	var buf [9]byte
	n := min(len(w), len(buf))
	for k := 0; k < n; k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	low := buf[:n]
	if len(low) >= 4 {
		switch string(low[:4]) {
		case "rail", "sail", "walk", "trek":
			return true
		}
	}
	if len(low) >= 6 && string(low[:6]) == "travel" {
		return true
	}
	if len(w) > len(buf) {
		return false
	}
	switch string(low) {
	case "trip", "journey", "train", "drive", "drives", "driven", "driving", "drove", "ride", "rode",
		"flight", "flew", "flown", "fly", "flies", "flying", "voyage", "route", "road", "motorcade",
		"convoy", "cover", "covered", "covers", "covering":
		return true
	}
	return false
}
