package geoparse

import "github.com/storylens/storylens/story/geoparse/fold"

// A country's capital named by its people's adjective: "the East Timorese
// capital", "the Ethiopian capital" is that country's capital, a mention
// of it (news writing names a city so to avoid repeating it). Only a
// country with one capital in the gazetteer (GeoNames PPLC) counts.

// capitalNouns after "capital" make it money, not a city: "capital
// markets", "capital gains", "capital flight".
var capitalNouns = setOf(`market markets gain gains flight flows inflows outflows investment investments spending
expenditure punishment controls requirements ratio ratios`)

// capitalOf returns the gazetteer index of the one capital of country cc,
// or -1 when there is none or more than one (South Africa, Bolivia).
func (p *Parser) capitalOf(cc string) int32 {
	p.capOnce.Do(func() {
		p.capitals = map[string]int32{}
		for i := range p.g.places {
			pl := &p.g.places[i]
			if pl.Kind != KindCapital || pl.CC == "" {
				continue
			}
			if _, dup := p.capitals[pl.CC]; dup {
				p.capitals[pl.CC] = -1
			} else {
				p.capitals[pl.CC] = int32(i)
			}
		}
	})
	if c, ok := p.capitals[cc]; ok {
		return c
	}
	return -1
}

// demonymCapital returns the match for "<demonym> capital" when the
// demonym at toks[i:e] of country index country is followed by a
// lower-case "capital" and that country has one capital.
func (p *Parser) demonymCapital(si int, toks []fold.Token, i, e int, country int32) (match, bool) {
	if p.g == nil || e >= len(toks) || toks[e].Key != "capital" || toks[e].Cap || toks[e].GapBefore != " " {
		return match{}, false
	}
	if e+1 < len(toks) && !toks[e+1].Cap && capitalNouns[toks[e+1].Key] {
		return match{}, false // "Portuguese capital markets"
	}
	c := p.capitalOf(p.g.places[country].CC)
	if c < 0 {
		return match{}, false
	}
	return match{sentence: si, start: toks[i].Start, end: toks[e].End, key: fold.Key(p.g.places[c].Name),
		cands: []cand{{idx: c}}, capital: true}, true
}
