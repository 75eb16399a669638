package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storylens/storylens/internal/lexicon"
)

// titles never end a sentence ("Mr. Kim", "St. Anne"): the titles
// written abbreviated (internal/lexicon), and abbreviations that are no
// title, kept here ("Mt. Fuji", "No. 10", "approx. 40"). A title in full
// ("the president.") and "etc." can end one.
var titles = func() map[string]bool {
	m := lexicon.TitleAbbreviations()
	for _, w := range []string{"mt", "ft", "vs", "no", "nos", "approx", "est"} {
		m[w] = true
	}
	return m
}()

// months do not end a sentence before a number ("Sept. 10", "Feb. 2022").
var months = lexicon.IsMonthAbbreviation

// starters are words that commonly open a sentence; after an acronym such
// as "U.S." a capitalised starter means the acronym ended the sentence.
var starters = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "he": true, "she": true, "they": true, "we": true,
	"i": true, "in": true, "but": true, "this": true, "that": true, "these": true, "those": true,
	"there": true, "on": true, "at": true, "as": true, "and": true, "his": true, "her": true, "its": true,
	"their": true, "after": true, "before": true, "while": true, "when": true, "if": true, "for": true,
}

// sentenceSpans splits one paragraph into sentences, returning byte ranges
// [start, end) into p. A sentence ends at '.', '!', '?' or '…' (with any
// closing quotes or brackets after it) followed by whitespace and a word
// that does not start with a lower-case letter, unless the word before the
// full stop is a title, a month before a number, an initial or a dotted
// acronym followed by a name.
func sentenceSpans(p string) [][2]int {
	var out [][2]int
	start := skipSpace(p, 0)
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		end := i + size
		// Runs of terminators and closing quotes/brackets.
		for end < len(p) {
			r2, s2 := utf8.DecodeRuneInString(p[end:])
			if !strings.ContainsRune(".!?…\"'”’)]»", r2) {
				break
			}
			end += s2
		}
		if end < len(p) {
			r2, _ := utf8.DecodeRuneInString(p[end:])
			if !unicode.IsSpace(r2) {
				i = end
				continue
			}
		}
		next := skipSpace(p, end)
		if next < len(p) && !endsSentence(p, start, i, r, next) {
			i = end
			continue
		}
		if end > start {
			out = append(out, [2]int{start, end})
		}
		start = next
		i = next
	}
	if start < len(p) {
		end := len(strings.TrimRightFunc(p, unicode.IsSpace))
		if end > start {
			out = append(out, [2]int{start, end})
		}
	}
	return out
}

func skipSpace(p string, i int) int {
	for i < len(p) {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// endsSentence decides whether the terminator r at dot, followed by
// whitespace and the word at next, ends the sentence that began at start.
func endsSentence(p string, start, dot int, r rune, next int) bool {
	nr, _ := utf8.DecodeRuneInString(p[next:])
	if unicode.IsLower(nr) {
		return false
	}
	if r != '.' {
		return true
	}
	// The word before the full stop.
	ws := dot
	for ws > start {
		pr, size := utf8.DecodeLastRuneInString(p[:ws])
		if unicode.IsSpace(pr) || strings.ContainsRune("\"'“‘([«", pr) {
			break
		}
		ws -= size
	}
	word := p[ws:dot]
	lw := strings.ToLower(word)
	if titles[lw] {
		return false
	}
	if months(lw) && unicode.IsDigit(nr) {
		return false
	}
	// An initial: one capital letter ("John F. Kennedy").
	if utf8.RuneCountInString(word) == 1 {
		wr, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(wr) {
			return false
		}
	}
	// A dotted acronym ("U.S", "U.N"): ends the sentence only before a
	// common sentence opener or a number.
	if isDottedAcronym(word) {
		nw := p[next:]
		if e := strings.IndexFunc(nw, func(r rune) bool { return !unicode.IsLetter(r) }); e >= 0 {
			nw = nw[:e]
		}
		return starters[strings.ToLower(nw)]
	}
	return true
}

// isDottedAcronym reports whether w looks like "U.S" or "D.C" (the final
// full stop excluded): single letters separated by full stops.
func isDottedAcronym(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
