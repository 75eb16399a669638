package geoparse

import (
	"strings"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// Name parts: a place word inside a title, honour, person's name or the
// name of an event, body or agreement is not a mention of the place (see
// README.md, Guards 9-13). The word lists are in words.go.

// partOfName reports whether the name at toks[i:e] is part of a longer
// name that is not a place. placeEnd is the token index after the last
// accepted place name of the sentence (-1 if none); anyCountry is true
// when a candidate is a country.
func (p *Parser) partOfName(toks []fold.Token, i, e, placeEnd int, persons map[string]bool, anyCountry bool) bool {
	return titleOf(toks, i) || afterNew(toks, i) || afterParticle(toks, i) || royalName(toks, i, e) ||
		(!anyCountry && e-i == 1 && withPerson(toks, i, placeEnd, persons)) ||
		saintsPossessive(toks, i, e) || hyphenEvent(toks, i, e) || agreementName(toks, i, e) || bodyName(toks, e) ||
		vesselName(toks, i, e) || teamRole(toks, e) || saintOf(toks, i) || documentTitle(toks, i) ||
		(!anyCountry && craftName(toks, e)) || flagName(toks, e) || photoCredit(toks, i, e)
}

// craftName: a name followed by an aircraft or weapon noun is the model's
// name: "a Chinook helicopter", "a Kalashnikov rifle" (countries keep
// theirs; partOfName does not ask for them).
func craftName(toks []fold.Token, e int) bool {
	return e < len(toks) && !toks[e].Cap && toks[e].GapBefore == " " && !toks[e-1].Possessive && craftNouns[toks[e].Key]
}

// flagName: a name followed by "flag" or "flags" names a flag, and one
// followed by "leaks" an affair, countries included: "boats flying
// Vanuatu flags", "the Vatican flag", "the Vatican leaks trial" ("the flag
// of Vanuatu", "flags in Vanuatu" and "leaks from Vatican sources" keep
// theirs).
func flagName(toks []fold.Token, e int) bool {
	return e < len(toks) && !toks[e].Cap && toks[e].GapBefore == " " && !toks[e-1].Possessive && flagNouns[toks[e].Key]
}

// photoCredit: the name that ends a caption or credit line after " / " or
// right after "Photo:" is whoever took or sent the picture: "Caption: The
// team at the news conference / Xinhua", "Photo: Reuters"; and so is a
// name after " / " that ends any sentence ("... in Chiang Rai / Xinhua").
func photoCredit(toks []fold.Token, i, e int) bool {
	if e != len(toks) || i == 0 {
		return false
	}
	if toks[i].GapBefore == " / " {
		return true
	}
	return i == 1 && captionWords[toks[0].Key] && toks[0].Cap && strings.HasPrefix(toks[1].GapBefore, ":")
}

// documentTitle: a name inside the capitalised title of an agreement or
// document, after a linking word: "the Joint Declaration of Support for
// Ukraine", "the Treaty of Friendship with Russia", "the Treaty of
// Paris" (like agreementName for "the Paris agreement"). The title
// word must be capitalised and reached over capitalised words and
// linking words only ("the Declaration was signed in Vilnius" keeps
// Vilnius: "in" links no title).
func documentTitle(toks []fold.Token, i int) bool {
	j := i - 1
	if j < 1 || toks[j].Cap || !titleLinks[toks[j].Key] || toks[i].GapBefore != " " {
		return false
	}
	for k := j - 1; k >= 0 && j-k <= maxVenueRun; k-- {
		t := toks[k]
		if toks[k+1].GapBefore != " " || t.Possessive {
			return false
		}
		switch {
		case t.Cap && documentNouns[t.Key]:
			return true
		case t.Cap && !stopwords[t.Key] && !t.Upper:
		case !t.Cap && (titleLinks[t.Key] || t.Key == "the" || t.Key == "and"):
		default:
			return false
		}
	}
	return false
}

// saintOf: a saint's name after a devotion noun and "of" is the saint, not
// a town named after them: "the feast of St. Anne", "the relics of Saint
// Thomas", "the Cathedral of Saint Joseph" ("the city of San Jose" keeps
// its place: city is no devotion noun).
func saintOf(toks []fold.Token, i int) bool {
	return saintWords[toks[i].Key] && i >= 2 && toks[i-1].Key == "of" && !toks[i-1].Cap &&
		devotionNouns[toks[i-2].Key] && toks[i].GapBefore == " "
}

// titleOf: a capitalised title, honour or organisation noun + "of" (+
// "the") + the name: "the Duke of York", "the Order of South Africa", "Our
// Lady of Luján", "the Syrian Association of Greece".
func titleOf(toks []fold.Token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].Key == "the" && !toks[j].Cap {
		j--
	}
	return j >= 1 && toks[j].Key == "of" && !toks[j].Cap && toks[j-1].Cap &&
		(honourTitles[toks[j-1].Key] || bodiesOf[toks[j-1].Key]) && !toks[j-1].Possessive
}

// vesselName: a name right after a ship noun is a ship's name: "the
// cruiser Moskva", "the carrier Liaoning" ("a ship to Sydney" keeps
// Sydney; "USS Arizona" is a longer capitalised name, guard 5); so is one
// in apposition after a ship noun and a comma, closed by a comma and a
// lower-case word: "a more powerful tug, the Mexico, took over" ("seized
// a tanker, the US said" and "a tanker, the UK, France and ..." keep
// theirs).
func vesselName(toks []fold.Token, i, e int) bool {
	if i == 0 {
		return false
	}
	if prev := toks[i-1]; toks[i].GapBefore == " " && !prev.Cap && vesselNouns[prev.Key] {
		return true
	}
	return i >= 2 && toks[i-1].Key == "the" && !toks[i-1].Cap && toks[i-1].GapBefore == ", " && toks[i].GapBefore == " " &&
		!toks[i-2].Cap && vesselNouns[toks[i-2].Key] &&
		e < len(toks) && toks[e].GapBefore == ", " && !toks[e].Cap && !toks[e].Upper
}

// teamRole: a name followed by a player's position or a squad is a team:
// "the Brazil striker", "a Liverpool midfielder", "the Japan squad" ("a
// Brazil-born striker" and "strikers in Brazil" keep theirs).
func teamRole(toks []fold.Token, e int) bool {
	return e < len(toks) && !toks[e].Cap && toks[e].GapBefore == " " && !toks[e-1].Possessive && teamRoles[toks[e].Key]
}

// afterNew: a name right after a capitalised "New" is part of a "New X"
// the gazetteer does not hold ("New Guinea", "New England"); names that
// it holds ("New Zealand", "New South Wales") are matched whole first.
// "New" is a function word for the longer-name guard (a sentence may
// start with it), so it needs this rule; a sentence's first word "New" is
// an adjective as often ("New US sanctions hit Russia") and is left alone.
func afterNew(toks []fold.Token, i int) bool {
	return i > 1 && toks[i-1].Key == "new" && toks[i-1].Cap && !toks[i-1].Upper && toks[i].GapBefore == " "
}

// afterParticle: a capitalised word + name particles + the name: "Lula da
// Silva", "Tour de France", "Palais de la Nation". The leftmost particle
// must be a linking one (nameParticles), not an article ("Vive la France").
func afterParticle(toks []fold.Token, i int) bool {
	j := i - 1
	for j >= 0 && !toks[j].Cap && particleLinkers[toks[j].Key] && toks[j+1].GapBefore == " " {
		j--
	}
	if j < 1 || toks[j].Cap || !nameParticles[toks[j].Key] || toks[j+1].GapBefore != " " {
		return false
	}
	prev := toks[j-1]
	return prev.Cap && !stopwords[prev.Key] && !prev.Possessive && (toks[j].GapBefore == " " || toks[j].GapBefore == "-")
}

// royalName: a two-word name starting with a royal title ("Prince
// Edward", "Princess Anne") is a person unless a locative comes first
// ("in Prince George") or more of a name follows ("Prince Edward Island"
// is matched whole before this); a geographic noun second ("King Island",
// "Queen Creek") is a place's name.
func royalName(toks []fold.Token, i, e int) bool {
	return e-i == 2 && royalTitles[toks[i].Key] && !geoNouns[toks[i+1].Key] && !locativeBefore(toks, i)
}

// withPerson: a one-word name joined by "and" to a given name or a
// person's word of the article ("Charles and Camilla"), or after a
// personal pronoun or a title and "and" ("he and Camilla", "the King and
// Camilla"), is a person too,
// unless it may be a country, is a possessive ("Trudeau and Italy's
// Meloni"), the word before "and" is itself an accepted place ("Jordan
// and Israel") or a locative comes before the pair.
func withPerson(toks []fold.Token, i, placeEnd int, persons map[string]bool) bool {
	isPerson := func(k int) bool {
		t := toks[k]
		return t.Cap && !t.Possessive && (givenNames[t.Key] || persons[t.Key])
	}
	// before "and", a personal pronoun or a title standing for a person
	// ("he and Camilla", "the King and Camilla") is a person too
	before := func(k int) bool {
		t := toks[k]
		return isPerson(k) || !t.Possessive && (personalPronouns[t.Key] || t.Cap && (royalTitles[t.Key] || titles[t.Key]))
	}
	if toks[i].Possessive {
		return false
	}
	if i >= 2 && toks[i-1].Key == "and" && !toks[i-1].Cap && placeEnd != i-1 && before(i-2) &&
		!locativeBefore(toks, i-2) {
		return true
	}
	return i+2 < len(toks) && toks[i+1].Key == "and" && !toks[i+1].Cap && isPerson(i+2) &&
		!locativeBefore(toks, i)
}

// personalPronouns stand for a person before "and" (withPerson).
var personalPronouns = setOf(`he she him her`)

// saintsPossessive: a saint's name in the possessive before a capitalised
// word names a church or institution: "St George's Chapel", "St Mary's
// Hospital" (a given name after St or Saint; "St. Petersburg's" is a city).
func saintsPossessive(toks []fold.Token, i, e int) bool {
	if e-i != 2 || !toks[e-1].Possessive || e >= len(toks) || !toks[e].Cap || toks[e].GapBefore != " " {
		return false
	}
	switch toks[i].Key {
	case "st", "saint", "ste", "san", "santa", "sao":
		return givenNames[toks[e-1].Key]
	}
	return false
}

// hyphenEvent: places joined by hyphens followed (directly or after at
// most two words) by an event noun are an event's or body's name: "the
// Russia-Africa summit", "Asia-Pacific Economic Cooperation", "the
// China-Africa leaders' dialogue". "The Seoul-Pyongyang talks" keep theirs.
func hyphenEvent(toks []fold.Token, i, e int) bool {
	s, t := i, e
	for s > 0 && dashJoined(toks[s].GapBefore) && toks[s-1].Cap {
		s--
	}
	for t < len(toks) {
		if dashJoined(toks[t].GapBefore) && toks[t].Cap {
			t++
			continue
		}
		// A name of several words inside the chain: "India-Middle
		// East-Europe".
		k := t
		for k < len(toks) && toks[k].GapBefore == " " && toks[k].Cap && !stopwords[toks[k].Key] {
			k++
		}
		if k > t && k < len(toks) && dashJoined(toks[k].GapBefore) && toks[k].Cap {
			t = k
			continue
		}
		break
	}
	if s == i && t == e {
		return false // not hyphen-joined
	}
	for k := t; k < len(toks) && k <= t+2; k++ {
		if toks[k].GapBefore != " " {
			return false
		}
		if eventNouns[toks[k].Key] {
			return true
		}
		if toks[k].Cap && stopwords[toks[k].Key] {
			return false
		}
	}
	return false
}

// dashJoined reports whether the gap between two words is a hyphen or an
// en dash written without spaces ("Russia-Africa", "Russia–Africa").
func dashJoined(gap string) bool {
	return gap == "-" || gap == "\u2013" || gap == "\u2011"
}

// agreementName: "the" + the name + at most two lower-case words + an
// agreement noun: "the Paris climate agreement", "the Kyoto Protocol".
func agreementName(toks []fold.Token, i, e int) bool {
	if i == 0 || toks[i-1].Key != "the" || toks[i].GapBefore != " " {
		return false
	}
	for k := e; k < len(toks) && k <= e+2; k++ {
		if toks[k].GapBefore != " " || toks[k-1].Possessive {
			return false
		}
		if agreementNouns[toks[k].Key] {
			return true
		}
		if stopwords[toks[k].Key] {
			return false
		}
	}
	return false
}

// bodyName: the name followed by a body noun in capitals: "the US
// Congress", "the US Air Force".
func bodyName(toks []fold.Token, e int) bool {
	if e >= len(toks) || !toks[e].Cap || !spaceAfter(toks, e) || toks[e-1].Possessive {
		return false
	}
	if bodyNouns[toks[e].Key] {
		return true
	}
	return e+1 < len(toks) && toks[e+1].GapBefore == " " && bodyNouns2[[2]string{toks[e].Key, toks[e+1].Key}]
}

// allAreas reports whether every candidate is a continent or a region
// that is no administrative one (not a country, a state or province, a
// settlement or a story place): a summit, forum or dialogue named after
// one ("the East Asia summit", "the Sahel forum") is an event's name, not
// where it is held, while "the Singapore summit" and "the Alaska summit"
// are held there.
func (p *Parser) allAreas(cands []cand) bool {
	for _, c := range cands {
		if c.story {
			return false
		}
		pl := &p.g.places[c.idx]
		if pl.Kind != KindRegion && pl.Kind != "continent" || strings.HasPrefix(pl.ID, "ne1:") {
			return false
		}
	}
	return len(cands) > 0
}

// afterWord reports whether the name at toks[i] comes right after a
// lower-case word of set, "the" allowed between ("to the Hague").
func afterWord(toks []fold.Token, i int, set map[string]bool) bool {
	j := i - 1
	if j > 0 && toks[j].Key == "the" && !toks[j].Cap {
		j--
	}
	return j >= 0 && !toks[j].Cap && set[toks[j].Key]
}
