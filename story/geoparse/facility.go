package geoparse

import (
	"slices"
	"strings"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// Facilities named otherwise in the gazetteer: an airport venue phrase
// ("Changi Airport", "Sydney Airport") whose distinctive words all occur
// in the name of a gazetteer airport or air base ("Singapore Changi
// Airport", "Sydney Kingsford Smith International Airport") is that
// facility, with its own coordinates (see README.md, Venues).

// facilityGeneric are the words of airport names that do not tell one
// airport from another.
var facilityGeneric = setOf(`airport airports international intl air base airbase airfield aerodrome regional
municipal national domestic field county city metropolitan the of de del do da di du`)

// facilityNearKm is how far from the venue's container or the article's
// places a facility may be.
const facilityNearKm = 100.0

// facilityIndex returns, per distinctive folded word, the gazetteer
// facilities whose names hold it; built once per parser, on first use.
func (p *Parser) facilityIndex() map[string][]int32 {
	p.facOnce.Do(func() {
		p.facWords = map[string][]int32{}
		for i := range p.g.places {
			pl := &p.g.places[i]
			if !facilityKind(pl.Kind) {
				continue
			}
			seen := map[string]bool{}
			for _, w := range strings.Fields(fold.Key(pl.Name)) {
				if !facilityGeneric[w] && !seen[w] {
					seen[w] = true
					p.facWords[w] = append(p.facWords[w], int32(i))
				}
			}
		}
	})
	return p.facWords
}

// gazFacility returns the gazetteer facility of the venue's kind that an
// airport or air base venue names: the only one close to its container c
// (when found: a settlement or other fine place), or the only one in it
// (a country), else the only one, else the first close to a place of the
// article. Several close to the container: none ("Sydney Airport" may be
// Kingsford Smith or Bankstown), and the venue is placed as before.
func (p *Parser) gazFacility(v venue, c info, found bool, ms []match) (Mention, bool) {
	if p.g == nil {
		return Mention{}, false
	}
	// the distinctive words of the phrase (at most maxVenueRun+2)
	var buf [maxVenueRun + 2]string
	words := buf[:0]
	for rest := v.slug; rest != ""; {
		w, r, _ := strings.Cut(rest, "-")
		rest = r
		if !facilityGeneric[w] && len(words) < len(buf) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return Mention{}, false
	}
	idx := p.facilityIndex()
	// candidates: facilities of the venue's kind in the first word's list
	// and in every other word's ("Changi Airport" names an airport, not an
	// air base of that name)
	first := idx[words[0]]
	fits := func(ci int32) bool {
		if p.g.places[ci].Kind != v.kind {
			return false
		}
		for _, w := range words[1:] {
			if !slices.Contains(idx[w], ci) {
				return false
			}
		}
		return true
	}
	near := func(pl *Place, lat, lon float64) bool { return distanceKm(pl.Lat, pl.Lon, lat, lon) <= facilityNearKm }
	pick, n := int32(-1), 0
	for _, ci := range first {
		if fits(ci) {
			n++
		}
	}
	switch {
	case n == 0:
		return Mention{}, false
	case found && !coarse(c.kind):
		for _, ci := range first {
			if fits(ci) && near(&p.g.places[ci], c.lat, c.lon) {
				if pick >= 0 {
					return Mention{}, false // "Sydney Airport": Kingsford Smith or Bankstown
				}
				pick = ci
			}
		}
	case found && c.kind == "country":
		for _, ci := range first {
			if fits(ci) && p.g.places[ci].CC == c.cc {
				if pick >= 0 {
					return Mention{}, false // several in the country
				}
				pick = ci
			}
		}
	case n == 1:
		for _, ci := range first {
			if fits(ci) {
				pick = ci
			}
		}
	default:
	search:
		for _, ci := range first {
			if !fits(ci) {
				continue
			}
			for i := range ms {
				m := &ms[i]
				if m.chosen < 0 {
					continue
				}
				if in := p.info(m.cands[m.chosen]); !coarse(in.kind) && near(&p.g.places[ci], in.lat, in.lon) {
					pick = ci
					break search
				}
			}
		}
	}
	if pick < 0 {
		return Mention{}, false
	}
	pl := &p.g.places[pick]
	return Mention{PlaceID: pl.ID, Name: pl.Name, Lat: pl.Lat, Lon: pl.Lon, Kind: pl.Kind, Origin: OriginGazetteer,
		Sentence: v.sentence, Start: v.start, End: v.end, Surface: v.name}, true
}

// isFacility reports whether a gazetteer place is an airport or air base.
func (p *Parser) isFacility(idx int32) bool {
	k := p.g.places[idx].Kind
	return k == KindAirport || k == KindAirbase
}

// codeContext reports whether an airport code at toks[i] is written as
// one: after a locative ("flew to JFK", "landed at VVO"), in brackets
// ("Vladivostok (VVO)") or before "airport". Otherwise the capitals are an
// acronym of news text: "DNA samples", "the GRU", "BOJ policy".
func codeContext(toks []fold.Token, i int) bool {
	if i > 0 && !toks[i-1].Cap && locatives[toks[i-1].Key] && toks[i].GapBefore == " " {
		return true
	}
	if strings.HasSuffix(toks[i].GapBefore, "(") {
		return true
	}
	return i+1 < len(toks) && (toks[i+1].Key == "airport" || toks[i+1].Key == "airports")
}
