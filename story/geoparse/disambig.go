package geoparse

import (
	"math"
	"slices"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// Disambiguation weights (see README.md). A candidate's score is its
// importance plus support from the article; the highest score wins.
const (
	nearKm = 300.0  // "close"
	midKm  = 1000.0 // "same region"
	// nearBonus and midBonus are added for an unambiguous place of the
	// article within nearKm or midKm; half as much for a place resolved
	// among namesakes.
	nearBonus = 5.0
	midBonus  = 1.5
	// countryBonus is added when the candidate lies in a country the
	// article names (or names the people of: "North Korean").
	countryBonus = 2.5
	// altPenalty is taken from a candidate found by a GeoNames alternate
	// name: "New Delhi" is New Delhi (the capital) before Delhi (whose
	// alternate names include "New Delhi").
	altPenalty = 1.0
	// majorPop: a place this big (or a capital, country or supplement
	// feature) may be found by an alternate name without support.
	majorPop = 1000000
	// exonymPop: a city this big may be found without support by an
	// alternate name that is a spelling of its own (an exonym: "Geneva"
	// for Genève, "Lisbon" for Lisboa), see exonym, where the text uses
	// it as a place (match.placeUse: "in Geneva") or a place of the
	// article lies within midKm.
	exonymPop = 100000
)

// exonym reports whether the folded alternate name key looks like another
// spelling of the place's own name (they start with the same three
// letters), as exonyms mostly do ("geneva"/"Genève", "warsaw"/"Warszawa"),
// unlike GeoNames' odd alternates ("Google" for Topeka).
func exonym(key, name string) bool {
	k, n := []rune(key), []rune(fold.Key(name))
	return len(k) >= 3 && len(n) >= 3 && k[0] == n[0] && k[1] == n[1] && k[2] == n[2]
}

// coarse kinds are too large for their point to support a nearby name.
func coarse(kind string) bool {
	switch kind {
	case "country", "continent", "sea", "region", "river", "strait":
		return true
	}
	return false
}

// settlement reports whether kind is a GeoNames populated place.
func settlement(kind string) bool {
	switch kind {
	case "capital", "seat", "city", "town":
		return true
	}
	return false
}

// importance ranks candidates without context: feature class, then
// population (log10). A capital counts as 100 times its population, a seat
// as 3 times, a town as a tenth.
func importance(in info) float64 {
	v := math.Log10(float64(in.pop) + 1)
	switch in.kind {
	case "country":
		v += 10
	case "capital":
		v += 2
	case "seat":
		v += 0.5
	case "city":
	case "town":
		v -= 1
	default: // supplement features: islands, rivers, venues, regions...
		v += 6
	}
	if in.origin == OriginStory {
		v += 20
	}
	return v
}

// anchor is a resolved non-coarse place that supports nearby candidates.
type anchor struct {
	key      string
	lat, lon float64
	x, y, z  float64 // unit vector of lat, lon
	weight   float64 // 1 for unambiguous names, 0.5 for resolved namesakes
}

// unitVector returns the point on the unit sphere of a latitude and
// longitude in degrees.
func unitVector(lat, lon float64) (x, y, z float64) {
	const rad = math.Pi / 180
	sLat, cLat := math.Sincos(lat * rad)
	sLon, cLon := math.Sincos(lon * rad)
	return cLat * cLon, cLat * sLon, sLat
}

// chordBand returns the squared straight-line distance through the unit
// sphere of a great-circle distance in km, less and more a relative margin
// far larger than the rounding error of either computation.
func chordBand(km float64) (lo, hi float64) {
	c := 2 * math.Sin(km/(2*earthRadiusKm))
	return c * c * (1 - 1e-9), c * c * (1 + 1e-9)
}

// Squared chord bounds of nearKm and midKm: a pair clearly inside or
// outside them is classified by the chord alone (a few multiplications);
// only a pair within the margin of a threshold is measured by distanceKm,
// so the outcome is exactly that of comparing distanceKm with the
// thresholds.
var (
	nearChordLo, nearChordHi = chordBand(nearKm)
	midChordLo, midChordHi   = chordBand(midKm)
)

// addAnchor appends an anchor unless an equal one (same name, point and
// weight) is there already: support takes a maximum over the anchors, so
// duplicates change nothing.
func addAnchor(anchors []anchor, key string, lat, lon, weight float64) []anchor {
	for _, a := range anchors {
		if a.key == key && a.lat == lat && a.lon == lon && a.weight == weight {
			return anchors
		}
	}
	x, y, z := unitVector(lat, lon)
	return append(anchors, anchor{key: key, lat: lat, lon: lon, x: x, y: y, z: z, weight: weight})
}

// support returns the proximity bonus of a candidate and whether some
// anchor lies within nearKm.
func support(in info, key string, anchors []anchor) (bonus float64, near bool) {
	x, y, z := unitVector(in.lat, in.lon)
	for i := range anchors {
		a := &anchors[i]
		if a.key == key {
			continue // a name does not support itself
		}
		dx, dy, dz := x-a.x, y-a.y, z-a.z
		c2 := dx*dx + dy*dy + dz*dz
		if c2 > midChordHi {
			continue // farther than midKm: no bonus
		}
		b := 0.0
		switch {
		case c2 < nearChordLo:
			b = nearBonus * a.weight
			near = true
		case c2 > nearChordHi && c2 < midChordLo:
			b = midBonus * a.weight
		default: // within the margin of a threshold: measure exactly
			d := distanceKm(in.lat, in.lon, a.lat, a.lon)
			switch {
			case d <= nearKm:
				b = nearBonus * a.weight
				near = true
			case d <= midKm:
				b = midBonus * a.weight
			}
		}
		bonus = math.Max(bonus, b)
	}
	return bonus, near
}

// resolve picks one candidate per match (see README.md for the rules).
func (p *Parser) resolve(ms []match, countries map[string]bool) {
	var anchors []anchor
	for i := range ms {
		m := &ms[i]
		m.chosen = -1
		if len(m.cands) == 1 && !m.cands[0].alt {
			in := p.info(m.cands[0])
			if in.kind == "town" {
				continue
			}
			m.chosen = 0
			if in.kind == "country" {
				countries[in.cc] = true
			} else if !coarse(in.kind) {
				anchors = addAnchor(anchors, m.key, in.lat, in.lon, 1)
			}
		}
	}
	unambiguous := len(anchors)
	// Anchors and countries change only between the passes, so within a
	// pass a name with the same candidates and context (sameContext)
	// resolves the same way at every occurrence: done holds the last match
	// resolved per name.
	done := make(map[string]int, len(ms))
	for pass := 0; pass < 2; pass++ {
		clear(done)
		for i := range ms {
			m := &ms[i]
			if len(m.cands) == 1 && !m.cands[0].alt && m.chosen >= 0 {
				continue
			}
			if j, ok := done[m.key]; ok && slices.Equal(ms[j].cands, m.cands) && sameContext(&ms[j], m) {
				m.chosen = ms[j].chosen
				continue
			}
			done[m.key] = i
			// a border town must lie within nearKm of another place of the
			// article, when the article names one
			border := m.border && otherAnchor(anchors, m.key)
			// otherAnchor, hasCapital, anyNear: computed when first needed
			others, capital, nearOther, nearBigger := -1, -1, -1, -1
			ownMajor, ownCapital, ownCountry := p.ownMajor(m.cands)
			best, bestScore := -1, 0.0
			for ci, c := range m.cands {
				in := p.info(c)
				if c.alt && settlement(in.kind) && (ownMajor && in.pop < majorPop || in.cc != "" && in.cc == ownCountry) {
					continue // "Samarkand" is Samarkand, not a city once called so; "Mexico" the country
				}
				bonus, near := support(in, m.key, anchors)
				if ownCapital && !m.contained && (in.kind == "town" || minor(in) && bonus < nearBonus) {
					// "Buenos Aires" is the capital, not a village near Mexico
					// City; "London" not London, Ohio, because a Windsor,
					// itself resolved among namesakes, lies near it
					continue
				}
				inC := in.cc != "" && countries[in.cc]
				// a settlement whose name the article gives a natural
				// feature ("Mass on Lobito beach" in an article about
				// Iquique) is not where the feature is unless a place of
				// the article lies within midKm or its country is named:
				// Lobito, Angola is not meant
				if m.theName && !near && theDrop(in) {
					continue // "over the Rio Negro" is no town 2,600 km away
				}
				if bonus == 0 && !inC && settlement(in.kind) && !m.contained && usedAsFeature(ms, m.key) &&
					otherAnchor(anchors, m.key) {
					continue
				}
				// towns need a place close by; places named by an alternate
				// name need a place close by, their country or their
				// container ("Konark, in Odisha"), unless major
				if (in.kind == "town" && !m.contained || border) && !near &&
					(border || !p.inNamedRegion(ms, in, true)) {
					// a town in a region the article names is supported by
					// it: "lived in Bagnères-de-Bigorre" in an article
					// naming the Hautes-Pyrénées
					continue
				}
				// a town supported only by a place itself resolved among
				// namesakes is not meant when a bigger namesake is close to
				// a place of the article too ("Windsor" near London is the
				// English town of 33,000 people, not a Virginian one of 2,700
				// near Washington)
				if in.kind == "town" && !m.contained && bonus < nearBonus {
					if nearBigger < 0 {
						nearBigger = b2i(p.anyNear(m, anchors, false))
					}
					if nearBigger == 1 {
						continue
					}
				}
				// a minor settlement needs a place of the article within
				// midKm when the article names other places
				if bonus == 0 && !m.contained && minor(in) {
					if others < 0 {
						others = b2i(otherAnchor(anchors, m.key))
					}
					if others == 1 {
						continue
					}
				}
				// naming a country does not lift a settlement over a namesake
				// close to a place of the article ("King Charles at Windsor"
				// in an article naming London and the US is Windsor,
				// England, not Windsor, Connecticut)
				if inC && !near && settlement(in.kind) {
					if nearOther < 0 {
						nearOther = b2i(p.anyNear(m, anchors, true))
					}
					if nearOther == 1 {
						inC = false
					}
				}
				// nor over a capital, unless a place of the article is close
				// to it
				if inC && !near && in.kind != "capital" && settlement(in.kind) {
					if capital < 0 {
						capital = b2i(p.hasCapital(m.cands))
					}
					if capital == 1 {
						inC = false
					}
				}
				if c.alt && settlement(in.kind) && in.kind != "capital" && in.pop < majorPop && !near && !inC && !m.contained &&
					!(in.pop >= exonymPop && (bonus > 0 || usedAsPlace(ms, m.key)) && exonym(m.key, in.name)) {
					// an exonym without a place of the article close by
					// counts where the article uses it as a place ("talks in
					// Geneva") or has a place within midKm: "Israel and
					// Hamas" in an article about Cairo is no Hamm (whose
					// GeoNames alternate names include "Hamas")
					continue
				}
				score := importance(in) + bonus
				if c.alt {
					score -= altPenalty
				}
				if inC {
					score += countryBonus
				}
				if preferred(m.prefer, in.kind) {
					score += kindBonus
				}
				if best < 0 || score > bestScore {
					best, bestScore = ci, score
				}
			}
			m.chosen = int32(best)
		}
		if pass == 0 {
			// names resolved among namesakes support the others, at half weight
			anchors = anchors[:unambiguous]
			for _, m := range ms {
				if m.chosen < 0 || (len(m.cands) == 1 && !m.cands[0].alt) {
					continue
				}
				in := p.info(m.cands[m.chosen])
				if in.kind == "country" {
					countries[in.cc] = true
				} else if !coarse(in.kind) {
					anchors = addAnchor(anchors, m.key, in.lat, in.lon, 0.5)
				}
			}
			anchors = p.dropUnsupported(ms, anchors, countries)
		}
	}
}

// dropUnsupported drops the minor settlements that are the only place of
// their name (resolved before the passes) but have nothing in the article
// for them: no other place of it within midKm, their country not named,
// no region of the article holding it, no container, and the text does
// not use the name as a place (no
// locative before it: match.placeUse): "the loss of the Titan" is no seat
// in Afghanistan in an article about places in North America, when the
// article names other places. It returns the anchors without theirs. A minor settlement among
// namesakes is held to the same rule in resolve. So is any settlement
// (but a capital or a city of majorPop) whose name the article gives a
// natural feature, with a locative too: "a Mass on Lobito beach" in an
// article about Iquique is not in Lobito, Angola (featureNouns).
func (p *Parser) dropUnsupported(ms []match, anchors []anchor, countries map[string]bool) []anchor {
	var dropped map[string]bool
	for i := range ms {
		m := &ms[i]
		if m.chosen != 0 || len(m.cands) != 1 || m.cands[0].alt || m.contained {
			continue
		}
		in := p.info(m.cands[0])
		if m.theName && theDrop(in) && otherAnchor(anchors, m.key) {
			if _, near := support(in, m.key, anchors); !near {
				m.chosen = -1 // "the Titan sank" is no town far from the article's places
				if dropped == nil {
					dropped = map[string]bool{}
				}
				dropped[m.key] = true
				continue
			}
		}
		// a settlement whose name the article gives a natural feature
		// ("Mass on Lobito beach") is held to the rule whatever its size
		// and locative, a capital and a city of majorPop excepted
		feature := settlement(in.kind) && in.kind != "capital" && in.pop < majorPop && in.origin != OriginStory &&
			usedAsFeature(ms, m.key)
		if m.placeUse && !feature || !minor(in) && !feature || in.cc != "" && countries[in.cc] ||
			!otherAnchor(anchors, m.key) || p.inNamedRegion(ms, in, false) {
			continue
		}
		if bonus, _ := support(in, m.key, anchors); bonus > 0 {
			continue
		}
		m.chosen = -1
		if dropped == nil {
			dropped = map[string]bool{}
		}
		dropped[m.key] = true
	}
	if dropped == nil {
		return anchors
	}
	out := anchors[:0]
	for _, a := range anchors {
		if !dropped[a.key] || a.weight != 1 {
			out = append(out, a)
		}
	}
	return out
}

// inNamedRegion reports whether a region resolved without ambiguity in
// the article holds the place ("Uvalde's mayor" in an article that names
// Texas). strict asks for the region's bounds to hold it, or, for a
// region without bounds, its point to lie within regionNearKm (inside
// alone takes any place of the region's country when the region has no
// bounds and no first-level code).
func (p *Parser) inNamedRegion(ms []match, in info, strict bool) bool {
	if in.place == nil {
		return false
	}
	for i := range ms {
		m := &ms[i]
		if m.chosen != 0 || len(m.cands) != 1 || m.cands[0].story {
			continue
		}
		r := &p.g.places[m.cands[0].idx]
		if r.Kind != KindRegion {
			continue
		}
		if !strict && inside(in.place, r) {
			return true
		}
		// strict: inside the region's bounds (first-level codes differ
		// between the two sources where Natural Earth's units are
		// departments and GeoNames' regions: France)
		if !strict || r.CC != in.cc {
			continue
		}
		if s, w, n, e, ok := regionBounds(*r); ok && inBox(in.lat, in.lon, s, w, n, e) ||
			!ok && distanceKm(in.lat, in.lon, r.Lat, r.Lon) <= regionNearKm {
			return true
		}
	}
	return false
}

// ownMajor reports whether a candidate has the name as its own (not only
// as a GeoNames alternate name) and is no minor settlement (a capital, a
// country, a feature, or a settlement of minorPop people or more): then a
// settlement under majorPop people found only by an alternate name is not
// that name's place, however close to the article's other places
// ("Samarkand" is the city in Uzbekistan, not Temirtau, which GeoNames
// also calls so, next to Astana; but "New York" may still be the city,
// whose GeoNames name is "New York City"). country is the code of a
// country candidate of its own name: a settlement of that country found by
// an alternate name is not meant ("Mexico" is the country, not Mexico
// City). capital reports whether a candidate of its own name is a capital:
// then a town of that name is not meant unless its container says so
// ("Buenos Aires" in an article that names Mexico City is not a Mexican
// village of 1,700 people), nor a minor settlement unless an unambiguous
// place of the article lies within nearKm of it.
func (p *Parser) ownMajor(cands []cand) (major, capital bool, country string) {
	for _, c := range cands {
		if c.alt {
			continue
		}
		in := p.info(c)
		major = major || !minor(in)
		capital = capital || in.kind == "capital"
		if in.kind == "country" {
			country = in.cc
		}
	}
	return major, capital, country
}

// regionNearKm: a town this close to the point of a region without bounds
// that the article names is supported by it (inNamedRegion).
const regionNearKm = 100.0

// minorPop: a settlement (not a capital) smaller than this needs a place
// of the article within midKm when the article names other places.
const minorPop = 100000

// minor reports whether a candidate is a settlement that is not a capital
// and has fewer than minorPop people.
func minor(in info) bool {
	return settlement(in.kind) && in.kind != "capital" && in.pop < minorPop && in.origin != OriginStory
}

// anySettlement reports whether a candidate is a settlement.
func (p *Parser) anySettlement(cands []cand) bool {
	for _, c := range cands {
		if settlement(p.info(c).kind) {
			return true
		}
	}
	return false
}

// majorSettlement reports whether a candidate is a settlement of at least
// majorPop people: such a city leading a plain venue name is its container
// ("Sydney Opera House", "Hiroshima Peace Memorial Park"), unlike the
// towns and given names that lead memorials and centres ("Lincoln
// Memorial", "Wilson Center").
func (p *Parser) majorSettlement(cands []cand) bool {
	for _, c := range cands {
		if !c.story && settlement(p.g.places[c.idx].Kind) && p.g.places[c.idx].Pop >= majorPop {
			return true
		}
	}
	return false
}

// anyNear reports whether a settlement candidate of m (towns only when
// towns is true) lies within nearKm of a place of the article.
func (p *Parser) anyNear(m *match, anchors []anchor, towns bool) bool {
	for _, c := range m.cands {
		in := p.info(c)
		if !settlement(in.kind) || !towns && in.kind == KindTown {
			continue
		}
		if _, near := support(in, m.key, anchors); near {
			return true
		}
	}
	return false
}

// capitalOrMajor reports whether a candidate is a capital or a
// settlement of majorPop people or more, by its own name: such a place
// leading an institution's name is where the institution is ("Vilnius
// University", "Tokyo University").
func (p *Parser) capitalOrMajor(cands []cand) bool {
	for _, c := range cands {
		if !c.story && !c.alt && (p.g.places[c.idx].Kind == "capital" || settlement(p.g.places[c.idx].Kind) && p.g.places[c.idx].Pop >= majorPop) {
			return true
		}
	}
	return false
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// hasCapital reports whether a candidate is a capital.
func (p *Parser) hasCapital(cands []cand) bool {
	for _, c := range cands {
		if !c.story && p.g.places[c.idx].Kind == "capital" {
			return true
		}
	}
	return false
}

// sameContext reports whether two matches of one name were found in the
// same context (kind words, border, container), so resolve the same way.
func sameContext(a, b *match) bool {
	return a.prefer == b.prefer && a.border == b.border && a.contained == b.contained
}

// theDrop reports whether a candidate of a name written after "the" and
// ending its noun phrase (match.theName) needs a place of the article
// within nearKm, when the article names other places (its country or
// region named is not enough): a settlement, since English puts no "the" before a
// town's name ("over the Rio Negro", "the Titan sank" name a river and a
// submersible the data does not hold), unless its own name has the
// article or ends in a noun of land or water (landNouns: "the Hague",
// "the Gold Coast"). A district close to the article's places stays ("the
// Tiergarten" in Berlin).
func theDrop(in info) bool {
	if !settlement(in.kind) || in.origin == OriginStory {
		return false
	}
	k := fold.Key(in.name)
	if strings.HasPrefix(k, "the ") {
		return false
	}
	if sp := strings.LastIndexByte(k, ' '); sp >= 0 && landNouns[k[sp+1:]] {
		return false
	}
	return true
}

// usedAsFeature reports whether the article names a natural feature
// after the name key at least once (match.feature: "Lobito beach").
func usedAsFeature(ms []match, key string) bool {
	for i := range ms {
		if ms[i].feature && ms[i].key == key {
			return true
		}
	}
	return false
}

// usedAsPlace reports whether the article uses the name key as a place at
// least once (match.placeUse: "in Geneva", "bound for Geneva").
func usedAsPlace(ms []match, key string) bool {
	for i := range ms {
		if ms[i].placeUse && ms[i].key == key {
			return true
		}
	}
	return false
}

// otherAnchor reports whether an anchor has a name other than key.
func otherAnchor(anchors []anchor, key string) bool {
	for i := range anchors {
		if anchors[i].key != key {
			return true
		}
	}
	return false
}

// earthRadiusKm is the Earth radius of orb/geo, the project's one Earth
// distance (geo.DistanceHaversine), in km.
const earthRadiusKm = orb.EarthRadius / 1000

// distanceKm is the great-circle distance in km (orb/geo's haversine).
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	return geo.DistanceHaversine(orb.Point{lon1, lat1}, orb.Point{lon2, lat2}) / 1000
}
