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

// initialsOf returns the initials of a folded multi-word name ("papua new
// guinea": "png"), "" for a one-word name.
func initialsOf(key string) string {
	words := strings.Fields(key)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if !initialsSkip[w] {
			b.WriteByte(w[0])
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// initialsMatches appends a match for every word in capitals, two to five
// letters long and matched by no name, that is the initials of a
// multi-word country or region name the article's matches hold; an
// initialism two such names share is left alone. It reports whether it
// appended any (the matches are then out of text order).
func (p *Parser) initialsMatches(sents [][]fold.Token, ms []match) ([]match, bool) {
	var byInit map[string]int // initials -> index in ms, -1 if shared
	for i := range ms {
		m := &ms[i]
		if !strings.Contains(m.key, " ") || len(m.cands) == 0 || m.cands[0].story {
			continue
		}
		if in := p.info(m.cands[0]); in.kind != KindCountry && in.kind != KindRegion {
			continue
		}
		ini := initialsOf(m.key)
		if ini == "" {
			continue
		}
		if byInit == nil {
			byInit = map[string]int{}
		}
		if j, ok := byInit[ini]; ok && j >= 0 && ms[j].key != m.key {
			byInit[ini] = -1
		} else if !ok {
			byInit[ini] = i
		}
	}
	if byInit == nil {
		return ms, false
	}
	n := len(ms)
	for si, toks := range sents {
		for _, t := range toks {
			if !t.Upper || len(t.Key) < 2 || len(t.Key) > 5 {
				continue
			}
			j, ok := byInit[t.Key]
			if !ok || j < 0 || coveredIn(ms[:n], si, t.Start) {
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
