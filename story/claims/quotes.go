package claims

import (
	"cmp"
	"fmt"
	"slices"
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

// quoteGroups makes a group of every quoted phrase that at least two sources
// quote. A phrase is dropped when a shorter phrase inside it is quoted by the
// same sentences or more, and when all its words are the story's boilerplate
// (each in more than 10% of sentences, and in more than 3).
func (c *corpus) quoteGroups() []Group {
	occs := map[string][]quoteOcc{}
	for _, h := range c.hits {
		occs[h.key] = append(occs[h.key], h.occ)
	}
	sentSet := func(os []quoteOcc) []int32 {
		var s []int32
		for _, o := range os {
			s = append(s, o.sent)
		}
		slices.Sort(s)
		return slices.Compact(s)
	}
	specific := func(key string) bool {
		limit := max(3, c.n/10)
		for _, w := range strings.Fields(key) {
			if stopWords[w] {
				continue
			}
			if int(c.df[hashWord(w)]) <= limit {
				return true
			}
		}
		return false
	}
	toks := map[string][]token{} // tokens of quoting sentences, by text
	keys := make([]string, 0, len(occs))
	for k := range occs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var out []Group
	for _, key := range keys {
		os := occs[key]
		srcs := map[int32]bool{}
		for _, o := range os {
			srcs[c.feats[o.sent].doc] = true
		}
		if len(srcs) < 2 || !specific(key) {
			continue
		}
		mine := sentSet(os)
		words := strings.Fields(key)
		subsumed := false
		for i := 0; i < len(words) && !subsumed; i++ {
			for j := i + 1; j <= len(words); j++ {
				if j-i == len(words) {
					continue
				}
				sub := strings.Join(words[i:j], " ")
				if so, ok := occs[sub]; ok && isSubset(mine, sentSet(so)) {
					subsumed = true
					break
				}
			}
		}
		if subsumed {
			continue
		}
		out = append(out, c.quoteGroup(key, os, toks))
	}
	return mergeOverlappingQuotes(out)
}

// mergeOverlappingQuotes joins the groups of one longer quote: the shortest
// phrases are kept above, so a quote that two sources share whole ("This
// bridge joins two cities") gives a group per phrase inside it ("bridge
// joins", "joins two", "two cities"). Groups quoted by the same sentences
// whose phrases overlap or touch in every one of them become one, its
// phrase in each sentence the union, its label the first sentence's.
func mergeOverlappingQuotes(gs []Group) []Group {
	joins := func(a, b *Group) bool {
		for i := range a.Evidence {
			x, y := a.Evidence[i].Match, b.Evidence[i].Match
			if len(x) != 2 || len(y) != 2 || x[1] < y[0]-1 || y[1] < x[0]-1 {
				return false
			}
		}
		return true
	}
	// Groups by the sentences they quote, in the order they come.
	buckets := map[string][]int{}
	var b strings.Builder
	for i := range gs {
		b.Reset()
		for _, e := range gs[i].Evidence {
			fmt.Fprintf(&b, "%s\x00%d\x00", e.Source, e.Sentence)
		}
		buckets[b.String()] = append(buckets[b.String()], i)
	}
	gone := make([]bool, len(gs))
	for _, idx := range buckets {
		for merged := len(idx) > 1; merged; {
			merged = false
			for x := 0; x < len(idx); x++ {
				for y := x + 1; y < len(idx); y++ {
					g, h := &gs[idx[x]], &gs[idx[y]]
					if gone[idx[x]] || gone[idx[y]] || !joins(g, h) {
						continue
					}
					for k := range g.Evidence {
						m, n := g.Evidence[k].Match, h.Evidence[k].Match
						g.Evidence[k].Match = []int{min(m[0], n[0]), max(m[1], n[1])}
					}
					e := g.Evidence[0]
					g.Label = fmt.Sprintf("Quote: %q", strings.Join(strings.Fields(e.Text[e.Match[0]:e.Match[1]]), " "))
					gone[idx[y]] = true
					merged = true
				}
			}
		}
	}
	out := gs[:0]
	for i, g := range gs {
		if !gone[i] {
			out = append(out, g)
		}
	}
	return out
}

// isSubset reports whether sorted a is a subset of sorted b.
func isSubset(a, b []int32) bool {
	i := 0
	for _, x := range b {
		if i < len(a) && a[i] == x {
			i++
		}
	}
	return i == len(a)
}

func (c *corpus) quoteGroup(key string, os []quoteOcc, toks map[string][]token) Group {
	slices.SortFunc(os, func(a, b quoteOcc) int {
		if c := cmp.Compare(a.sent, b.sent); c != 0 {
			return c
		}
		return cmp.Compare(a.start, b.start)
	})
	g := Group{Kind: KindQuote, Origin: "discovered"}
	// Extend the phrase with the stop words most occurrences quote
	// around it ("in the coming days").
	nb, na := commonAffix(os, func(o quoteOcc) []string { return o.before }),
		commonAffix(os, func(o quoteOcc) []string { return o.after })
	var label string
	last := int32(-1)
	seen := map[int32]bool{}
	for _, o := range os {
		if o.sent == last {
			continue // one piece of evidence per sentence
		}
		last = o.sent
		f := &c.feats[o.sent]
		d := c.docs[f.doc]
		s := d.Sentences[f.idx]
		start, end := o.start, o.end
		if len(o.before) >= nb && len(o.after) >= na {
			ts, ok := toks[s.Text]
			if !ok {
				ts = tokenize(s.Text, nil)
				toks[s.Text] = ts
			}
			start, end = extendWords(ts, start, end, nb, na)
		}
		if label == "" || (len(o.before) >= nb && len(o.after) >= na && len(s.Text[start:end]) < len(label)) {
			label = s.Text[start:end]
		}
		g.Evidence = append(g.Evidence, Evidence{Source: d.Source, Text: s.Text, Sentence: int(f.idx), Line: s.Line,
			Match: []int{start, end}})
		if !seen[f.doc] {
			seen[f.doc] = true
			g.Sources = append(g.Sources, d.Source)
		}
	}
	g.Label = fmt.Sprintf("Quote: %q", strings.Join(strings.Fields(label), " "))
	return g
}

// commonAffix returns how many of the stop words next to the phrase (before
// or after) more than half of the occurrences share.
func commonAffix(os []quoteOcc, side func(quoteOcc) []string) int {
	n := 0
	for {
		count := map[string]int{}
		for _, o := range os {
			if s := side(o); len(s) > n {
				count[s[n]]++
			}
		}
		ok := false
		for _, v := range count {
			if 2*v > len(os) {
				ok = true
			}
		}
		if !ok {
			return n
		}
		n++
	}
}

// extendWords widens [start, end) of a sentence by nb words before and na
// after; ts are the sentence's tokens.
func extendWords(ts []token, start, end, nb, na int) (int, int) {
	for i, t := range ts {
		if t.start == start && i-nb >= 0 {
			start = ts[i-nb].start
		}
		if t.end == end && i+na < len(ts) {
			end = ts[i+na].end
		}
	}
	return start, end
}
