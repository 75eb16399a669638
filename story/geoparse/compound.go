package geoparse

import "github.com/storylens/storylens/story/geoparse/fold"

// Compound names: a place word inside a brand, model, event or newspaper
// name is not a place mention (see README.md, Guards).

// hyphenCompound reports whether the name at toks[i:e] is joined by a
// hyphen to a capitalised word that is not itself a place name
// ("Mercedes-Benz", "Rolls-Royce"). An Arabic article before a city of
// minorPop people or more ("Al-Nasiriyah" for An Nasiriyah, 500,000
// people) is part of how its name is written, not a compound ("Al-Jazeera"
// stays one: no such city). Two places joined by a hyphen
// ("Seoul-Pyongyang talks") are kept: prevPlace is true when the word
// before the hyphen ends an accepted place name; the word after must start
// a name that is not only a town's (nameStartsAt).
func (p *Parser) hyphenCompound(toks []fold.Token, i, e int, prevPlace bool, cands []cand) bool {
	if i > 0 && toks[i].GapBefore == "-" && toks[i-1].Cap && !prevPlace && !hyphenPrefixes[toks[i-1].Key] &&
		!(arabicArticles[toks[i-1].Key] && p.notMinor(cands)) {
		return true
	}
	if e < len(toks) && toks[e].GapBefore == "-" && toks[e].Cap && (!p.nameStartsAt(toks, e) || e-i == 1 && arabicArticles[toks[i].Key]) {
		return true // "Al" of "Al-Nasiriyah" is no town Ål
	}
	return false
}

// nameStartsAt reports whether the name of a story place or of a gazetteer
// place that is not a town (a city, capital, country, region, ...) starts
// at token i: "Pyongyang" in "Seoul-Pyongyang", not "Benz" (a small town)
// in "Mercedes-Benz".
func (p *Parser) nameStartsAt(toks []fold.Token, i int) bool {
	hits, _ := p.lookup(toks, i, nil, nil)
	for _, h := range hits {
		if len(h.story) > 0 {
			return true
		}
		if !h.hasGaz {
			continue
		}
		for _, r := range p.g.refs[h.gaz.start : h.gaz.start+h.gaz.n] {
			if !r.alt && p.g.places[r.place].Kind != "town" {
				return true
			}
		}
	}
	return false
}

// modelCoded reports whether the name at toks[i:e] sits next to an
// alphanumeric model code ("C-130 Hercules", "Hercules C-130", "Su-27",
// "A320") or is followed by a model number ("Boeing 747"). Years ("the
// 2018 Singapore summit") are not model numbers.
func modelCoded(toks []fold.Token, i, e int) bool {
	if i > 0 && toks[i].GapBefore == " " && modelCode(toks, i-1) {
		return true
	}
	if e < len(toks) && toks[e].GapBefore == " " {
		if modelCode(toks, e) {
			return true
		}
		k := toks[e].Key
		if digitsOnly(k) && len(k) >= 2 && !year(k) {
			return true
		}
	}
	return false
}

// modelCode reports whether token j is (part of) a model code: a
// capitalised word with two or more digits ("A320"; not a group name such
// as "G20": "the G7 Hiroshima summit"), digits hyphen-joined to a
// capitalised word ("130" in "C-130"), or a short capitalised word
// hyphen-joined to digits ("C" in "C-130").
func modelCode(toks []fold.Token, j int) bool {
	t := toks[j]
	k := t.Key
	if hasDigit(k) {
		if t.Cap {
			return digitCount(k) >= 2 && !(k[0] == 'g' && digitsOnly(k[1:]))
		}
		return digitsOnly(k) && t.GapBefore == "-" && j > 0 && toks[j-1].Cap
	}
	return t.Cap && len(k) <= 3 && j+1 < len(toks) && toks[j+1].GapBefore == "-" && digitsOnly(toks[j+1].Key)
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			n++
		}
	}
	return n
}

func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// year reports whether a number of digits reads as a year (1000-2999).
func year(s string) bool {
	return len(s) == 4 && (s[0] == '1' || s[0] == '2')
}

// notMinor reports whether a candidate is a country, a region, a capital
// or a settlement of minorPop people or more, by its own name.
func (p *Parser) notMinor(cands []cand) bool {
	for _, c := range cands {
		if !c.story && !c.alt && !minor(p.info(c)) && p.info(c).kind != KindTown {
			return true
		}
	}
	return false
}
