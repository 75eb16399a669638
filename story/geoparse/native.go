package geoparse

import (
	"slices"
	"strings"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// Native prefixes (README.md, Guards 15): a region or island the
// gazetteer holds only under its native name with an article or an
// island word before it, written without them in English: "Araucanía"
// is the Chilean region "La Araucanía", "Giglio" the island commune
// "Isola del Giglio".

// nativePrefixes are the Romance articles that start region names (true:
// only first-level regions) and the island words that start island and
// island-commune names (false: settlements and islands), as folded words
// with the space after them.
var nativePrefixes = map[string]bool{"la ": true, "el ": true, "le ": true, "las ": true, "los ": true, "les ": true,
	"isola del ": false, "isola di ": false, "ile de ": false, "isla de ": false, "ilha de ": false, "ilha do ": false,
	"ilha da ": false}

// nativeIndex returns, per folded word, the gazetteer places whose own
// name is a native prefix and that one word ("araucania": La Araucanía,
// "giglio": Isola del Giglio); built once per parser, on first use. Only
// names that start with a word of nativeStarts are folded.
func (p *Parser) nativeIndex() map[string][]int32 {
	p.nativeOnce.Do(func() {
		p.nativeRest = map[string][]int32{}
		for i := range p.g.places {
			pl := &p.g.places[i]
			if !nativeStart(pl.Name) {
				continue
			}
			region := pl.Kind == KindRegion
			if !region && !settlement(pl.Kind) && pl.Kind != "island" {
				continue
			}
			key := fold.Key(pl.Name)
			for pre, regionOnly := range nativePrefixes {
				rest, ok := strings.CutPrefix(key, pre)
				if ok && regionOnly == region && rest != "" && !strings.Contains(rest, " ") {
					p.nativeRest[rest] = append(p.nativeRest[rest], int32(i))
				}
			}
		}
	})
	return p.nativeRest
}

// nativeStarts are the first words, as written, of the names nativeIndex
// folds: any other name is skipped without folding.
var nativeStarts = []string{"la ", "el ", "le ", "las ", "los ", "les ", "isola ", "ile ", "île ", "isla ", "ilha "}

// nativeStart reports whether a name starts with one of nativeStarts, in
// any case.
func nativeStart(name string) bool {
	if name == "" {
		return false
	}
	switch name[0] | 0x20 {
	case 'l', 'e', 'i', 0xc3 | 0x20: // 0xc3 starts "Î"
	default:
		return false
	}
	for _, w := range nativeStarts {
		if len(name) > len(w) && strings.EqualFold(name[:len(w)], w) {
			return true
		}
	}
	return false
}

// nativeName matches the one capitalised word at toks[i], which matches no
// name, as a place of nativeIndex, when the word is no person's and stands
// alone (no capitalised word before or after it, except a kind word after
// it: "the Araucanía region", or an island word: "Giglio Island", then only
// islands and settlements); in capitals only as a sentence's first word (a
// dateline: "GIGLIO ISLAND, Italy —"). Its candidates count as found by an
// alternate name (they need support: disambig.go).
func (p *Parser) nativeName(si int, toks []fold.Token, i int, persons map[string]bool) (match, bool) {
	t := toks[i]
	if p.g == nil || t.Upper && i > 0 || t.Possessive || persons[t.Key] || len(t.Key) < 4 ||
		i > 0 && toks[i-1].Cap && !stopwords[toks[i-1].Key] && joinable(t.GapBefore) ||
		i+1 < len(toks) && toks[i+1].Cap && joinable(toks[i+1].GapBefore) && !regionWords[toks[i+1].Key] &&
			!islandWords[toks[i+1].Key] {
		return match{}, false
	}
	idx := p.nativeIndex()[t.Key]
	if len(idx) == 0 {
		return match{}, false
	}
	island := i+1 < len(toks) && islandWords[toks[i+1].Key] && toks[i+1].Cap
	cands := make([]cand, 0, len(idx))
	for _, r := range idx {
		if island && p.g.places[r].Kind == KindRegion {
			continue // "X Island" is no region La X
		}
		cands = append(cands, cand{idx: r, alt: true})
	}
	if len(cands) == 0 {
		return match{}, false
	}
	return match{sentence: si, start: t.Start, end: t.End, key: t.Key, cands: cands}, true
}

// landNouns are English nouns of land, water and administration that
// name regions with a kind word after them ("Coast Province", "Gulf
// Province", "Capital Region", "Highland Region") and are no name alone.
var landNouns = setOf(`gulf coast coastal bay sea seas ocean lake lakes river rivers mountain mountains hill hills
valley valleys plain plains plateau highland highlands lowland lowlands island islands isles desert forest delta
capital border borders frontier interior midlands lands north south east west central`)

// kindSuffixes are the kind words that end region names which English
// news often writes without them: "Tibet" for the "Tibet Autonomous
// Region" (a name of Xizang), "Sakha" for the "Sakha Republic". Each has
// the space before it.
var kindSuffixes = []string{" autonomous region", " autonomous oblast", " autonomous okrug", " autonomous province",
	" republic", " oblast", " krai", " province", " region"}

// stemRegion matches the one capitalised word at toks[i], which matches no
// name, as the country or first-level region whose name is that word and
// a kind word ("Tibet": the "Tibet Autonomous Region"; kindSuffixes) or
// whose name ends in "Islands" and the word is its plural ("the
// Falklands": the Falkland Islands, "the Canaries": the Canary Islands),
// under the conditions of nativeName (a possessive is allowed: "Tibet's
// capital"). The word may not be a common word, function word or place
// qualifier ("Northern" is no "Northern Region"), nor a noun of land or
// water (landNouns: "the Gulf" is no "Gulf Province", "the Coast" no
// "Coast Province"). Its candidates count as found by an alternate name.
func (p *Parser) stemRegion(si int, toks []fold.Token, i int, persons map[string]bool) (match, bool) {
	t := toks[i]
	if p.g == nil || t.Upper && i > 0 || persons[t.Key] || len(t.Key) < 4 || p.g.common[t.Key] || landNouns[t.Key] ||
		stopwords[t.Key] || placeQualifiers[t.Key] || weekdaysMonths[t.Key] || givenNames[t.Key] ||
		i > 0 && toks[i-1].Cap && !stopwords[toks[i-1].Key] && joinable(t.GapBefore) ||
		!t.Possessive && i+1 < len(toks) && toks[i+1].Cap && joinable(toks[i+1].GapBefore) {
		return match{}, false
	}
	var buf [64]byte
	var cands []cand
	add := func(key []byte) {
		e := p.g.index.findBytes(key)
		if e == nil || e.span < 0 {
			return
		}
		s := p.g.spans[e.span]
		for _, r := range p.g.refs[s.start : s.start+s.n] {
			if k := p.g.places[r.place].Kind; !r.abbrev && (k == KindRegion || k == KindCountry) &&
				!slices.ContainsFunc(cands, func(c cand) bool { return c.idx == r.place }) {
				cands = append(cands, cand{idx: r.place, alt: true})
			}
		}
	}
	// only words that start a longer name are tried (the index marks
	// them), so most words cost one lookup
	if e := p.g.index.find(t.Key); e != nil && e.prefix {
		for _, suf := range kindSuffixes {
			add(append(append(buf[:0], t.Key...), suf...))
		}
	}
	if stem, ok := strings.CutSuffix(t.Key, "ies"); ok {
		stem += "y"
		if e := p.g.index.find(stem); e != nil && e.prefix {
			add(append(append(buf[:0], stem...), " islands"...)) // "Canaries"
		}
	} else if stem, ok := strings.CutSuffix(t.Key, "s"); ok {
		if e := p.g.index.find(stem); e != nil && e.prefix {
			add(append(append(buf[:0], stem...), " islands"...)) // "Falklands"
		}
	}
	if len(cands) == 0 {
		return match{}, false
	}
	return match{sentence: si, start: t.Start, end: t.End, key: t.Key, cands: cands}, true
}
