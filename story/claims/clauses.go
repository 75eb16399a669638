package claims

import (
	"slices"
	"strings"

	"github.com/storylens/storylens/story/article"
)

// A long news sentence often tells two claims at once: "The vessel was
// sailing from China to Rotterdam when a sandstorm swept over the canal", "She
// arrived on Friday after a night on the train, becoming the first leader to
// visit since 1991". Compared whole, such a sentence is far from each of its
// claims' paraphrases (its other half dilutes the shared words), and a
// sentence joins one group only. Discover therefore compares clauses: a
// sentence is cut before a word that opens a subordinate clause (clauseWords)
// and at semicolons, when each part keeps at least minClauseWords content
// words. Evidence still names and quotes the whole sentence.

// clauseWords open a clause that tells something else than the main one:
// when, while, where, after, before, until ... and a participle that adds a
// consequence (", becoming the first ...", ", leaving ..."). Not "which":
// a relative clause often sits inside the main one ("Vladivostok, which is
// 430 miles from Pyongyang, hosts the forum").
// "after" and "before" only cut after a comma: "arrived after a long trip"
// is one claim.
var clauseWords = map[string]uint8{
	"when": cutAlways, "while": cutAlways, "whereas": cutAlways, "where": cutComma, "after": cutComma,
	"before": cutComma, "until": cutComma, "becoming": cutComma, "leaving": cutComma, "making": cutComma,
	"prompting": cutComma, "forcing": cutComma,
}

// clauseWordLo and clauseWordHi bound the length of the clause words, and
// cutAlwaysFirst holds the first bytes of the cutAlways ones: most words
// of a sentence are then ruled out without a map look-up (clauseWordAt).
var clauseWordLo, clauseWordHi, cutAlwaysFirst = func() (int, int, [256]bool) {
	lo, hi := int(^uint(0)>>1), 0
	var first [256]bool
	for w, k := range clauseWords {
		lo, hi = min(lo, len(w)), max(hi, len(w))
		if k == cutAlways {
			first[w[0]] = true
		}
	}
	return lo, hi, first
}()

// clauseWordAt is what the word core, lower case, cuts before: cutAlways,
// cutComma or 0, with the cutComma words reported only after a comma (the
// only place they cut).
func clauseWordAt(core []byte, comma bool) uint8 {
	if len(core) == 0 || len(core) < clauseWordLo || len(core) > clauseWordHi || !comma && !cutAlwaysFirst[core[0]] {
		return 0
	}
	k := clauseWords[string(core)]
	if k == cutComma && !comma {
		return 0
	}
	return k
}

// noCutAfter are words after which a clause word does not open a new claim:
// "and, when he does, it is ..." fronts the when-clause of what follows.
var noCutAfter = map[string]bool{"and": true, "but": true, "or": true, "so": true, "that": true, "because": true,
	"only": true, "even": true, "just": true}

const (
	cutAlways = 1 + iota // cut before the word wherever it stands
	cutComma             // cut only when a comma comes before it
)

// minClauseWords is the fewest content words each part of a cut sentence
// keeps; a shorter part stays with its neighbour.
const minClauseWords = 4

// clauseSpan is a part of a sentence, as byte offsets [start, end).
type clauseSpan struct{ start, end int }

// splitClauses returns the clauses of s, nil when it is not cut (one
// clause, the whole sentence). A sentence with quotation marks is never cut,
// so that quotes stay whole. It allocates only when it cuts.
func splitClauses(s string) []clauseSpan {
	if len(s) < 60 || containsAnyRune(s, "\"“”„«»") {
		return nil
	}
	var out []clauseSpan
	from := 0              // start of the current clause
	content := 0           // content words since the last cut
	comma := false         // a comma ends the previous word
	var prev, cur [16]byte // the previous and current word, lower case, without punctuation
	np := 0
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		core, n := lowerWord(s[i:j], &cur)
		if k := clauseWordAt(core, comma); (k != 0 && !noCutAfter[string(prev[:np])] ||
			comma && secondThat(core, s[j:])) && content >= minClauseWords && contentWords(s[i:]) >= minClauseWords {
			out = append(out, clauseSpan{from, i})
			from, content = i, 0
		}
		if n > 1 && !stopWords[string(core)] {
			content++
		}
		comma = s[j-1] == ','
		prev, np = cur, len(core)
		if s[j-1] == ';' && j < len(s) && content >= minClauseWords && contentWords(s[j:]) >= minClauseWords {
			out = append(out, clauseSpan{from, j + 1})
			from, content, comma = j+1, 0, false
		}
		i = j
	}
	if out == nil {
		return nil
	}
	return append(out, clauseSpan{from, len(s)})
}

// secondThat reports whether the word core, after a comma, opens a second
// "that" clause of the same verb: "officials confirmed that the debris was
// the craft's, and that all five aboard had died" tells two claims.
func secondThat(core []byte, rest string) bool {
	if string(core) != "and" {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	return len(rest) > 5 && strings.EqualFold(rest[:5], "that ")
}

// lowerWord writes w lower-cased (ASCII), without the punctuation around
// it, into buf and returns it with its length in bytes before truncation
// (a word longer than buf is cut, which no clause or stop word is).
func lowerWord(w string, buf *[16]byte) ([]byte, int) {
	lo, hi := 0, len(w)
	for lo < hi && strings.IndexByte(",;:.!?()—–-", w[lo]) >= 0 {
		lo++
	}
	for hi > lo && strings.IndexByte(",;:.!?()", w[hi-1]) >= 0 {
		hi--
	}
	n := 0
	for k := lo; k < hi && n < len(buf); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return buf[:n], hi - lo
}

// contentWords counts the words of s that are not stop words, up to
// minClauseWords (which is all splitClauses needs to know).
func contentWords(s string) int {
	var buf [16]byte
	c := 0
	for _, w := range strings.Fields(s) {
		core, n := lowerWord(w, &buf)
		if n > 1 && !stopWords[string(core)] {
			c++
			if c >= minClauseWords {
				break
			}
		}
	}
	return c
}

// clauseRef maps a clause back to its sentence.
type clauseRef struct {
	sent int // index of the sentence in its Doc
	off  int // byte offset of the clause in the sentence
}

// clauseDocs returns docs with each sentence replaced by its clauses, and
// for each doc the sentence and offset of each clause; refs is nil when no
// sentence is cut (docs is then returned as is).
func clauseDocs(docs []Doc) ([]Doc, [][]clauseRef) {
	cut := false
	for _, doc := range docs {
		for _, s := range doc.Sentences {
			if splitClauses(s.Text) != nil {
				cut = true
				break
			}
		}
		if cut {
			break
		}
	}
	if !cut {
		return docs, nil
	}
	out := make([]Doc, len(docs))
	refs := make([][]clauseRef, len(docs))
	var ss []article.Sentence // scratch: each doc's clauses are kept at their exact length
	var rs []clauseRef
	for d, doc := range docs {
		ss, rs = ss[:0], rs[:0]
		for j, s := range doc.Sentences {
			sp := splitClauses(s.Text)
			if sp == nil {
				ss = append(ss, s)
				rs = append(rs, clauseRef{j, 0})
				continue
			}
			for _, c := range sp {
				t := s
				t.Text = strings.TrimRight(s.Text[c.start:c.end], " ")
				t.Start, t.End = s.Start+c.start, s.Start+c.start+len(t.Text)
				ss = append(ss, t)
				rs = append(rs, clauseRef{j, c.start})
			}
		}
		out[d] = Doc{Source: doc.Source, Sentences: slices.Clone(ss)}
		refs[d] = slices.Clone(rs)
	}
	return out, refs
}

// wholeSentences maps the evidence of groups found on clause docs back to
// the sentences of docs: each piece of evidence names and quotes its whole
// sentence (a quote's match shifted by the clause's offset), and a sentence
// whose clauses are both in a group is its evidence once.
func wholeSentences(gs []Group, docs []Doc, refs [][]clauseRef) {
	bySource := make(map[string]int, len(docs))
	for d, doc := range docs {
		bySource[doc.Source] = d
	}
	for i := range gs {
		ev := gs[i].Evidence[:0]
		type key struct {
			d, s int
		}
		seen := map[key]bool{}
		for _, e := range gs[i].Evidence {
			d := bySource[e.Source]
			r := refs[d][e.Sentence]
			if seen[key{d, r.sent}] {
				continue
			}
			seen[key{d, r.sent}] = true
			s := docs[d].Sentences[r.sent]
			e.Sentence, e.Text, e.Line = r.sent, s.Text, s.Line
			if e.Match != nil {
				e.Match = []int{e.Match[0] + r.off, e.Match[1] + r.off}
			}
			ev = append(ev, e)
		}
		gs[i].Evidence = ev
	}
}

// clauseText is the text of a clause as a label: without the trailing
// comma or semicolon of the cut, and without the conjunction that opened it
// ("when talks in Lima broke down" is labelled "Talks in Lima broke down").
func clauseText(s string) string {
	s = strings.TrimRight(s, " ,;")
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s
	}
	w := strings.ToLower(s[:i])
	rest := strings.TrimLeft(s[i:], " ")
	drop := clauseWords[w] != 0 && stopWords[w]
	if secondThat([]byte(w), rest) {
		// "and that all five ..." → "All five ..."
		rest, drop = strings.TrimLeft(rest[len("that"):], " "), true
	}
	if drop {
		if rest != "" && rest[0] >= 'a' && rest[0] <= 'z' {
			rest = string(rest[0]-'a'+'A') + rest[1:]
		}
		return rest
	}
	return s
}
