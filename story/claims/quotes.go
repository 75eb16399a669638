package claims

import (
	"strings"
	"unicode/utf8"
)

// quoteSpan is a quoted span of a sentence: the byte range of the text
// between the quotation marks.
type quoteSpan struct{ start, end int }

// findQuotes returns the quoted spans of s. Straight double quotes pair up in
// order; curly quotes open with “ and close with ” (also „ and « »). A quote
// left open runs to the end of the sentence (quotes often span sentences);
// a closing mark with no opening one starts the span at the sentence start.
func findQuotes(s string) []quoteSpan {
	var out []quoteSpan
	open := -1
	var closer rune
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case open < 0 && (r == '"' || r == '“' || r == '„' || r == '«'):
			open = i + size
			switch r {
			case '"':
				closer = '"'
			case '«':
				closer = '»'
			default:
				closer = '”'
			}
		case open >= 0 && (r == closer || (closer == '”' && r == '"')):
			if i > open {
				out = append(out, quoteSpan{open, i})
			}
			open = -1
		case open < 0 && (r == '”' || r == '»') && len(out) == 0 && i > 0:
			out = append(out, quoteSpan{0, i})
		}
		i += size
	}
	if open >= 0 && open < len(s) {
		out = append(out, quoteSpan{open, len(s)})
	}
	// Trim spaces and punctuation at the ends of each span.
	res := out[:0]
	for _, q := range out {
		t := strings.TrimFunc(s[q.start:q.end], func(r rune) bool { return foldRune(r) == "" })
		if t == "" {
			continue
		}
		st := q.start + strings.Index(s[q.start:q.end], t)
		res = append(res, quoteSpan{st, st + len(t)})
	}
	return res
}

// maxQuoteKey is the longest quoted phrase (in words) compared across
// sources; longer shared quotes are found through their 8-word windows.
const maxQuoteKey = 8

// quoteOcc is one occurrence of a quote key in a sentence.
type quoteOcc struct {
	sent       int32 // global sentence index
	start, end int   // byte range of the key in the sentence
	// before, after are the stop words just outside the key inside the
	// quote ("in the" before "coming days"), nearest first.
	before, after []string
}

// quoteKeys calls fn for every key of the quoted spans of one sentence: each
// run of 2 to maxQuoteKey words that starts and ends with a content word and
// holds at least two content words. key is the words joined by spaces.
func quoteKeys(text string, ts []token, fn func(key string, o quoteOcc)) {
	for _, q := range findQuotes(text) {
		var in []token
		for _, t := range ts {
			if t.start >= q.start && t.end <= q.end {
				in = append(in, t)
			}
		}
		for i := range in {
			if in[i].stop {
				continue
			}
			content := 0
			for j := i; j < len(in) && j-i < maxQuoteKey; j++ {
				if !in[j].stop {
					content++
				}
				if j == i || in[j].stop || content < 2 {
					continue
				}
				words := make([]string, 0, j-i+1)
				for _, t := range in[i : j+1] {
					words = append(words, t.word)
				}
				o := quoteOcc{start: in[i].start, end: in[j].end}
				for k := i - 1; k >= 0 && in[k].stop; k-- {
					o.before = append(o.before, in[k].word)
				}
				for k := j + 1; k < len(in) && in[k].stop; k++ {
					o.after = append(o.after, in[k].word)
				}
				fn(strings.Join(words, " "), o)
			}
		}
	}
}
