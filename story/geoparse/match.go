package geoparse

import (
	"strings"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// hit is one name found at a token position: n tokens long.
type hit struct {
	n       int
	story   []int32
	gaz     span
	demonym int32 // -1 if none
	hasGaz  bool
}

// lookup returns the names that start at token i, longest first. A
// capitalised "St" or "Ste" that starts no name of two words or more is
// read as "Saint" or "Sainte" ("St Lucia" is Saint Lucia, "St Vincent and
// the Grenadines" the country), and the token's key becomes that word.
func (p *Parser) lookup(toks []fold.Token, i int, buf []byte, hits []hit) ([]hit, []byte) {
	hits, buf = p.lookupKeys(toks, i, buf, hits)
	if t := &toks[i]; t.Cap && (t.Key == "st" || t.Key == "ste") && i+1 < len(toks) && toks[i+1].Cap &&
		(len(hits) == 0 || hits[0].n == 1) {
		short := t.Key
		t.Key = saintOfShort[short]
		var long []hit
		if long, buf = p.lookupKeys(toks, i, buf, nil); len(long) > 0 && long[0].n > 1 {
			return append(hits[:0], long...), buf
		}
		t.Key = short
		hits, buf = p.lookupKeys(toks, i, buf, hits)
	}
	return hits, buf
}

// saintOfShort spells out the abbreviations of Saint.
var saintOfShort = map[string]string{"st": "saint", "ste": "sainte"}

// lookupKeys returns the names that start at token i by the tokens' keys,
// longest first (lookup).
func (p *Parser) lookupKeys(toks []fold.Token, i int, buf []byte, hits []hit) ([]hit, []byte) {
	hits = hits[:0]
	buf = buf[:0]
	for n := 1; n <= p.maxTokens && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if n > 1 {
			// names do not run across sentence punctuation or brackets
			if !joinable(t.GapBefore) {
				break
			}
			buf = append(buf, ' ')
		}
		buf = append(buf, t.Key...)
		h := hit{n: n, demonym: -1}
		found := false
		var e *nameEntry
		if s, ok := p.storyNames[string(buf)]; ok {
			h.story = s
			found = true
		}
		if p.g != nil {
			e = p.g.index.findBytes(buf)
			if e != nil && e.span >= 0 {
				h.gaz = p.g.spans[e.span]
				h.hasGaz = true
				found = true
			}
			if e != nil && e.demonym >= 0 {
				h.demonym = e.demonym
				found = true
			}
		}
		if found {
			hits = append(hits, h)
		}
		_, more := p.storyPre[string(buf)]
		if !more && e != nil {
			more = e.prefix
		}
		if !more {
			break
		}
	}
	// longest first
	for l, r := 0, len(hits)-1; l < r; l, r = l+1, r-1 {
		hits[l], hits[r] = hits[r], hits[l]
	}
	return hits, buf
}

// joinable reports whether the text between two words may sit inside a
// multi-word name: spaces, a hyphen, an apostrophe or a full stop
// ("U.S.", "Petropavlovsk-Kamchatsky", "St. Petersburg").
func joinable(gap string) bool {
	if len(gap) > 3 {
		return false
	}
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '-', '.', '\'':
		default:
			return false
		}
	}
	return true
}

func (p *Parser) findInSentence(si int, text string, toks []fold.Token, persons map[string]bool,
	countries map[string]bool, out []match, hits []hit, buf []byte) ([]match, []hit, []byte) {
	placeEnd := -1 // token index after the last accepted place name
	for i := 0; i < len(toks); {
		if !toks[i].Cap {
			i++ // every name must start with a capital (see accept)
			continue
		}
		hits, buf = p.lookup(toks, i, buf, hits)
		if p.g != nil && compassNative[toks[i].Key] != nil && (len(hits) == 0 || hits[0].n == 1) {
			// "North Kivu" is the region Nord-Kivu
			if m, ok := p.nativeCompass(si, toks, i); ok {
				out = append(out, m)
				placeEnd = i + 2
				i += 2
				continue
			}
		}
		if len(hits) == 0 && p.g != nil {
			// "Araucanía" is "La Araucanía", "Giglio" "Isola del Giglio"
			m, ok := p.nativeName(si, toks, i, persons)
			if !ok {
				// "Tibet" is the Tibet Autonomous Region, "the Falklands"
				// the Falkland Islands
				m, ok = p.stemRegion(si, toks, i, persons)
			}
			if ok {
				m.afterLoc = i > 1 && areaLocatives[toks[i-1].Key] && !toks[i-1].Cap
				m.placeUse = placeUse(toks, i, si, out) || liesAfter(toks, i+1)
				n := 1
				if designatorAfter(toks, i+1) {
					m.end, n = toks[i+1].End, 2 // "Giglio Island"
				}
				out = append(out, m)
				placeEnd = i + n
				i += n
				continue
			}
		}
		advanced, skip := false, 0
		for hi, h := range hits {
			if p.andAlternate(toks, i, h, buf[:keyLen(toks, i, h.n)]) {
				continue // "the West Bank and Gaza": two places, not Palestine
			}
			cands, isDemonym := p.accept(text, toks, i, h, persons, placeEnd)
			if isDemonym {
				countries[p.g.places[h.demonym].CC] = true
				if m, ok := p.demonymCapital(si, toks, i, i+h.n, h.demonym); ok {
					// "the East Timorese capital" is Dili
					out = append(out, m)
					placeEnd = i + h.n + 1
					i++
				}
			} else if len(cands) == 0 {
				continue
			} else if cands, prefer, border := p.kindContext(toks, i, i+h.n, cands); len(cands) > 0 {
				if h.n > 1 && p.facilities(cands) {
					// "Port Moresby Jacksons International Airport": Port Moresby too
					out = p.leadingPlace(si, text, toks, i, hits[hi+1:], persons, buf, out, cands)
				}
				end := toks[i+h.n-1].End
				if last := toks[i+h.n-1]; last.Dotted && (len(last.Key) == 1 && h.n > 1 || dottedCands(cands)) {
					end++ // the final full stop of "U.S." or "Calif."
				}
				if toks[i+h.n-1].Possessive && len(h.story) == 0 {
					// "St. John's" is St. John's, not Saint John's possessive
					var own bool
					if cands, own = p.possessiveName(cands); own {
						end += possessiveLen(text[end:])
					}
				} else if len(h.story) == 0 {
					// "St John paramedics" is not St. John's
					if cands = p.withoutPossessive(cands, string(buf[:keyLen(toks, i, h.n)])); len(cands) == 0 {
						i += h.n
						advanced = true
						break
					}
				}
				if designatorAfter(toks, i+h.n) {
					// "Giglio Island", "the Yucatán Peninsula": the mention
					// spans the word, which names a feature of its own
					end = toks[i+h.n].End
					skip = 1
				}
				located := i == 1 && toks[0].Key == "in" // "In Kinshasa, ..." sets the scene
				out = append(out, match{sentence: si, start: toks[i].Start, end: end,
					key: string(buf[:keyLen(toks, i, h.n)]), cands: cands, prefer: prefer, border: border, located: located,
					feature: featureAfter(toks, i+h.n),
					theName: afterThe(toks, i) && phraseEnds(toks, i+h.n),
					afterLoc: i > 1 && areaLocatives[toks[i-1].Key] && !toks[i-1].Cap ||
						i > 1 && toks[i-1].Key == "the" && areaLocatives[toks[i-2].Key] && !toks[i-2].Cap,
					afterTo: afterWord(toks, i, destinationWords), placeUse: placeUse(toks, i, si, out) || liesAfter(toks, i+h.n)})
				placeEnd = i + h.n + skip
			}
			i += h.n + skip
			advanced = true
			break
		}
		if !advanced {
			i++
		}
	}
	return out, hits, buf
}

// andAlternate reports whether the hit at toks[i] (folded name key) runs
// over an "and" and is the own name of none of its places: then the words
// are read as two names ("the West Bank and Gaza" is the West Bank and
// Gaza, not Palestine, which world-countries also spells so); a place's
// own name stays whole ("Bosnia and Herzegovina", "Trinidad and Tobago").
func (p *Parser) andAlternate(toks []fold.Token, i int, h hit, key []byte) bool {
	if h.n < 3 || !h.hasGaz || len(h.story) > 0 {
		return false
	}
	and := false
	for _, t := range toks[i+1 : i+h.n-1] {
		if t.Key == "and" && !t.Cap {
			and = true
		}
	}
	if !and {
		return false
	}
	for _, r := range p.g.refs[h.gaz.start : h.gaz.start+h.gaz.n] {
		if fold.Key(p.g.places[r.place].Name) == string(key) {
			return false
		}
	}
	return true
}

// dottedCands reports whether the candidates were found by a dotted
// abbreviation ("Calif."; accept keeps only those then).
func dottedCands(cands []cand) bool { return len(cands) > 0 && cands[0].dotted }

// possessiveName keeps the candidates whose own name ends in the
// possessive the text has: folding drops "'s", so "St. John's" is looked
// up as "st john", which also names Saint John; when some candidates are
// named with it (St. John's, Newfoundland; Saint John's, Antigua), only
// they remain and own is true. cands is filtered in place.
func (p *Parser) possessiveName(cands []cand) (_ []cand, own bool) {
	has := func(c cand) bool {
		return !c.story && endsPossessive(p.g.places[c.idx].Name)
	}
	n := 0
	for _, c := range cands {
		if has(c) {
			n++
		}
	}
	if n == 0 {
		return cands, false
	}
	out := cands[:0]
	for _, c := range cands {
		if has(c) {
			out = append(out, c)
		}
	}
	return out, true
}

// withoutPossessive drops the candidates that key matches only because
// folding dropped the "'s" of their own name: text without the possessive
// ("the St John ambulance service") does not name St. John's. cands is
// filtered in place.
func (p *Parser) withoutPossessive(cands []cand, key string) []cand {
	out := cands[:0]
	for _, c := range cands {
		if !c.story {
			// by its own name or an alternate one ("St. John's" of Saint
			// John’s, Antigua): the name's last word is the key's
			if name := p.g.places[c.idx].Name; endsPossessive(name) && lastWord(fold.Key(name)) == lastWord(key) {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// lastWord returns the last space-separated word of a key.
func lastWord(key string) string { return key[strings.LastIndexByte(key, ' ')+1:] }

// endsPossessive reports whether a name ends in "'s" or "’s".
func endsPossessive(name string) bool {
	return strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "\u2019s")
}

// possessiveLen is the length of the possessive ending at the start of s
// ("'s", "’s", or a bare apostrophe), 0 if none.
func possessiveLen(s string) int {
	for _, a := range []string{"'s", "’s", "'", "’"} {
		if strings.HasPrefix(s, a) {
			return len(a)
		}
	}
	return 0
}

// placeUse reports whether the name at toks[i] is used as a place: after a
// lower-case locative ("to X", "in the X"), a verb that takes a place
// ("visited X": placeVerbs), a verb of leaving and "for" ("bound for X",
// "left for X": leftFor) or a compass word and "of" ("northeast of X"),
// or after "and", "or" or a
// comma that follows a name so used ("to Bordeaux and X"). out are the
// article's matches so far; the last one, if it is of sentence si, is the
// sentence's previous name.
func placeUse(toks []fold.Token, i, si int, out []match) bool {
	if afterWord(toks, i, locatives) {
		return true
	}
	if i >= 1 && !toks[i-1].Cap && placeVerbs[toks[i-1].Key] {
		return true // "will visit X", "left X"
	}
	if i >= 2 && !toks[i-1].Cap && !toks[i-2].Cap {
		switch k := toks[i-1].Key; {
		case k == "for" && leftFor[toks[i-2].Key]:
			return true // "a ferry bound for X", "she left for X"
		case k == "of" && compassOf[toks[i-2].Key]:
			return true // "100 miles northeast of X"
		}
	}
	if i < 1 || len(out) == 0 || out[len(out)-1].sentence != si {
		return false
	}
	prev := &out[len(out)-1]
	j := i - 1
	switch {
	case !toks[j].Cap && (toks[j].Key == "and" || toks[j].Key == "or") && j >= 1:
		return prev.placeUse && prev.end == toks[j-1].End
	case strings.TrimSpace(toks[i].GapBefore) == ",":
		return prev.placeUse && prev.end == toks[j].End
	}
	return false
}

// designatorAfter reports whether toks[e] is a capitalised island or
// peninsula word that ends the capitalised run ("Giglio Island", "the
// Yucatán Peninsula"): kindContext has kept only the candidates it allows.
func designatorAfter(toks []fold.Token, e int) bool {
	return e < len(toks) && toks[e].Cap && toks[e].GapBefore == " " && (islandWords[toks[e].Key] || peninsulaWords[toks[e].Key]) &&
		!continues(toks, e+1)
}

// afterThe reports whether a lower-case "the" comes right before
// toks[i], or one lower-case word after it ("the dark Rio Negro").
func afterThe(toks []fold.Token, i int) bool {
	if i < 1 || toks[i].GapBefore != " " || toks[i-1].Cap {
		return false
	}
	if toks[i-1].Key == "the" {
		return true
	}
	return i >= 2 && toks[i-2].Key == "the" && !toks[i-2].Cap && toks[i-1].GapBefore == " " &&
		!stopwords[toks[i-1].Key] && !hasDigit(toks[i-1].Key)
}

// featureAfter reports whether a lower-case noun of a natural feature
// follows the name that ends before toks[e] (featureNouns: "Lobito
// beach", "Tsitsikamma forest").
func featureAfter(toks []fold.Token, e int) bool {
	return e < len(toks) && !toks[e].Cap && toks[e].GapBefore == " " && featureNouns[toks[e].Key]
}

// liesAfter reports whether a verb of position follows the name that ends
// before toks[e]: "X lies 40 km north of", "X sits on the coast"
// (positionVerbs); the name is used as a place.
func liesAfter(toks []fold.Token, e int) bool {
	return e < len(toks) && !toks[e].Cap && toks[e].GapBefore == " " && positionVerbs[toks[e].Key]
}

// keyLen is the byte length of the key of n tokens from i.
func keyLen(toks []fold.Token, i, n int) int {
	l := n - 1
	for _, t := range toks[i : i+n] {
		l += len(t.Key)
	}
	return l
}
