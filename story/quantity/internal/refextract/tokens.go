package refextract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word, number or symbol of a sentence.
type tok struct {
	text       string // as written
	low        string // lower case
	start, end int    // byte range
	num        bool   // digits, with optional thousands commas and decimals
	sym        bool   // %, currency symbol
	gap        string // the text between the previous token and this one
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }

// tokens splits s into words, numbers ("2,500", "1.5") and symbols.
func tokens(s string) []tok {
	var out []tok
	prev := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		start := i
		switch {
		case r >= '0' && r <= '9':
			i += size
			for i < len(s) {
				c := s[i]
				if c >= '0' && c <= '9' {
					i++
					continue
				}
				// "2,500": comma + exactly three digits; "1.5": dot + digits.
				if c == ',' && i+4 <= len(s) && allDigits(s[i+1:i+4]) && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
					i += 4
					continue
				}
				if c == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
					i++
					continue
				}
				break
			}
			out = append(out, tok{text: s[start:i], low: s[start:i], start: start, end: i, num: true, gap: s[prev:start]})
		case unicode.IsLetter(r):
			i += size
			for i < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[i:])
				if !isLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				i += s2
			}
			w := strings.TrimRight(s[start:i], "'’")
			i = start + len(w)
			out = append(out, tok{text: w, low: strings.ToLower(w), start: start, end: i, gap: s[prev:start]})
		case r == '%' || r == '$' || r == '€' || r == '£' || r == '₩' || r == '¥' || r == '₽':
			i += size
			out = append(out, tok{text: s[start:i], low: s[start:i], start: start, end: i, sym: true, gap: s[prev:start]})
		default:
			i += size
			continue
		}
		prev = i
	}
	return out
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// hyphenated reports whether t is joined to the token before it by a hyphen
// or dash and no space ("420-mile", "10-13").
func (t tok) hyphenated() bool {
	g := t.gap
	return g == "-" || g == "–" || g == "‑" || g == "—"
}

// capitalised reports whether t starts with an upper-case letter.
func (t tok) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// clean reports whether only spaces separate t from the token before it.
func (t tok) clean() bool { return strings.TrimSpace(t.gap) == "" }
