package geoparse

import (
	"strings"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// accept applies the guards to a name found at token i. It returns the
// candidates that survive, or isDemonym when the words are a demonym
// ("North Korean"), which is not a place mention.
//
// placeEnd is the token index after the last accepted place name of the
// sentence, -1 if none.
func (p *Parser) accept(text string, toks []fold.Token, i int, h hit, persons map[string]bool, placeEnd int) (cands []cand, isDemonym bool) {
	first := toks[i]
	last := toks[i+h.n-1]
	surfaceUpper := fold.AllUpper(text[first.Start:last.End])
	if !first.Cap {
		return nil, false // lower case: "police presence", "far east"
	}
	// a demonym, unless it is also its own country's name ("Vatican")
	if len(h.story) == 0 && h.demonym >= 0 && !p.namesOwnCountry(h) {
		return nil, true
	}
	if h.n == 1 && weekdaysMonths[first.Key] {
		return nil, false
	}
	// people: "Harris" after "Kamala Harris", "President Moon"
	if h.n == 1 && persons[first.Key] {
		return nil, false
	}
	if i > 0 && titles[toks[i-1].Key] && joinable(first.GapBefore) {
		return nil, false
	}
	// story places override the gazetteer
	if len(h.story) > 0 {
		for _, s := range h.story {
			cands = append(cands, cand{story: true, idx: s})
		}
	} else {
		// an all-capitals word ("NATO") is an abbreviation, not a place
		// name, except at the start of a sentence (a dateline: "SEOUL, ...")
		// or in an all-capitals sentence
		shouting := h.n == 1 && first.Upper && i > 0 && !fold.AllUpper(text)
		refs := p.g.refs[h.gaz.start : h.gaz.start+h.gaz.n]
		dottedOnly := false
		if last.Dotted && dottedContainer(toks, i) {
			for _, r := range refs {
				dottedOnly = dottedOnly || r.dotted
			}
		}
		for _, r := range refs {
			if r.dotted != dottedOnly {
				continue // "Calif." only after a name and a comma: "Fresno, Calif."
			}
			if r.abbrev && !surfaceUpper || !r.abbrev && shouting {
				continue
			}
			if r.abbrev && h.n == 1 && p.isFacility(r.place) && !codeContext(toks, i) {
				continue // "DNA samples" is no flight to Kadena Air Base
			}
			cands = append(cands, cand{idx: r.place, alt: r.alt, dotted: r.dotted})
		}
		if len(cands) == 0 {
			return nil, false
		}
	}
	allCountries, anyCountry := true, false
	for _, c := range cands {
		isCountry := !c.story && p.g.places[c.idx].Kind == "country"
		allCountries = allCountries && isCountry
		anyCountry = anyCountry || isCountry
	}
	// part of a longer capitalised name: "Brussels School of Governance",
	// "The New York Times", "Kim Jong Un", "the Japan Foundation".
	if i > 0 {
		prev := toks[i-1]
		if prev.Cap && !stopwords[prev.Key] && !prev.Possessive && first.GapBefore == " " && !prev.Dotted &&
			!(cityAfterHotel(toks, i, i+h.n) && p.anySettlement(cands)) {
			return nil, false
		}
	}
	if e := i + h.n; e < len(toks) && !last.Possessive {
		next := toks[e]
		if next.Cap && !stopwords[next.Key] && spaceAfter(toks, e) {
			switch {
			case venueFollows(toks, i, e) && !(p.allMinor(cands) && namedBetween(toks, e)):
				// the container of a venue: "Port Moresby International
				// Airport"; a small town before a name of the venue's own
				// is part of that name ("Kingsford Smith Airport" is named
				// after a person, not in the suburb Kingsford)
			case p.majorSettlement(cands) && plainVenueFollows(toks, i, e):
				// a big city leading a plain venue: "Sydney Opera House"
			case p.capitalOrMajor(cands) && institutionFollows(toks, i, e):
				// a capital or a big city leading an institution: "Vilnius
				// University" (not "Wilson Center": Wilson is a small city)
			case (regionWords[next.Key] || riverWords[next.Key] || islandWords[next.Key] || peninsulaWords[next.Key]) &&
				!continues(toks, e+1):
				// a kind word: "Amur Region", "Amur River", "Elba
				// Island", "Yucatán Peninsula" (kindContext), not
				// "Moscow State University"
			case officeTitles[next.Key]:
				// the place's office holder: "the New South Wales Premier"
			case allCountries && hasDigit(next.Key):
				// a group named after the country's presidency: "the Japan G20 presidency"
			default:
				// "Japan Times", "Shangri-La Dialogue", "the Japan
				// Foundation", "Qatar Investment Authority"
				return nil, false
			}
		}
		if arabicArticles[next.Key] && !next.Cap && next.GapBefore == " " && e+1 < len(toks) && toks[e+1].Cap &&
			dashJoined(toks[e+1].GapBefore) {
			return nil, false // "Ain al-Asad air base": Ain is part of a longer name, not the French department
		}
		if brandFollows(toks, e) {
			return nil, false // "the Shangri-La hotel" is not in Shangri-La
		}
		if !next.Cap && next.GapBefore == " " && eventNouns[next.Key] && p.allAreas(cands) {
			return nil, false // "the East Asia summit" is an event's name, held in a city
		}
		if !next.Cap && next.GapBefore == " " && groupNouns[next.Key] {
			// "the Baltic states", "four Cree nations": a group of countries
			// or peoples, not the sea or river of that name; only a
			// country or region of the name may remain ("the Caribbean
			// nations")
			var cs []cand
			for _, c := range cands {
				if k := p.info(c).kind; k == KindCountry || k == KindRegion {
					cs = append(cs, c)
				}
			}
			return cs, false
		}
		if !next.Cap && next.GapBefore == " " && settlementNouns[next.Key] && i > 0 && articles[toks[i-1].Key] &&
			first.GapBefore == " " {
			// "the English city", "a Welsh town": a word between an
			// article and a settlement noun describes the settlement (a
			// country, a region, a big city: "the Texas city of", "the
			// Moscow city government"), it is no small town of that name
			// ("in Chiang Rai city" is the city)
			var cs []cand
			for _, c := range cands {
				if !minor(p.info(c)) {
					cs = append(cs, c)
				}
			}
			if len(cs) == 0 {
				return nil, false
			}
			cands = cs
		}
	}
	if vehicleAfter(toks, i+h.n) && p.allMinor(cands) {
		// "a Fuxing bullet train", "the Fuxing trains": a model named so
		return nil, false
	}
	if p.sourcePosition(toks, i, i+h.n) && p.allMinor(cands) {
		// "according to Xinhua", "the Xinhua news agency said": a news
		// source, when the name can only be a small settlement (a capital
		// or a big city may speak for its government: "Moscow said")
		return nil, false
	}
	// brand, model and product names: "Mercedes-Benz", "C-130 Hercules"
	if p.hyphenCompound(toks, i, i+h.n, placeEnd == i, cands) || modelCoded(toks, i, i+h.n) {
		return nil, false
	}
	// titles, people, events, bodies: "Duke of York", "Lula da Silva",
	// "Prince Edward", "Russia-Africa summit", "US Congress"
	if len(h.story) == 0 && p.partOfName(toks, i, i+h.n, placeEnd, persons, anyCountry) &&
		!p.possessivePlaceBeforeVenue(toks, i, i+h.n, cands) {
		return nil, false
	}
	// single words that are also common English words ("Police", "Mobile",
	// "Split") or given and family names ("Kim", "Victoria") need a locative
	// before them; "the" may sit between for features ("on the Pacific coast")
	// but not for towns ("at the Forum"); or their container after them
	// ("by way of Anchorage, Alaska").
	if h.n == 1 && len(h.story) == 0 && !allCountries && !dottedCands(cands) && (p.g.common[first.Key] || givenNames[first.Key]) {
		j := i - 1
		if j > 0 && toks[j].Key == "the" && p.anyFeature(cands) {
			j--
		}
		if placeEnd == i && strings.TrimSpace(first.GapBefore) == "," && listContinues(toks, i+h.n) {
			// "New South Wales, Victoria, Queensland and South Australia":
			// inside a list of places, after a place and before another
			// item, a first-level region of the name is meant
			if cs := p.keep(cands, func(k string) bool { return k == KindRegion }); len(cs) > 0 {
				return cs, false
			}
		}
		if seaPhrase(toks, i) {
			// "The Pacific has become ...", "the Atlantic's storms": "the"
			// and the name alone, ending a noun phrase, name the sea
			if cs := p.keep(cands, func(k string) bool { return k == "sea" }); len(cs) > 0 {
				return cs, false
			}
		}
		if (j < 0 || !locatives[toks[j].Key] || toks[j].Cap) && !p.containerAfter(toks, i+h.n, cands) {
			// only a country of that name remains possible ("Jordan")
			var cs []cand
			for _, c := range cands {
				if !c.story && p.g.places[c.idx].Kind == "country" {
					cs = append(cs, c)
				}
			}
			return cs, false
		}
	}
	return cands, false
}

// listContinues reports whether a list item follows the name that ends
// before toks[e]: a comma and a capitalised word, or "and" and one.
func listContinues(toks []fold.Token, e int) bool {
	if e >= len(toks) {
		return false
	}
	if t := toks[e]; strings.TrimSpace(t.GapBefore) == "," && t.Cap {
		return true
	}
	return e+1 < len(toks) && toks[e].Key == "and" && !toks[e].Cap && toks[e].GapBefore == " " && toks[e+1].Cap &&
		toks[e+1].GapBefore == " "
}

// seaPhrase reports whether the one-word name at toks[i] follows "the"
// (in any case) and ends its noun phrase: a possessive, the end of the
// sentence or a clause, or a verb or preposition after it (phraseEnders):
// "The Pacific has become", "across the Atlantic, ships", "the Pacific's
// leaders"; not "the Pacific island nations" (an adjective).
func seaPhrase(toks []fold.Token, i int) bool {
	return i >= 1 && toks[i-1].Key == "the" && toks[i].GapBefore == " " && phraseEnds(toks, i+1)
}

// phraseEnds reports whether the noun phrase ends with the name that ends
// before toks[e]: in a possessive, at the end of the sentence or a clause,
// or before a lower-case verb or preposition (phraseEnders).
func phraseEnds(toks []fold.Token, e int) bool {
	if e == len(toks) || toks[e-1].Possessive {
		return true
	}
	switch gap := toks[e].GapBefore; {
	case gap == "-" || gap == "–" || gap == "—":
		return false // "the Lisbon-Madrid train"
	case gap != " ":
		return true
	}
	return !toks[e].Cap && phraseEnders[toks[e].Key]
}

// phraseEnders are lower-case verbs, auxiliaries, prepositions and
// conjunctions that end the noun phrase before them (seaPhrase).
var phraseEnders = setOf(`is was has had have are were remains remained became become becomes will would could can
may might must of in on at from to into near over off after before with by for and or as than where which that
runs ran flows flowed sank sails sailed`)

// dottedContainer reports whether the name at toks[i] follows a
// capitalised word and a comma, as a region's dotted abbreviation does
// after the place it holds ("Maskwacis, Alta.").
func dottedContainer(toks []fold.Token, i int) bool {
	return i > 0 && toks[i].GapBefore == ", " && toks[i-1].Cap
}

// possessivePlaceBeforeVenue reports whether the name at toks[i:e] ends
// in a possessive that is part of a candidate's own name and a named venue
// head follows: "St. John's Harbour" is the harbour of St. John's, not a
// saint's possessive as in "St George's Chapel" (saintsPossessive).
func (p *Parser) possessivePlaceBeforeVenue(toks []fold.Token, i, e int, cands []cand) bool {
	if !toks[e-1].Possessive || !venueFollows(toks, i, e) {
		return false
	}
	for _, c := range cands {
		if !c.story && endsPossessive(p.g.places[c.idx].Name) {
			return true
		}
	}
	return false
}

// spaceAfter reports whether token e follows the name ending before it
// by a space alone, or by the space after a dotted abbreviation's final
// full stop ("U.S. Coast Guard": the tokeniser keeps that full stop in the
// gap, but it ends the abbreviation, not a sentence; article splitting
// has already ended a sentence there when one ends).
func spaceAfter(toks []fold.Token, e int) bool {
	gap := toks[e].GapBefore
	return gap == " " || gap == ". " && dottedAbbrev(toks, e)
}

// dottedAbbrev reports whether the words before token e end in a dotted
// abbreviation of single letters ("U.S.", "U.K.").
func dottedAbbrev(toks []fold.Token, e int) bool {
	return e >= 2 && toks[e-1].Dotted && len(toks[e-1].Key) == 1 && toks[e-1].GapBefore == "." &&
		toks[e-2].Dotted && len(toks[e-2].Key) == 1
}

// containerAfter reports whether the name ending at token e is followed
// by a comma (or a comma and "in") and a country or region that holds one
// of its candidates: "Anchorage, Alaska", "Split, Croatia", "Konark, in
// Odisha" (applyContainers then narrows the
// candidates to those inside).
func (p *Parser) containerAfter(toks []fold.Token, e int, cands []cand) bool {
	if e >= len(toks) || toks[e].GapBefore != ", " {
		return false
	}
	if toks[e].Key == "in" && !toks[e].Cap {
		e++ // "Konark, in Odisha"
		if e >= len(toks) || toks[e].GapBefore != " " {
			return false
		}
	}
	if !toks[e].Cap {
		return false
	}
	hits, _ := p.lookup(toks, e, nil, nil)
	for _, h := range hits {
		if !h.hasGaz {
			continue
		}
		for _, r := range p.g.refs[h.gaz.start : h.gaz.start+h.gaz.n] {
			y := &p.g.places[r.place]
			if !containerKind(y.Kind) {
				continue
			}
			for _, c := range cands {
				if !c.story && inside(&p.g.places[c.idx], y) {
					return true
				}
			}
		}
	}
	return false
}

// namesOwnCountry reports whether a demonym hit is also a name of the
// country it belongs to ("Vatican" for the Vatican): then it is a place.
func (p *Parser) namesOwnCountry(h hit) bool {
	if !h.hasGaz {
		return false
	}
	for _, r := range p.g.refs[h.gaz.start : h.gaz.start+h.gaz.n] {
		if r.place == h.demonym {
			return true
		}
	}
	return false
}

// anyFeature reports whether a candidate is a feature rather than a
// settlement (a sea, region, island, river, ...).
func (p *Parser) anyFeature(cands []cand) bool {
	for _, c := range cands {
		switch p.info(c).kind {
		case "capital", "seat", "city", "town":
		default:
			return true
		}
	}
	return false
}

// personTokens finds person names in the article: capitalised runs after a
// title ("President Vladimir Putin", "leader Kim Jong Un") or starting with
// a common given or family name and at least two words long ("Kamala
// Harris"). It returns the folded words of those runs; a single word from
// the set is not taken as a place anywhere in the article. They are added
// to persons (empty, reused across articles), which it returns.
func (p *Parser) personTokens(sents [][]fold.Token, persons map[string]bool) map[string]bool {
	for _, toks := range sents {
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if !t.Cap || stopwords[t.Key] {
				continue
			}
			// a storm's name: "Hurricane Harvey", "Typhoon Haiyan",
			// "Tropical Storm Alberto"; the name alone later in the
			// article ("after Harvey") is the storm, not a town
			if stormNouns[t.Key] && stormName(toks, i+1) {
				persons[toks[i+1].Key] = true
				i++
				continue
			}
			// a venue head after a title is a venue's name: "Grand Prince Hotel"
			_, isHead := venueHeads[t.Key]
			titled := i > 0 && titles[toks[i-1].Key] && !isHead &&
				(t.GapBefore == " " || (toks[i-1].Dotted && t.GapBefore == ". "))
			given := givenNames[t.Key]
			if !titled && !given {
				continue
			}
			j := i + 1
			for j < len(toks) && !toks[j-1].Possessive && toks[j].Cap && !stopwords[toks[j].Key] &&
				(toks[j].GapBefore == " " || toks[j].GapBefore == "-") {
				j++
			}
			if !titled && j-i < 2 {
				continue
			}
			if p.isPlaceRun(toks[i:j]) {
				continue
			}
			for _, r := range toks[i:j] {
				persons[r.Key] = true
			}
			i = j - 1
		}
	}
	return p.surnameTokens(sents, persons)
}

// stormName reports whether the token after a storm noun is a storm's
// name: one capitalised word, after a space, that is no venue head or
// function word and ends the capitalised run ("Hurricane Beryl", not the
// "National Hurricane Center"'s "Center", nor "Storm Prediction Center").
func stormName(toks []fold.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	_, isHead := venueHeads[t.Key]
	if !t.Cap || t.Upper || t.GapBefore != " " || isHead || stopwords[t.Key] || weekdaysMonths[t.Key] {
		return false
	}
	return t.Possessive || k+1 == len(toks) || !toks[k+1].Cap || toks[k+1].GapBefore != " "
}

// surnameTokens adds to persons the last word of a capitalised run of two
// or more words that is no place ("Chelsea Clinton", "Lewis Hamilton")
// when that word alone names only minor settlements (not a capital, not a
// city of majorPop people, no country or region) and the article never
// writes it alone right after a locative ("in Clinton"): "Clinton said" later is
// the person, not a town. The word before it may not be one that starts
// place names (compass words, "Port", "Lake", "New", ...: placeQualifiers),
// so that "South Harrow" or "Port Tewfik" make no surname.
func (p *Parser) surnameTokens(sents [][]fold.Token, persons map[string]bool) map[string]bool {
	if p.g == nil {
		return persons
	}
	var found map[string]bool
	var hits []hit
	var buf []byte
	for _, toks := range sents {
		for i := 0; i < len(toks); {
			j := i
			for j < len(toks) && runWord(toks[j]) && (j == i || toks[j].GapBefore == " " && !toks[j-1].Possessive && !toks[j-1].Dotted) {
				j++
			}
			if j-i < 2 {
				i = max(j, i+1)
				continue
			}
			s := toks[j-1]
			minor := false
			if !persons[s.Key] && !placeQualifiers[toks[j-2].Key] {
				hits, buf = p.lookup(toks, j-1, buf, hits)
				minor = p.minorOnly(hits)
			}
			if minor && !p.isPlaceRun(toks[i:j]) && !p.isPlaceRun(toks[j-2:j]) {
				if found == nil {
					found = map[string]bool{}
				}
				found[s.Key] = true
			}
			i = j
		}
	}
	if len(found) == 0 {
		return persons
	}
	// a word the article also puts alone right after a locative stays a
	// place; not after a locative and "the" ("flew from the Concordia"):
	// English writes no "the" before the name of a settlement, and found
	// holds only settlements' names
	for _, toks := range sents {
		for i, t := range toks {
			if found[t.Key] && (i+1 == len(toks) || !toks[i+1].Cap || toks[i+1].GapBefore != " ") &&
				i > 0 && !toks[i-1].Cap && (locatives[toks[i-1].Key] || areaLocatives[toks[i-1].Key]) {
				delete(found, t.Key)
			}
		}
	}
	for k := range found {
		persons[k] = true
	}
	return persons
}

// runWord reports whether a token may be part of a capitalised run of a
// person's name: capitalised, no function word, no abbreviation in
// capitals. A run ends after a word followed by a full stop ("Mr.", or
// the sentence's end).
func runWord(t fold.Token) bool {
	return t.Cap && !t.Upper && !stopwords[t.Key] && !weekdaysMonths[t.Key]
}

// minorOnly reports whether the one-word name among hits (a lookup's,
// longest first) names only minor settlements in the gazetteer: no capital
// of minorPop people or more, no country, region or other feature, none of
// majorPop people or more, and no demonym.
func (p *Parser) minorOnly(hits []hit) bool {
	if len(hits) == 0 || hits[len(hits)-1].n != 1 {
		return false
	}
	h := hits[len(hits)-1]
	if !h.hasGaz || h.demonym >= 0 {
		return false
	}
	for _, r := range p.g.refs[h.gaz.start : h.gaz.start+h.gaz.n] {
		pl := &p.g.places[r.place]
		if !settlement(pl.Kind) || pl.Kind == "capital" && pl.Pop >= minorPop || pl.Pop >= majorPop {
			return false
		}
	}
	return true
}

// isPlaceRun reports whether the run is itself a place name or starts with
// a country name or demonym ("Russia", "North Korean").
func (p *Parser) isPlaceRun(run []fold.Token) bool {
	hits, _ := p.lookup(run, 0, nil, nil)
	for _, h := range hits {
		if h.n == len(run) || h.demonym >= 0 {
			return true
		}
		if h.hasGaz {
			for _, r := range p.g.refs[h.gaz.start : h.gaz.start+h.gaz.n] {
				if p.g.places[r.place].Kind == "country" {
					return true
				}
			}
		}
	}
	return false
}

// vehicleAfter reports whether a lower-case vehicle noun (vehicleNouns)
// follows toks[e-1], directly or after one lower-case word: "a Fuxing
// bullet train".
func vehicleAfter(toks []fold.Token, e int) bool {
	for k := e; k < len(toks) && k <= e+1; k++ {
		if t := toks[k]; t.Cap || t.GapBefore != " " {
			return false
		} else if vehicleNouns[t.Key] {
			return true
		}
	}
	return false
}

// sourcePosition reports whether the name at toks[i:e] stands where a news
// source does: alone in brackets before a dash (a dateline's credit),
// after "according to" or a participle and "by" ("released by",
// sourceParticiples), before a speech verb ("Xinhua
// reported") or before a lower-case "news agency", "agency" or
// "newspaper" ("the official Xinhua news agency").
func (p *Parser) sourcePosition(toks []fold.Token, i, e int) bool {
	if i >= 2 && toks[i-2].Key == "according" && toks[i-1].Key == "to" && !toks[i-1].Cap {
		return true
	}
	if i >= 2 && toks[i-1].Key == "by" && !toks[i-1].Cap && !toks[i-2].Cap && sourceParticiples[toks[i-2].Key] {
		return true // "photographs released by Xinhua"
	}
	if e < len(toks) && strings.HasSuffix(toks[i].GapBefore, "(") && strings.HasPrefix(toks[e].GapBefore, ")") &&
		strings.ContainsAny(toks[e].GapBefore, "—–-") {
		return true // a dateline's credit: "LHASA, July 23 (Xinhua) — Xi ..."
	}
	if e >= len(toks) || toks[e].Cap || toks[e].GapBefore != " " || locativeBefore(toks, i) {
		return false // "officials in Lakeside reported": the place they are in
	}
	switch k := toks[e].Key; {
	case speechVerbs[k], k == "agency", k == "newspaper":
		return true
	case k == "news":
		return e+1 < len(toks) && toks[e+1].Key == "agency" && !toks[e+1].Cap
	}
	return false
}

// allMinor reports whether every candidate is a minor settlement (minor).
func (p *Parser) allMinor(cands []cand) bool {
	for _, c := range cands {
		if !minor(p.info(c)) {
			return false
		}
	}
	return len(cands) > 0
}
