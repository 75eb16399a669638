package evalset

import (
	"math"
	"sort"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// Found is a place Storylens found.
type Found struct {
	Name        string
	Lat, Lon    float64
	Kind        string
	Approximate bool
	Precision   string
	// Surface are the words the article used for the place ("Britain" for
	// the United Kingdom, "the Mediterranean" for the Mediterranean Sea):
	// the gold names places as the article does, so a name match is
	// checked against these as well as against Name.
	Surface []string
}

// Radii of the scoring rules, in km.
const (
	PlaceKm   = 50  // a found place within this of the gold place is the same
	CountryKm = 800 // countries' representative points differ more
	// AreaKm is the radius for two areas (seas, oceans, regions,
	// continents, rivers) of one name: their representative points are
	// arbitrary within bodies thousands of km across (the Pacific Ocean's
	// point and the gold's "Pacific" are 1,100 km apart).
	AreaKm  = 2500
	VenueKm = 5 // a venue found within this is found exactly
)

// KmBetween is the great-circle distance in km.
func KmBetween(lat1, lon1, lat2, lon2 float64) float64 {
	return geo.DistanceHaversine(orb.Point{lon1, lat1}, orb.Point{lon2, lat2}) / 1000
}

// SameName reports whether two names are one after folding case and
// diacritics, or one is the other with a leading "the".
func SameName(a, b string) bool {
	ka, kb := strings.TrimPrefix(fold.Key(a), "the "), strings.TrimPrefix(fold.Key(b), "the ")
	return ka != "" && ka == kb
}

// SamePlace reports whether a found place is the gold place: the same
// name (its own or the one the article used) within 800 km, or 2,500 km
// when both are areas (namesakes elsewhere are wrong), or, for places that
// are not countries, within 50 km.
func SamePlace(g Point, f Found) bool {
	d := KmBetween(g.Lat, g.Lon, f.Lat, f.Lon)
	radius := float64(CountryKm)
	if area(g.Kind) && area(f.Kind) {
		radius = AreaKm
	}
	if sameFoundName(g.Name, f) && d <= radius {
		return true
	}
	isCountry := g.Kind == "country" || f.Kind == "country"
	if isCountry {
		return g.Kind == f.Kind && d <= CountryKm && sharesWord(g.Name, f.Name)
	}
	if coarse(g.Kind) != coarse(f.Kind) {
		return false
	}
	return d <= PlaceKm
}

// sameFoundName reports whether the gold name is the found place's name or
// one of the words the article used for it.
func sameFoundName(gold string, f Found) bool {
	if SameName(gold, f.Name) {
		return true
	}
	for _, s := range f.Surface {
		if SameName(gold, s) {
			return true
		}
	}
	return false
}

// area reports whether a kind is a large feature that is not a country:
// seas, oceans, regions, continents and rivers (a river's point is one of
// the thousands of km it runs).
func area(kind string) bool {
	return coarse(kind) && kind != "country"
}

// coarse groups kinds whose points stand for an area.
func coarse(kind string) bool {
	switch kind {
	case "country", "region", "continent", "sea", "river", "ocean":
		return true
	}
	return false
}

// sharesWord reports whether two names share a folded word of 3+ letters.
func sharesWord(a, b string) bool {
	wa := map[string]bool{}
	for _, w := range strings.Fields(fold.Key(a)) {
		if len(w) >= 3 {
			wa[w] = true
		}
	}
	for _, w := range strings.Fields(fold.Key(b)) {
		if wa[w] {
			return true
		}
	}
	return false
}

// Match pairs gold and found places one to one (pairs that share a name
// first, then the closest) and returns the number of pairs (true
// positives), the gold places missed and the found places matched to
// nothing. A gold place left over that has the same name as a found place,
// its own or one the article used for it, and is that place (SamePlace)
// counts as found too: the gold lists one place twice under two names the
// article used ("Astana" and "Nur-Sultan"), and Storylens found both
// mentions as the one place. So tp counts gold places (recall's
// numerator); precision is the share of found places not in extra.
func Match(gold []Point, found []Found) (tp int, missed []Point, extra []Found) {
	type pair struct {
		g, f int
		name int // 2: the same name, 1: a word in common, 0: neither
		d    float64
	}
	var pairs []pair
	for i, g := range gold {
		for j, f := range found {
			if SamePlace(g, f) {
				name := 0
				if sameFoundName(g.Name, f) {
					name = 2
				} else if sharesWord(g.Name, f.Name) {
					name = 1
				}
				pairs = append(pairs, pair{i, j, name, KmBetween(g.Lat, g.Lon, f.Lat, f.Lon)})
			}
		}
	}
	// Pairs of the same name first, then those that share a word (a venue
	// placed at its city's point is as close to the city as the city is;
	// "Palace of Westminster" shares a word with "Buckingham Palace" but
	// must not take it from the found Buckingham Palace), then the closest.
	sort.SliceStable(pairs, func(a, b int) bool {
		if pairs[a].name != pairs[b].name {
			return pairs[a].name > pairs[b].name
		}
		return pairs[a].d < pairs[b].d
	})
	usedG, usedF := map[int]bool{}, map[int]bool{}
	for _, p := range pairs {
		if usedG[p.g] || usedF[p.f] {
			continue
		}
		usedG[p.g], usedF[p.f] = true, true
		tp++
	}
	for i, g := range gold {
		if usedG[i] {
			continue
		}
		// The gold's second entry for one place under another name the
		// article used for it ("Astana" and "Nur-Sultan", "Britain" and
		// "the United Kingdom"): the found place that the article named
		// so is paired with both.
		again := false
		for _, f := range found {
			if sameFoundName(g.Name, f) && SamePlace(g, f) {
				again = true
				break
			}
		}
		if again {
			tp++
			continue
		}
		missed = append(missed, g)
	}
	for j, f := range found {
		if !usedF[j] {
			extra = append(extra, f)
		}
	}
	return tp, missed, extra
}

// VenueFound reports whether a gold venue is among the found places:
// within 5 km, or placed approximately (precision "city") within 50 km
// with a word of its name in common.
func VenueFound(v Point, found []Found) bool {
	for _, f := range found {
		d := KmBetween(v.Lat, v.Lon, f.Lat, f.Lon)
		if d <= VenueKm && (f.Kind != "" && !coarse(f.Kind) && f.Kind != "city" && f.Kind != "capital" && f.Kind != "town" && f.Kind != "seat" || sharesWord(v.Name, f.Name)) {
			return true
		}
		if f.Approximate && f.Precision == "city" && d <= PlaceKm && sharesWord(v.Name, f.Name) {
			return true
		}
	}
	return false
}

// StopRecall is the share of gold stops matched by a found stop, and
// whether the matched ones come in the gold order (each gold stop matched
// to the first found stop after the previous match, or to the previous
// match itself: one found stop may stand for consecutive gold stops that
// are one place to the scorer, an airport and its city).
func StopRecall(gold []Point, found []Found) (recall float64, inOrder bool) {
	if len(gold) == 0 {
		return 1, true
	}
	matched, ordered := 0, true
	last := -1
	for _, g := range gold {
		best := -1
		if last >= 0 && SamePlace(g, found[last]) {
			best = last
		}
		for j, f := range found {
			if best >= 0 {
				break
			}
			if SamePlace(g, f) && j > last {
				best = j
			}
		}
		if best < 0 {
			// Matched earlier (out of order), or not at all.
			for _, f := range found {
				if SamePlace(g, f) {
					matched++
					ordered = false
					break
				}
			}
			continue
		}
		matched++
		last = best
	}
	return float64(matched) / float64(len(gold)), ordered
}

// ClaimFound reports whether a found claim (label and sources) is the gold
// claim: its sources overlap the gold articles by a Jaccard index of at
// least 0.5 and its label shares at least a quarter of the gold label's
// content words (and two of them).
func ClaimFound(g Claim, label string, sources []string) bool {
	return Jaccard(g.Articles, sources) >= 0.5 && wordOverlap(g.Label, label) >= 0.25
}

// Jaccard is |a ∩ b| / |a ∪ b| of two id sets (article file names match
// source ids without their extension).
func Jaccard(a, b []string) float64 {
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, x := range a {
		sa[stem(x)] = true
	}
	for _, x := range b {
		sb[stem(x)] = true
	}
	inter := 0
	for x := range sa {
		if sb[x] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

func stem(f string) string {
	if i := strings.LastIndexByte(f, '.'); i > 0 {
		return f[:i]
	}
	return f
}

// wordOverlap is the share of the gold label's content words (4+ letters)
// found in the label, 0 when fewer than two are.
func wordOverlap(gold, label string) float64 {
	have := map[string]bool{}
	for _, w := range strings.Fields(fold.Key(label)) {
		have[w] = true
	}
	n, hit := 0, 0
	for _, w := range strings.Fields(fold.Key(gold)) {
		if len(w) < 4 {
			continue
		}
		n++
		if have[w] {
			hit++
		}
	}
	if n == 0 || hit < 2 {
		return 0
	}
	return float64(hit) / float64(n)
}

// Ratio is a/b, or 1 when b is 0.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Round2 rounds to two decimals.
func Round2(x float64) float64 { return math.Round(x*100) / 100 }
