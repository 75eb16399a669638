package analysis

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// sameVenueKm is how far apart two venues of one name found in a story's
// articles may be placed and still be one venue: each article places a
// venue phrase ("the Sandton Convention Centre") at the place it is in
// there, its city in one article and the city's airport in another. Farther
// apart (a "Hilton Hotel" in two cities), they are two venues.
const sameVenueKm = 100

// unifyVenues makes the venue phrases of one name that articles placed in
// different containers less than sameVenueKm apart one venue: the one most
// mentioned (then the one placed at a city, then the first found), so that
// the map, the venues and the steps show it once.
func unifyVenues(per []sourceResult) {
	type cand struct {
		p     *mentionPlace
		n     int
		first int
	}
	byName := map[string][]*cand{}
	order := 0
	for i := range per {
		for _, m := range per[i].mentions {
			if m.mentionPlace == nil || m.kind != "venue" || m.origin != "inferred" {
				continue
			}
			key := fold.Key(m.name)
			var c *cand
			for _, x := range byName[key] {
				if x.p.placeID == m.placeID {
					c = x
					break
				}
			}
			if c == nil {
				c = &cand{p: m.mentionPlace, first: order}
				order++
				byName[key] = append(byName[key], c)
			}
			c.n++
		}
	}
	into := map[string]*mentionPlace{} // placeID → the venue it is one with
	for _, cs := range byName {
		if len(cs) < 2 {
			continue
		}
		better := func(a, b *cand) bool {
			if a.n != b.n {
				return a.n > b.n
			}
			if (a.p.precision == "city") != (b.p.precision == "city") {
				return a.p.precision == "city"
			}
			return a.first < b.first
		}
		best := cs[0]
		for _, c := range cs[1:] {
			if better(c, best) {
				best = c
			}
		}
		for _, c := range cs {
			if c != best && geo.DistanceHaversine(orb.Point{c.p.lon, c.p.lat}, orb.Point{best.p.lon, best.p.lat}) < sameVenueKm*1000 {
				into[c.p.placeID] = best.p
			}
		}
	}
	if len(into) == 0 {
		return
	}
	for i := range per {
		for j := range per[i].mentions {
			m := &per[i].mentions[j]
			if m.mentionPlace == nil {
				continue
			}
			if b, ok := into[m.placeID]; ok {
				m.mentionPlace = b
			}
		}
	}
}
