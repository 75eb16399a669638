package itinerary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a sentence.
type token struct {
	lo, hi int    // byte offsets in the sentence
	w      string // lower case
	cap    bool   // starts with an upper-case letter
	// brk is true when punctuation other than a hyphen or an apostrophe
	// separates this token from the previous one (a clause break).
	brk bool
	// place is the index of the mention that covers the token, or -1.
	place int
}

// tokenize splits text into words (letters, digits, inner apostrophes) and
// marks the tokens covered by mentions.
func tokenize(text string, ms []Mention, buf []token) []token {
	toks := buf[:0]
	brk := false
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			if r != ' ' && r != '-' && r != '\'' && r != '’' && !unicode.IsSpace(r) {
				brk = true
			}
			i += n
			continue
		}
		lo := i
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			// inner apostrophe: "Kim's", "don't"
			if (r == '\'' || r == '’') && i+n < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[i+n:])
				if unicode.IsLetter(r2) {
					i += n
					continue
				}
			}
			break
		}
		w := text[lo:i]
		first, _ := utf8.DecodeRuneInString(w)
		toks = append(toks, token{lo: lo, hi: i, w: strings.ToLower(w), cap: unicode.IsUpper(first), brk: brk, place: -1})
		brk = false
	}
	for mi, m := range ms {
		for k := range toks {
			// overlap: "Kenya's" is one token, the mention is "Kenya"
			if toks[k].lo < m.End && toks[k].hi > m.Start && toks[k].place < 0 {
				toks[k].place = mi
			}
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// span gives the first and last token of each mention (-1, -1 when the
// mention covers no token, e.g. bad offsets).
func spans(toks []token, n int) [][2]int {
	sp := make([][2]int, n)
	for i := range sp {
		sp[i] = [2]int{-1, -1}
	}
	for k, t := range toks {
		if t.place < 0 {
			continue
		}
		if sp[t.place][0] < 0 {
			sp[t.place][0] = k
		}
		sp[t.place][1] = k
	}
	return sp
}

// set is a set of lower-case words.
type set map[string]bool

func words(s string) set {
	m := set{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
