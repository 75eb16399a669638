package geoparse

import "github.com/storylens/storylens/story/geoparse/fold"

// Native compass names (README.md, Guards 13): "North Kivu" is the region
// the gazetteer calls Nord-Kivu.

// nativeCompass matches an English compass word and a capitalised word
// at toks[i:i+2] ("North Kivu") with the region's native name ("Nord-Kivu",
// "Sud-Kivu", "Norte de Santander" is not two words): only first-level
// regions of that native name count, and only when no name of the
// gazetteer starts with the English words.
func (p *Parser) nativeCompass(si int, toks []fold.Token, i int) (match, bool) {
	if i+1 >= len(toks) || !toks[i+1].Cap || toks[i+1].GapBefore != " " && toks[i+1].GapBefore != "-" ||
		i+2 < len(toks) && toks[i+2].Cap && toks[i+2].GapBefore == " " && !regionWords[toks[i+2].Key] {
		return match{}, false
	}
	var two [2]fold.Token
	copy(two[:], toks[i:i+2])
	two[1].GapBefore = "-"
	for _, native := range compassNative[toks[i].Key] {
		two[0].Key = native
		var hb [4]hit
		var bb [64]byte
		hits, buf := p.lookup(two[:], 0, bb[:0], hb[:0])
		for _, h := range hits {
			if h.n != 2 || !h.hasGaz {
				continue
			}
			var cands []cand
			for _, r := range p.g.refs[h.gaz.start : h.gaz.start+h.gaz.n] {
				if p.g.places[r.place].Kind == "region" {
					cands = append(cands, cand{idx: r.place, alt: r.alt})
				}
			}
			if len(cands) > 0 {
				return match{sentence: si, start: toks[i].Start, end: toks[i+1].End, key: string(buf), cands: cands}, true
			}
		}
	}
	return match{}, false
}
