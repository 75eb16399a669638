package article

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Heading limits: a paragraph is a heading when it is one line of at most
// maxHeadingRunes characters and maxHeadingWords words without final
// punctuation.
const (
	maxHeadingRunes = 100
	maxHeadingWords = 15
)

// span is a paragraph's byte range in Text and its 1-based line in Text.
type span struct {
	start, end int
	line       int
	lines      int
}

// paragraphSpans splits text on blank lines (lines of only whitespace).
func paragraphSpans(text string) []span {
	var out []span
	var cur *span
	pos, line := 0, 1
	for pos <= len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		next := len(text) + 1
		l := text[pos:]
		if end >= 0 {
			l = text[pos : pos+end]
			next = pos + end + 1
		}
		if strings.TrimSpace(l) == "" {
			if cur != nil {
				out = append(out, *cur)
				cur = nil
			}
		} else {
			lead := len(l) - len(strings.TrimLeftFunc(l, unicode.IsSpace))
			stop := pos + len(strings.TrimRightFunc(l, unicode.IsSpace))
			if cur == nil {
				cur = &span{start: pos + lead, line: line}
			}
			cur.end = stop
			cur.lines++
		}
		pos = next
		line++
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out
}

// split fills Paragraphs, Duplicates, Sentences and Words from Text.
// lineBase is the number of file lines before Text.
//
// The slices are built in scratch space and kept at their exact length: a
// big story holds millions of sentences, and the spare capacity that
// growing them by appending leaves (up to half of each slice) was as much
// memory as the sentences themselves.
func (a *Article) split(lineBase int) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	paras, sents := sc.paras[:0], sc.sents[:0]
	clear(sc.seen)
	seen := sc.seen
	for i, sp := range paragraphSpans(a.Text) {
		raw := a.Text[sp.start:sp.end]
		p := Paragraph{Index: i, Line: lineBase + sp.line, Text: raw, DuplicateOf: -1}
		p.Heading = sp.lines == 1 && isHeading(raw)
		key := normaliseSpace(raw)
		if first, dup := seen[key]; dup {
			p.DuplicateOf = first
			a.Duplicates = append(a.Duplicates, p)
			continue
		}
		seen[key] = i
		paras = append(paras, p)
		a.Words += countWords(raw)
		line, counted := lineBase+sp.line, sp.start
		for _, s := range sentenceSpans(raw) {
			start, end := sp.start+s[0], sp.start+s[1]
			line += strings.Count(a.Text[counted:start], "\n")
			counted = start
			sents = append(sents, Sentence{
				Paragraph: i,
				Line:      line,
				Start:     start,
				End:       end,
				Text:      a.Text[start:end],
			})
		}
	}
	if len(paras) > 0 {
		a.Paragraphs = append(make([]Paragraph, 0, len(paras)), paras...)
	}
	if len(sents) > 0 {
		a.Sentences = append(make([]Sentence, 0, len(sents)), sents...)
	}
	clear(paras)
	clear(sents) // the scratch space keeps no article's text alive
	clear(seen)
	sc.paras, sc.sents = paras[:0], sents[:0]
}

// scratch is split's working space, reused across articles.
type scratch struct {
	paras []Paragraph
	sents []Sentence
	seen  map[string]int
}

var scratchPool = sync.Pool{New: func() any { return &scratch{seen: map[string]int{}} }}

// normaliseSpace collapses runs of whitespace to one space and trims.
// A paragraph already in that form (most are) is returned as it is, with no
// copy.
func normaliseSpace(s string) string {
	if isNormalSpace(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isNormalSpace reports whether s is its own normaliseSpace: no leading or
// trailing whitespace, and single ASCII spaces as the only whitespace.
func isNormalSpace(s string) bool {
	prevSpace := true // a space at the start is leading
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case unicode.IsSpace(r):
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// countWords counts whitespace-separated tokens containing a letter or digit.
// It reads s once, without splitting it.
func countWords(s string) int {
	n := 0
	counted := false // the current token has been counted
	for _, r := range s {
		if unicode.IsSpace(r) {
			counted = false
			continue
		}
		if !counted && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			n++
			counted = true
		}
	}
	return n
}

// isHeading reports whether a one-line paragraph is a heading: short, with a
// letter, and without final punctuation.
func isHeading(s string) bool {
	if utf8.RuneCountInString(s) > maxHeadingRunes || countWords(s) > maxHeadingWords || countWords(s) == 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?:;,\"'”’…)]-–—", last)
}
