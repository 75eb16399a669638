package geoparse

import (
	"strings"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// Initials (README.md, Guards 16): a word in capitals made of the initials
// of a country or region that the article names in full is that place:
// "PNG" in an article that names Papua New Guinea, "DRC" in one that names
// the Democratic Republic of the Congo.

// initialsSkip are the words left out of a name's initials.
var initialsSkip = setOf(`of the and de du des la le`)

// initials is a name's initials, at most maxInitials letters.
type initials struct {
	b [maxInitials]byte
	n int
}

// maxInitials is the longest initialism matched ("PNG", "DRC", "UAE").
const maxInitials = 5

// initialsOf returns the initials of a folded multi-word name ("papua new
// guinea": "png"); false for a one-word name or one of more than
// maxInitials counted words.
func initialsOf(key string) (initials, bool) {
	var in initials
	words := 0
	for w := range strings.FieldsSeq(key) {
		words++
		if initialsSkip[w] {
			continue
		}
		if in.n == maxInitials {
			return initials{}, false
		}
		in.b[in.n] = w[0]
		in.n++
	}
	return in, words >= 2 && in.n >= 2
}

// is reports whether the initials spell key.
func (in initials) is(key string) bool { return string(in.b[:in.n]) == key }

// initialsMatches appends a match for every word in capitals, two to five
// letters long and matched by no name, that is the initials of a
// multi-word country or region name the article's matches hold; an
// initialism two such names share is left alone. It reports whether it
// appended any (the matches are then out of text order).
func (p *Parser) initialsMatches(sents [][]fold.Token, ms []match) ([]match, bool) {
	type source struct {
		in     initials
		j      int // index in ms
		shared bool
	}
	var srcs [8]source
	found := srcs[:0]
	for i := range ms {
		m := &ms[i]
		if !strings.Contains(m.key, " ") || len(m.cands) == 0 || m.cands[0].story {
			continue
		}
		if in := p.info(m.cands[0]); in.kind != KindCountry && in.kind != KindRegion {
			continue
		}
		in, ok := initialsOf(m.key)
		if !ok {
			continue
		}
		known := false
		for k := range found {
			if found[k].in == in {
				known = true
				if ms[found[k].j].key != m.key {
					found[k].shared = true
				}
			}
		}
		if !known {
			found = append(found, source{in: in, j: i})
		}
	}
	if len(found) == 0 {
		return ms, false
	}
	n := len(ms)
	for si, toks := range sents {
		for ti, t := range toks {
			if !t.Upper || len(t.Key) < 2 || len(t.Key) > maxInitials {
				continue
			}
			if ti+1 < len(toks) && toks[ti+1].Cap && !stopwords[toks[ti+1].Key] && toks[ti+1].GapBefore == " " {
				continue // part of a longer name, as guard 5 has it: "the NZ Herald"
			}
			if e := p.g.index.find(t.Key); e != nil && (e.span >= 0 || e.demonym >= 0) {
				continue // a name of its own that the guards turned down: "the US-Africa Leaders Summit"
			}
			j := -1
			for _, f := range found {
				if !f.shared && f.in.is(t.Key) {
					j = f.j
				}
			}
			if j < 0 || coveredIn(ms[:n], si, t.Start) {
				continue
			}
			src := &ms[j]
			var cands []cand
			for _, c := range src.cands {
				if k := p.info(c).kind; k == KindCountry || k == KindRegion {
					cands = append(cands, c)
				}
			}
			ms = append(ms, match{sentence: si, start: t.Start, end: t.End, key: src.key, cands: cands})
		}
	}
	return ms, len(ms) > n
}

// coveredIn reports whether a match of sentence si spans byte offset off.
func coveredIn(ms []match, si, off int) bool {
	for i := range ms {
		if ms[i].sentence == si && ms[i].start <= off && off < ms[i].end {
			return true
		}
	}
	return false
}
