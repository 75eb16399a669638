package quantity

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

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiLetter reports whether the ASCII byte c is a letter.
func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// appendTokens appends the tokens of s to out: words, numbers ("2,500",
// "1.5") and symbols. An ASCII
// sentence is lowered once, and its words' lower case are slices of it.
func appendTokens(out []tok, s string) []tok {
	lowS := ""
	if isASCII(s) {
		lowS = strings.ToLower(s)
	}
	prev := 0
	for i := 0; i < len(s); {
		c := s[i]
		start := i
		switch {
		case c >= '0' && c <= '9':
			i++
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
		case c == '%' || c == '$':
			i++
			out = append(out, tok{text: s[start:i], low: s[start:i], start: start, end: i, sym: true, gap: s[prev:start]})
		case c < utf8.RuneSelf && !asciiLetter(c):
			i++
			continue
		default:
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if r == '€' || r == '£' || r == '₩' || r == '¥' || r == '₽' {
				i += size
				out = append(out, tok{text: s[start:i], low: s[start:i], start: start, end: i, sym: true, gap: s[prev:start]})
				break
			}
			if !unicode.IsLetter(r) {
				i += size
				continue
			}
			i += size
			for i < len(s) {
				if c := s[i]; c < utf8.RuneSelf {
					if !asciiLetter(c) && c != '\'' && (c < '0' || c > '9') {
						break
					}
					i++
					continue
				}
				r2, s2 := utf8.DecodeRuneInString(s[i:])
				if !isLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				i += s2
			}
			w := s[start:i]
			if last := w[len(w)-1]; last == '\'' || last == 0x99 { // ’ ends in 0x99
				w = strings.TrimRight(w, "'’")
			}
			i = start + len(w)
			low := ""
			if lowS != "" {
				low = lowS[start:i]
			} else {
				low = strings.ToLower(w)
			}
			out = append(out, tok{text: w, low: low, start: start, end: i, gap: s[prev:start]})
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
	if c := t.text[0]; c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// clean reports whether only spaces separate t from the token before it.
func (t tok) clean() bool { return t.gap == "" || t.gap == " " || strings.TrimSpace(t.gap) == "" }
