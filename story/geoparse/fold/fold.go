// Package fold normalises place names and article text for matching:
// lower case, diacritics removed ("Đồng Đăng" → "dong dang"), typographic
// apostrophes unified, and text split into word tokens. The gazetteer
// generator and the geoparser share it so that keys built at generation time
// match keys built from articles.
package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// special maps letters that do not decompose into a base letter plus a
// combining mark.
var special = map[rune]string{
	'đ': "d", 'Đ': "d", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'ß': "ss",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'Þ': "th",
	'ð': "d", 'Ð': "d", 'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t", 'ŀ': "l", 'Ŀ': "l",
}

// runeCache holds Rune's answers for non-ASCII runes.
var runeCache sync.Map // rune -> string

// Rune folds one rune as Word does: its lower-case letters without
// diacritics ("É" → "e", "ß" → "ss", "Æ" → "ae"), or "" when r is not a
// letter or a digit. The one home of the fold for code that reads text
// rune by rune (story/claims), so that it agrees with Word.
func Rune(r rune) string {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return asciiRunes[r]
		case 'A' <= r && r <= 'Z':
			return asciiRunes[r+('a'-'A')]
		}
		return ""
	}
	if v, ok := runeCache.Load(r); ok {
		return v.(string)
	}
	out := ""
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		out = Word(string(r))
	}
	runeCache.Store(r, out)
	return out
}

// asciiRunes are the one-letter strings of the ASCII letters and digits.
var asciiRunes = func() (t [utf8.RuneSelf]string) {
	for c := '0'; c <= 'z'; c++ {
		t[c] = string(c)
	}
	return t
}()

// Word folds one word: lower case without diacritics. ASCII input without
// upper case letters is returned unchanged without allocating.
func Word(s string) string {
	ascii := true
	lower := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			lower = false
		}
	}
	if ascii {
		if lower {
			return s
		}
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if rep, ok := special[r]; ok {
			b.WriteString(rep)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Token is one word of a text.
type Token struct {
	Start, End int    // byte offsets of the word in the text (without a possessive 's)
	Key        string // folded form
	// Cap is true when the word starts with an upper case letter.
	Cap bool
	// Upper is true when every letter is upper case and there are at least two.
	Upper bool
	// Possessive is true when the word was followed by 's or ’s (or a bare
	// apostrophe after s), which Tokens strips.
	Possessive bool
	// Dotted is true when the word is directly followed by a full stop.
	Dotted bool
	// GapBefore is the text between the previous token and this one.
	GapBefore string
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Tokens splits text into words: runs of letters and digits. Hyphens,
// full stops and other punctuation separate words; apostrophes inside a word
// ("O'Hare") are kept and a trailing possessive "'s" is dropped and noted.
func Tokens(text string, dst []Token) []Token {
	return AppendTokens(dst[:0], text)
}

// AppendTokens appends the words of text to dst (see Tokens).
func AppendTokens(dst []Token, text string) []Token {
	prevEnd := 0
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if r == '\'' || r == '’' {
				// apostrophe inside a word: keep when followed by a letter that
				// is not a lone possessive s.
				j := i + n
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if j < len(text) && unicode.IsLetter(r2) {
					if (r2 == 's' || r2 == 'S') && (j+n2 >= len(text) || !isWordRune(firstRune(text[j+n2:]))) {
						break
					}
					i = j
					continue
				}
			}
			break
		}
		end := i
		tok := Token{Start: start, End: end, GapBefore: text[prevEnd:start]}
		w := text[start:end]
		tok.Key = Word(w)
		first, _ := utf8.DecodeRuneInString(w)
		tok.Cap = unicode.IsUpper(first)
		tok.Upper = AllUpper(w)
		// possessive
		if i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if r == '\'' || r == '’' {
				j := i + n
				if j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 >= len(text) || !isWordRune(firstRune(text[j+1:]))) {
					tok.Possessive = true
					i = j + 1
				} else if strings.HasSuffix(tok.Key, "s") {
					tok.Possessive = true
					i = j
				}
			} else if r == '.' {
				tok.Dotted = true
			}
		}
		prevEnd = i
		dst = append(dst, tok)
	}
	return dst
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// Key folds a whole name into its lookup key: folded tokens joined by single
// spaces ("Sant Julià de Lòria" → "sant julia de loria", "U.S." → "u s").
func Key(name string) string {
	if isKey(name) {
		return name
	}
	toks := Tokens(name, nil)
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].Key
	}
	return JoinKeys(toks, ' ')
}

// JoinKeys joins the keys of a run of tokens with sep: with ' ' it is the
// run's lookup key ("sant julia de loria"), with '-' a slug.
func JoinKeys(run []Token, sep byte) string {
	n := 0
	for _, t := range run {
		n += len(t.Key) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range run {
		if i > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(t.Key)
	}
	return b.String()
}

// isKey reports whether s is already a key: lower-case ASCII letters and
// digits in words separated by single spaces.
func isKey(s string) bool {
	if s == "" {
		return false
	}
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			prevSpace = false
		case c == ' ' && !prevSpace:
			prevSpace = true
		default:
			return false
		}
	}
	return !prevSpace
}

// AllUpper reports whether every letter of s is upper case, with at least two
// letters: abbreviations such as "U.S." and "DMZ", which match only text in
// capitals.
func AllUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
