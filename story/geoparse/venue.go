package geoparse

import (
	"slices"
	"strings"

	"github.com/storylens/storylens/story/article"
	"github.com/storylens/storylens/story/geoparse/fold"
)

// OriginContext marks a mention placed from its context: a venue no
// gazetteer holds ("Shangri-La Hotel"), placed at the place it is in.
const OriginContext = "context"

// maxVenueRun is the most capitalised words a venue name takes before its
// head word ("Port Moresby Jacksons International Airport").
const maxVenueRun = 6

// venue is a venue phrase found in a sentence, before its container is
// chosen. lead, after and owner index the article's matches, -1 if none.
type venue struct {
	sentence, start, end int
	name, slug, kind     string
	institution          bool // placed only by lead, after or owner (venueHead)
	// lead is the place name the venue name starts with ("Port Moresby"
	// in "Port Moresby International Airport"); after the place of "in X"
	// or "at X" right after the venue; owner the possessive before it
	// ("Singapore's Shangri-La Hotel").
	lead, after, owner int
}

// headAt returns the venue head word at token k ("Hotel", "International
// Airport") and its length in tokens.
func headAt(toks []fold.Token, k int) (venueHead, int, bool) {
	if k+1 < len(toks) && toks[k+1].GapBefore == " " {
		if hd, ok := venueHeads2[[2]string{toks[k].Key, toks[k+1].Key}]; ok {
			return hd, 2, true
		}
	}
	hd, ok := venueHeads[toks[k].Key]
	return hd, 1, ok
}

// continues reports whether a capitalised word follows toks[e-1] within
// the same name ("Madison Square Garden", "Park Geun-hye").
func continues(toks []fold.Token, e int) bool {
	return e < len(toks) && !toks[e-1].Possessive && toks[e].Cap && !stopwords[toks[e].Key] && toks[e].GapBefore == " "
}

// locativeBefore reports whether a lower-case locative, optionally with
// "the", precedes token i ("at the Eastern Forum").
func locativeBefore(toks []fold.Token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].Key == "the" {
		j--
	}
	return j >= 0 && !toks[j].Cap && locatives[toks[j].Key]
}

// venueFollows reports whether the capitalised words from token k end in
// a named venue head (venueHead.named), which takes its leading place as
// its container: a place name at toks[i:k] followed by them is that
// container ("Port Moresby International Airport", "Vladivostok Railway
// Station"), not part of a longer non-place name ("Wilson Center").
func venueFollows(toks []fold.Token, i, k int) bool {
	for j := k; j < len(toks) && j-i <= maxVenueRun; j++ {
		t := toks[j]
		if !t.Cap || (t.GapBefore != " " && t.GapBefore != "-") || stopwords[t.Key] || titles[t.Key] {
			return false
		}
		if hd, n, ok := headAt(toks, j); ok && t.GapBefore == " " && !continues(toks, j+n) {
			return hd.named && (!hd.locative || locativeBefore(toks, i))
		}
		if t.Possessive {
			return false
		}
	}
	return false
}

// namedBetween reports whether a word between a place's name (ending
// before toks[k]) and the venue head that venueFollows found is a name of
// the venue's own, not a word that describes it (venueDescriptors):
// "Kingsford Smith Airport", not "Kadena Air Base" or "Hiroshima
// International Airport".
func namedBetween(toks []fold.Token, k int) bool {
	for j := k; j < len(toks); j++ {
		if _, _, ok := headAt(toks, j); ok {
			return false
		}
		if !venueDescriptors[toks[j].Key] && !facilityGeneric[toks[j].Key] {
			return true
		}
	}
	return false
}

// venueDescriptors are words between a place's name and a venue head that
// describe the venue (with facilityGeneric): "Vladivostok Railway
// Station", "Hanoi Central Station".
var venueDescriptors = setOf(`railway rail train bus coach ferry central main union grand old new royal state
public memorial cruise container naval`)

// hotelCity returns the index in ms of the place right after a hotel head
// at toks[k:e] that ends the capitalised run ("Grand Prince Hotel
// Hiroshima": hotels are often named brand, head, city), or -1. accept
// keeps such a place only when it may be a settlement (cityAfterHotel).
func hotelCity(ms []match, base int, toks []fold.Token, k, e int) int {
	if !hotelHeads[toks[k].Key] || e-k != 1 {
		return -1
	}
	for mi := base; mi < len(ms); mi++ {
		if ms[mi].start == toks[e].Start {
			return mi
		}
	}
	return -1
}

// cityAfterHotel reports whether the name at toks[i:e] follows a
// capitalised hotel head and ends the capitalised run: the hotel's city.
func cityAfterHotel(toks []fold.Token, i, e int) bool {
	return i >= 2 && hotelHeads[toks[i-1].Key] && toks[i-1].Cap && toks[i-2].Cap && !stopwords[toks[i-2].Key] &&
		!continues(toks, e)
}

// quoteOpens reports whether a gap ends in an opening quotation mark.
func quoteOpens(gap string) bool {
	return len(gap) > 0 && (strings.HasSuffix(gap, "\"") || strings.HasSuffix(gap, "“") || strings.HasSuffix(gap, "‘"))
}

// plainHead reports whether a head is neither named after its place, a
// brand, an institution nor a locative one ("Park", "Opera House").
func plainHead(hd venueHead) bool { return !hd.named && !hd.brand && !hd.institution && !hd.locative }

// plainVenueFollows reports whether the capitalised words from token k end
// in a plain venue head (plainHead): "Opera House" after "Sydney".
func plainVenueFollows(toks []fold.Token, i, k int) bool {
	return headFollows(toks, i, k, plainHead)
}

// institutionFollows reports whether the capitalised words from token k
// end in an institution head: "University" after "Vilnius".
func institutionFollows(toks []fold.Token, i, k int) bool {
	return headFollows(toks, i, k, func(hd venueHead) bool { return hd.institution })
}

// headFollows reports whether the capitalised words from token k end in a
// venue head that passes want.
func headFollows(toks []fold.Token, i, k int, want func(venueHead) bool) bool {
	for j := k; j < len(toks) && j-i <= maxVenueRun; j++ {
		t := toks[j]
		if !t.Cap || t.GapBefore != " " || stopwords[t.Key] || titles[t.Key] {
			return false
		}
		if hd, n, ok := headAt(toks, j); ok && !continues(toks, j+n) {
			return want(hd)
		}
		if t.Possessive {
			return false
		}
	}
	return false
}

// brandFollows reports whether a brand venue head, in any case, follows
// the name ending before token k ("the Shangri-La hotel").
func brandFollows(toks []fold.Token, k int) bool {
	if k >= len(toks) || toks[k].GapBefore != " " || toks[k-1].Possessive {
		return false
	}
	hd, n, ok := headAt(toks, k)
	return ok && hd.brand && !continues(toks, k+n)
}

// findVenues appends the venue phrases of one sentence: capitalised words
// followed by a venue head ("Shangri-La Hotel"), "the X hotel" and "X's Y
// Palace". ms[base:] are the sentence's matches; a head inside one of them
// is part of a gazetteer or story name ("Far Eastern Federal University").
//
// A lower-case head is a venue only after "the" or a possessive ("the
// Shangri-La hotel"), not before "of" ("the Russian port of Vladivostok")
// and not after a demonym alone ("the Russian embassy").
func (p *Parser) findVenues(si int, text string, toks []fold.Token, ms []match, base int, out []venue) []venue {
	out = p.prefixVenues(si, text, toks, ms, base, out)
	for k := 1; k < len(toks); k++ {
		// a head follows a capitalised word or is one itself ("the Palace of");
		// a quoted "Head of X" may open with the quote
		quoted := toks[k].Cap && quoteOpens(toks[k].GapBefore)
		if toks[k].GapBefore != " " && !quoted || !toks[k-1].Cap && !toks[k].Cap {
			continue
		}
		hd, n, ok := headAt(toks, k)
		if !ok {
			hd, ok = foreignHeads[toks[k].Key]
			n = 1
		}
		if !ok {
			continue
		}
		e := k + n
		city := -1 // the city after a hotel's head: "Grand Prince Hotel Hiroshima"
		if continues(toks, e) {
			if city = hotelCity(ms, base, toks, k, e); city < 0 {
				continue
			}
		}
		if hd.foreign && !toks[k].Cap {
			continue
		}
		if toks[k].Cap && !hd.institution && (!toks[k-1].Cap || stopwords[toks[k-1].Key] || quoted) {
			// "the Cathedral of Notre-Dame du Congo", "the Museum of Modern Art"
			if v, ok := p.headOfVenue(si, text, toks, k, n, hd, ms, base); ok {
				out = append(out, v)
				continue
			}
			if fh, ok := foreignHeads[toks[k].Key]; ok && !hd.foreign {
				// "Hôtel des Invalides"
				if v, ok := p.headOfVenue(si, text, toks, k, 1, fh, ms, base); ok {
					out = append(out, v)
					continue
				}
			}
		}
		if hd.foreign || quoted {
			continue // "Lt Col", "Tourmalet Col": not in that order
		}
		// a possessive right before a capitalised head belongs to the name
		// ("St Giles' Cathedral", "Martyrs' Stadium") unless it is a
		// place's ("Singapore's Cathedral": its owner); before a lower-case
		// one it describes ("the Pacific Fleet's museum")
		ownName := toks[k-1].Possessive && toks[k].Cap && !covered(ms[base:], toks[k-1].Start)
		// a place whose own name ends in the possessive leads the venue
		// name ("St. John's Harbour"): its match runs past the "'s"
		placePossessive := toks[k-1].Possessive && covered(ms[base:], toks[k-1].End)
		// a two-word head that is a whole name: "at Parliament House", "the
		// Opera House"
		alone := n == 2 && toks[k].Cap && toks[k+1].Cap && standaloneHeads[[2]string{toks[k].Key, toks[k+1].Key}] &&
			standaloneBefore[toks[k-1].Key]
		if !alone && (!toks[k-1].Cap || toks[k-1].Possessive && !ownName && !placePossessive) {
			continue
		}
		j := k
		for j > 0 && k-j < maxVenueRun && !alone {
			t := toks[j-1]
			// a title inside the name is part of it ("Grand Prince Hotel"), not
			// one that starts it ("President Park")
			inner := j >= 2 && toks[j-2].Cap && !stopwords[toks[j-2].Key] && !titles[toks[j-2].Key] && !toks[j-2].Possessive &&
				toks[j-1].GapBefore == " "
			if !t.Cap || t.Upper || stopwords[t.Key] || titles[t.Key] && !(j == k && ownName) && !saintWords[t.Key] && !inner ||
				t.Possessive && j != k && !(j >= 2 && saintWords[toks[j-2].Key] && !covered(ms[base:], t.Start)) || !joinable(toks[j].GapBefore) {
				break
			}
			j--
		}
		if j == k && !alone {
			continue
		}
		the := j > 0 && toks[j-1].Key == "the" && toks[j].GapBefore == " "
		owned := j > 0 && toks[j-1].Possessive && toks[j-1].Cap && toks[j].GapBefore == " "
		if !toks[k].Cap && (!the && !owned || e < len(toks) && toks[e].Key == "of" || p.demonymRun(toks[j:k]) ||
			k-j == 1 && faithWords[toks[j].Key]) {
			continue
		}
		if hd.locative && !locativeBefore(toks, j) {
			continue // "Eastern Economic Forum": an event
		}
		if toks[k].Key == "church" && n == 1 && (e >= len(toks) || toks[e].Key != "of") && p.denomination(toks[j:k]) {
			// "the Catholic Church", "the Russian Orthodox Church": a body
			// ("the Syriac Catholic Church of the Annunciation" is a building)
			continue
		}
		if covered(ms[base:], toks[k].Start) {
			continue
		}
		if e < len(toks) && !toks[e].Cap && toks[e].GapBefore == " " && speechVerbs[toks[e].Key] {
			continue // "Buckingham Palace announced": the institution speaks
		}
		if city >= 0 {
			for e < len(toks) && toks[e].Start < ms[city].end {
				e++ // the city's words are part of the name
			}
		}
		v := newVenue(text, toks, si, j, e, hd)
		v.after = city
		for mi := base; mi < len(ms); mi++ {
			m := &ms[mi]
			switch {
			case (hd.named || plainHead(hd) || hd.institution && toks[k].Cap) && m.start == toks[j].Start && m.end <= toks[k].Start:
				// an institution's only when accept took the place: a
				// capital or a big city ("Vilnius University")
				v.lead = mi
			case owned && m.end == toks[j-1].End:
				v.owner = mi
			case city < 0 && e+1 < len(toks) && venueAfter[toks[e].Key] && !toks[e].Cap &&
				toks[e].GapBefore == " " && m.start == toks[e+1].Start:
				v.after = mi
			}
		}
		out = append(out, v)
		k = e - 1
	}
	return out
}

// prefixHeads are capitalised English heads that come before the name:
// "Joint Base Andrews", "Naval Base San Diego" (all end in "Base":
// prefixVenues tests that first).
var prefixHeads = map[[2]string]venueHead{{"joint", "base"}: {kind: "airbase", institution: true},
	{"naval", "base"}: {kind: "venue", institution: true}}

// prefixVenues appends the venues named by a prefix head and capitalised
// words, hyphens allowed ("Joint Base Elmendorf-Richardson"), placed like
// other venues of no leading place: "in/at/near/outside X" right after,
// then the sentence and the article (placeVenues).
func (p *Parser) prefixVenues(si int, text string, toks []fold.Token, ms []match, base int, out []venue) []venue {
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k].Cap || !toks[k+1].Cap || toks[k+1].Key != "base" {
			continue // cheap test first: every word of every sentence comes here
		}
		hd, ok := prefixHeads[[2]string{toks[k].Key, toks[k+1].Key}]
		if !ok || toks[k+1].GapBefore != " " || toks[k+2].GapBefore != " " ||
			covered(ms[base:], toks[k].Start) {
			continue
		}
		t := k + 2
		for t < len(toks) && t-k-2 < maxVenueRun && (t == k+2 || toks[t].GapBefore == " " || toks[t].GapBefore == "-") {
			if w := toks[t]; !w.Cap || w.Upper || stopwords[w.Key] {
				break
			}
			t++
			if toks[t-1].Possessive {
				break
			}
		}
		if t == k+2 {
			continue
		}
		v := newVenue(text, toks, si, k, t, hd)
		for mi := base; mi < len(ms); mi++ {
			if t+1 < len(toks) && venueAfter[toks[t].Key] && !toks[t].Cap && toks[t].GapBefore == " " &&
				ms[mi].start == toks[t+1].Start {
				v.after = mi
			}
		}
		out = append(out, v)
		k = t - 1
	}
	return out
}

// headOfVenue returns the venue named by a capitalised head, "of", an
// optional "the" and capitalised words (name particles may link them):
// "the Palace of Holyroodhouse", "the Cathedral of Notre-Dame du Congo",
// "the Museum of Modern Art". It is placed like other venues of its head
// (no leading place); a gazetteer name inside it stays a mention.
func (p *Parser) headOfVenue(si int, text string, toks []fold.Token, k, n int, hd venueHead, ms []match, base int) (venue, bool) {
	e := k + n
	if e+1 >= len(toks) || toks[e].Cap || toks[e].GapBefore != " " {
		return venue{}, false
	}
	s := e + 1
	switch {
	case toks[e].Key == "of":
		if toks[s].Key == "the" && !toks[s].Cap && s+1 < len(toks) {
			s++
		}
	case hd.foreign && (nameParticles[toks[e].Key] || toks[e].Key == "do"):
		// "Col du Tourmalet", "Palais de la Nation", "Museu do Amanhã"
		for s < len(toks)-1 && !toks[s].Cap && particleLinkers[toks[s].Key] {
			s++
		}
	default:
		return venue{}, false
	}
	t := s
	for t < len(toks) && t-s < maxVenueRun && joinable(toks[t].GapBefore) {
		w := toks[t]
		if w.Cap && !w.Upper && !stopwords[w.Key] {
			t++
			if w.Possessive {
				break
			}
			continue
		}
		// particles inside: "Notre-Dame du Congo", "Palais de la Nation"
		if t > s && !w.Cap && (nameParticles[w.Key] || particleLinkers[w.Key]) {
			u := t
			for u < len(toks) && !toks[u].Cap && (nameParticles[toks[u].Key] || particleLinkers[toks[u].Key]) {
				u++
			}
			if u < len(toks) && toks[u].Cap && toks[u].GapBefore == " " {
				t = u
				continue
			}
		}
		break
	}
	if t == s || covered(ms[base:], toks[k].Start) || toks[k].Key == "church" {
		return venue{}, false // "the Church of Scotland" is a denomination
	}
	for _, w := range toks[s:t] {
		if bodyWords[w.Key] {
			return venue{}, false // "the Port of Rotterdam Authority"
		}
	}
	if t < len(toks) && !toks[t].Cap && toks[t].GapBefore == " " && speechVerbs[toks[t].Key] {
		return venue{}, false
	}
	v := newVenue(text, toks, si, k, t, hd)
	for mi := base; mi < len(ms); mi++ {
		m := &ms[mi]
		if t+1 < len(toks) && venueAfter[toks[t].Key] && !toks[t].Cap &&
			toks[t].GapBefore == " " && m.start == toks[t+1].Start {
			v.after = mi
		}
	}
	return v, true
}

// demonymRun reports whether the words are exactly a demonym ("Russian").
func (p *Parser) demonymRun(run []fold.Token) bool {
	if p.g == nil {
		return false
	}
	hits, _ := p.lookup(run, 0, nil, nil)
	for _, h := range hits {
		if h.n == len(run) && h.demonym >= 0 {
			return true
		}
	}
	return false
}

// denomination reports whether every word of run is a faith word or a
// demonym ("Catholic", "Russian Orthodox", "Syriac Catholic"): before
// "Church" such words name a church as a body, not a building, which has
// a name of its own ("St Mary's Catholic Church").
func (p *Parser) denomination(run []fold.Token) bool {
	for k := 0; k < len(run); {
		if faithWords[run[k].Key] {
			k++
			continue
		}
		n := 0
		if p.g != nil {
			hits, _ := p.lookup(run, k, nil, nil)
			for _, h := range hits {
				if h.demonym >= 0 {
					n = h.n
					break
				}
			}
		}
		if n == 0 {
			return false
		}
		k += n
	}
	return len(run) > 0
}

// facilityKind reports whether a gazetteer kind is a facility named after
// the place it serves (an airport or air base).
func facilityKind(kind string) bool { return kind == "airport" || kind == "airbase" }

// facilities reports whether every candidate is a gazetteer facility.
func (p *Parser) facilities(cands []cand) bool {
	for _, c := range cands {
		if c.story || !facilityKind(p.g.places[c.idx].Kind) {
			return false
		}
	}
	return true
}

// leadingPlace appends the place a facility's gazetteer name starts with
// ("Port Moresby" in "Port Moresby Jacksons International Airport"), the
// longest of the shorter names found at token i (hits) that passes the
// guards, if any: like a venue's leading place, it is a mention. Only
// candidates within leadKm of one of the facility's candidates (fac)
// count: "Eduardo Gomes International Airport" (Manaus) does not name
// Parnamirim, 2,000 km away, which has "Eduardo Gomes" among its
// alternate names.
func (p *Parser) leadingPlace(si int, text string, toks []fold.Token, i int, hits []hit, persons map[string]bool,
	buf []byte, out []match, fac []cand) []match {
	for _, h := range hits {
		if !h.hasGaz {
			continue
		}
		cands, _ := p.accept(text, toks, i, h, persons, -1)
		n := 0
		for _, c := range cands {
			if c.story || !facilityKind(p.g.places[c.idx].Kind) && p.nearAny(c, fac, leadKm) {
				cands[n] = c
				n++
			}
		}
		if n == 0 {
			continue
		}
		return append(out, match{sentence: si, start: toks[i].Start, end: toks[i+h.n-1].End,
			key: string(buf[:keyLen(toks, i, h.n)]), cands: cands[:n]})
	}
	return out
}

// leadKm is how far a facility may lie from the place its name starts with.
const leadKm = 100.0

// nearAny reports whether candidate c lies within km of one of cs.
func (p *Parser) nearAny(c cand, cs []cand, km float64) bool {
	a := p.info(c)
	for _, o := range cs {
		b := p.info(o)
		if distanceKm(a.lat, a.lon, b.lat, b.lon) <= km {
			return true
		}
	}
	return false
}

// covered reports whether a match spans byte offset off.
func covered(ms []match, off int) bool {
	for i := range ms {
		if ms[i].start <= off && off < ms[i].end {
			return true
		}
	}
	return false
}

// venueAfter are the words that put a venue in the place named right after
// it: "the Shangri-La Hotel in Singapore", "the Maquehue air base near
// Temuco", "Joint Base Andrews, outside Washington" is not (a comma).
var venueAfter = setOf(`in at near outside`)

// leadsGiveWay drops the leading place of a venue name that is a coarse
// place (a region, a country) of another country than the settlement
// right after the venue: "the Las Palmas Air Base in Lima" is not in the
// Spanish province of Las Palmas, and that province is not named, there or
// anywhere else in the article that its name reads so. ms are resolved.
func (p *Parser) leadsGiveWay(vs []venue, ms []match) {
	var wrong map[string]string // key -> place id read wrongly
	for _, v := range vs {
		if v.lead < 0 || v.after < 0 || ms[v.lead].chosen < 0 || ms[v.after].chosen < 0 {
			continue
		}
		l, a := p.info(ms[v.lead].cands[ms[v.lead].chosen]), p.info(ms[v.after].cands[ms[v.after].chosen])
		if coarse(l.kind) && settlement(a.kind) && l.cc != "" && a.cc != "" && l.cc != a.cc {
			if wrong == nil {
				wrong = map[string]string{}
			}
			wrong[ms[v.lead].key] = l.id
		}
	}
	for i := range ms {
		if m := &ms[i]; m.chosen >= 0 && wrong[m.key] != "" && p.info(m.cands[m.chosen]).id == wrong[m.key] {
			m.chosen = -1
		}
	}
}

// strayLeads drops the leading place of a venue name ("Independence" of
// "Independence Square") that is a settlement of another country than the
// article's focus with no other place of the article within nearKm (not a
// capital, a place the article also names alone, or one inside a region
// it names): the
// square, stadium or gate is named after an idea or a person that a far
// town is named after too ("Independence Square" in Accra is not in
// Independence, Missouri). It reports whether it dropped any. ms are
// resolved.
func (p *Parser) strayLeads(vs []venue, ms []match, focusID string) bool {
	if focusID == "" || !slices.ContainsFunc(vs, func(v venue) bool { return v.lead >= 0 }) {
		return false
	}
	var fc info
	for i := range ms {
		if m := &ms[i]; m.chosen >= 0 {
			if in := p.info(m.cands[m.chosen]); in.id == focusID {
				fc = in
				break
			}
		}
	}
	if fc.cc == "" {
		return false
	}
	leads := map[int]bool{}
	for _, v := range vs {
		if v.lead >= 0 {
			leads[v.lead] = true
		}
	}
	dropped := false
	for _, v := range vs {
		if v.lead < 0 || ms[v.lead].chosen < 0 {
			continue
		}
		l := p.info(ms[v.lead].cands[ms[v.lead].chosen])
		if !settlement(l.kind) || l.kind == "capital" || l.cc == "" || l.cc == fc.cc || p.nearOther(ms, v.lead, l) ||
			p.namedAlone(ms, leads, l.id) || p.inNamedRegion(ms, l, true) {
			continue
		}
		for i := range ms {
			if m := &ms[i]; m.chosen >= 0 && m.key == ms[v.lead].key && p.info(m.cands[m.chosen]).id == l.id {
				m.chosen = -1
			}
		}
		dropped = true
	}
	return dropped
}

// namedAlone reports whether a match that leads no venue resolved to the
// place id: the article names the place itself ("St. John's Harbour" in an
// article that names St. John's).
func (p *Parser) namedAlone(ms []match, leads map[int]bool, id string) bool {
	for i := range ms {
		if m := &ms[i]; m.chosen >= 0 && !leads[i] && p.info(m.cands[m.chosen]).id == id {
			return true
		}
	}
	return false
}

// nearOther reports whether a resolved place of another name than match
// j's, not coarse, lies within nearKm of in.
func (p *Parser) nearOther(ms []match, j int, in info) bool {
	for i := range ms {
		m := &ms[i]
		if m.chosen < 0 || m.key == ms[j].key {
			continue
		}
		if o := p.info(m.cands[m.chosen]); !coarse(o.kind) && distanceKm(in.lat, in.lon, o.lat, o.lon) <= nearKm {
			return true
		}
	}
	return false
}

// placeVenues turns the venues into mentions placed at their containers,
// tried in this order: the venue name's own leading place, "in/at X"
// right after it, a settlement in apposition after it ("O'Higgins Park,
// Santiago"), the possessive before it, the sentence's nearest other
// place in the focus's country, the settlement of an opening "In X" of
// the sentence before, the article's focus (the last three not for
// institutions). A container that is a country or region is replaced by a
// finer place from the last three when one lies in the same country. A venue without a
// container is not a mention. ms are resolved.
func (p *Parser) placeVenues(vs []venue, ms []match, focusID string, sentences []article.Sentence) []Mention {
	var out []Mention
	cs := make([]placed, len(vs))
	for i, v := range vs {
		cs[i] = p.container(v, ms, focusID, sentences)
	}
	for i, v := range vs {
		c := cs[i]
		if c.weak || !c.found {
			// the same venue placed by its own words elsewhere in the
			// article: "the Royal Castle in Warsaw ... the gardens of the
			// Royal Castle", in an article about Kyiv
			for j, o := range cs {
				if j != i && o.found && !o.weak && vs[j].slug == v.slug {
					c = o
					break
				}
			}
		}
		if v.kind == "airport" || v.kind == "airbase" {
			// "Changi Airport" is the gazetteer's Singapore Changi Airport
			if m, ok := p.gazFacility(v, c.in, c.found, ms); ok {
				out = append(out, m)
				continue
			}
		}
		if !c.found {
			continue
		}
		prec := "city"
		if !settlement(c.in.kind) && !c.in.cityState() {
			prec = c.in.kind
		}
		out = append(out, Mention{PlaceID: "venue:" + v.slug + "@" + c.in.id, Name: v.name, Lat: c.in.lat, Lon: c.in.lon,
			Kind: v.kind, Origin: OriginContext, Sentence: v.sentence, Start: v.start, End: v.end, Surface: v.name,
			Approximate: true, Precision: prec, In: c.in.id})
	}
	return out
}

// placed is a venue's container: found when there is one, weak when it is
// only the previous sentence's place or the article's focus.
type placed struct {
	in          info
	found, weak bool
}

// container returns the venue's container (placeVenues).
func (p *Parser) container(v venue, ms []match, focusID string, sentences []article.Sentence) placed {
	var c info
	found := false
	for _, mi := range [4]int{v.lead, v.after, apposed(v, ms, sentences), v.owner} {
		if mi >= 0 && ms[mi].chosen >= 0 {
			c, found = p.info(ms[mi].cands[ms[mi].chosen]), true
			break
		}
	}
	if found && coarse(c.kind) && v.lead >= 0 && v.after >= 0 && ms[v.after].chosen >= 0 {
		// "the Amur Region Hospital in Blagoveshchensk": the city after
		// it is finer than the region leading its name
		if a := p.info(ms[v.after].cands[ms[v.after].chosen]); !coarse(a.kind) {
			c = a
		}
	}
	weak := false
	if (!found || coarse(c.kind)) && !v.institution {
		f, fromFocus, prev, ok := p.finerContainer(v, ms, focusID)
		if ok && fromFocus && !found {
			// "in France, where he took him to the Col du Tourmalet" in
			// an article about Budapest: the sentence's country or region
			if sc, ok := p.sentenceArea(v, ms, f); ok {
				f = sc
				fromFocus = false
			}
		}
		if ok && (!found || c.cc == "" || f.cc == c.cc) {
			weak = !found && (fromFocus || prev)
			c, found = f, true
		}
	}
	return placed{in: c, found: found, weak: weak}
}

// apposed returns the index of the resolved place that follows the venue
// after a comma and closes the phrase (a country or region gives way to a
// finer place in placeVenues as other coarse containers do) ("in O'Higgins Park, Santiago / Rome
// Reports", "at the Royal Castle, Warsaw, on Tuesday"), or -1: not one
// of a list ("at the Lusail Stadium, Doha and Rome").
func apposed(v venue, ms []match, sentences []article.Sentence) int {
	text := sentences[v.sentence].Text
	for i := range ms {
		m := &ms[i]
		if m.sentence != v.sentence || m.start < v.end {
			continue
		}
		if m.chosen < 0 || text[v.end:m.start] != ", " {
			return -1
		}
		rest := strings.TrimLeft(text[m.end:], " ")
		if rest != "" && !strings.ContainsAny(rest[:1], ",;/()—–.") {
			return -1
		}
		if rest != "" && rest[0] == ',' && i+1 < len(ms) && ms[i+1].sentence == v.sentence &&
			strings.HasPrefix(strings.TrimLeft(text[m.end+1:], " "), text[ms[i+1].start:ms[i+1].end]) {
			// "the Lusail Stadium, Doha, Rome and Paris"
			next := strings.TrimLeft(text[ms[i+1].end:], " ")
			if strings.HasPrefix(next, ",") || strings.HasPrefix(next, "and ") {
				return -1
			}
		}
		return i
	}
	return -1
}

// finerContainer returns the resolved place of the venue's sentence
// nearest to it that is not a country, region or other coarse feature
// (settlements first: "Moscow" before "Red Square") and not in another
// country than the article's focus ("to represent Moscow at the Sandton
// Convention Centre" in an article about Johannesburg); else the article's
// focus place if it is not coarse.
//
// fromFocus is true when the place is the focus, prev when it is the
// previous sentence's.
func (p *Parser) finerContainer(v venue, ms []match, focusID string) (in info, fromFocus, prev, ok bool) {
	var fc info
	haveFocus := false
	for i := range ms {
		if m := &ms[i]; m.chosen >= 0 {
			if in := p.info(m.cands[m.chosen]); in.id == focusID && (!coarse(in.kind) || in.cityState()) {
				fc, haveFocus = in, true
				break
			}
		}
	}
	best, bestD, bestTown := info{}, -1, false
	for i := range ms {
		m := &ms[i]
		if m.chosen < 0 || m.sentence != v.sentence {
			continue
		}
		in := p.info(m.cands[m.chosen])
		// where things go after the venue is another place: "the funeral
		// at Westminster Abbey ... then by road to Windsor"
		if m.afterTo && m.start >= v.end {
			continue
		}
		// another country's place only where the sentence takes things to
		// it before the venue ("had taken him to Jakarta, where he visited
		// the Istiqlal Mosque"; not "to represent Moscow at", "the war in
		// Gaza" after the venue)
		if coarse(in.kind) && !in.cityState() ||
			haveFocus && fc.cc != "" && in.cc != "" && in.cc != fc.cc && !(m.afterLoc && m.end <= v.start) {
			continue
		}
		d := m.start - v.start
		if d < 0 {
			d = -d
		}
		town := settlement(in.kind)
		if bestD < 0 || town && !bestTown || town == bestTown && d < bestD {
			best, bestD, bestTown = in, d, town
		}
	}
	if bestD >= 0 {
		return best, false, false, true
	}
	// the settlement the previous sentence opens with: "In Kinshasa, ... .
	// He will also meet them at Martyrs' Stadium."
	if v.sentence > 0 {
		for i := len(ms) - 1; i >= 0; i-- {
			m := &ms[i]
			if m.sentence != v.sentence-1 || m.chosen < 0 || !m.located {
				continue
			}
			if in := p.info(m.cands[m.chosen]); settlement(in.kind) {
				return in, false, true, true
			}
		}
	}
	return fc, haveFocus, false, haveFocus
}

// sentenceArea returns the first country or region named after a
// locative ("in", "to", "into", "at", ...; "the" may follow) before the
// venue in its sentence that lies in another country than cc ("after a
// first stop in France, where ... the war in Ukraine, and where he took
// him to the Col du Tourmalet": France; "flew him to the Hautes-Pyrénées
// ... the Col du Tourmalet": the region), or a region of the focus's
// country whose bounds do not hold the focus (the Hautes-Pyrénées in an
// article about Paris).
func (p *Parser) sentenceArea(v venue, ms []match, focus info) (info, bool) {
	for i := range ms {
		if m := &ms[i]; m.sentence == v.sentence && m.chosen >= 0 && m.end <= v.start && m.afterLoc {
			in := p.info(m.cands[m.chosen])
			if in.kind != "country" && in.kind != "region" || in.cc == "" {
				continue
			}
			if in.cc != focus.cc {
				return in, true
			}
			if in.kind == "region" && in.place != nil {
				if s, w, n, e, ok := regionBounds(*in.place); ok && !inBox(focus.lat, focus.lon, s, w, n, e) {
					return in, true
				}
			}
		}
	}
	return info{}, false
}

// mergeMentions merges two lists of mentions in text order into one; on
// equal positions places come before venues.
func mergeMentions(places, venues []Mention) []Mention {
	if len(venues) == 0 {
		return places
	}
	out := make([]Mention, 0, len(places)+len(venues))
	i, j := 0, 0
	for i < len(places) || j < len(venues) {
		if j == len(venues) || i < len(places) && (places[i].Sentence < venues[j].Sentence ||
			places[i].Sentence == venues[j].Sentence && places[i].Start <= venues[j].Start) {
			out = append(out, places[i])
			i++
		} else {
			out = append(out, venues[j])
			j++
		}
	}
	return out
}

// newVenue is the venue named by toks[k:t] of sentence si, with its head's
// kind: its name as written and its slug (the words' keys joined by "-").
func newVenue(text string, toks []fold.Token, si, k, t int, hd venueHead) venue {
	v := venue{sentence: si, start: toks[k].Start, end: toks[t-1].End, kind: hd.kind, institution: hd.institution,
		lead: -1, after: -1, owner: -1}
	v.name = text[v.start:v.end]
	v.slug = fold.JoinKeys(toks[k:t], '-')
	return v
}
