package itinerary

import (
	"fmt"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// localKm is how near a venue, airport or station must be to a settlement
// to be a place in it.
const localKm = 30

// isLocal is true for a place inside a settlement: a venue, hotel, airport,
// station, port, ... (not a settlement, an area, a country or a continent).
func isLocal(kind string) bool {
	return !cityKinds[kind] && !coarseKinds[kind] && kind != "country" && kind != "continent"
}

// foldLocal folds a venue or an airport that a leg joins to its own city
// into that city ("Jakarta > Soekarno-Hatta Airport", "Kyiv > St Michael's
// Monastery" are moves inside the city, not stops of the route): every leg
// to or from it then starts or ends at the city, legs inside the city are
// left out (the venue stays a venue) and legs that become the same are
// merged. A place is folded when a leg joins it to a settlement within
// localKm (the nearest one), or when one leg ends at it and the next (ls
// is in travel order) starts at such a settlement, or the other way round
// ("Rome > Soekarno-Hatta Airport", then "Jakarta > Port Moresby"); legs
// between two places of one city that nothing joins to it ("the Palace of
// Holyroodhouse > St Giles' Cathedral", a procession) stay as they are.
// Any other venue or airport within localKm of a city the trip stops at is
// folded into it too ("Rome > N'djili Airport" and "Rome > Kinshasa"),
// except the place of the event itself (event: the best venue's id, "" for
// none) when its legs all go farther than localKm: "the boys were brought
// out of the cave" then "driven home to the town" 6 km away is cave >
// hospital > town, not town > hospital > town.
func foldLocal(ls []*legBuild, places map[string]Mention, event string) []*legBuild {
	into := map[string]string{}
	for _, lb := range ls {
		if (lb.leg.From == event || lb.leg.To == event) && distKm(places[lb.leg.From], places[lb.leg.To]) <= localKm {
			event = "" // a move inside its city: folded as any venue
		}
	}
	best := map[string]float64{}
	for i, lb := range ls {
		pairs := [][2]string{{lb.leg.From, lb.leg.To}, {lb.leg.To, lb.leg.From}}
		// a stop between two legs: where one ends and the next starts
		if i+1 < len(ls) && ls[i+1].leg.From != lb.leg.To {
			n := ls[i+1].leg.From
			pairs = append(pairs, [2]string{lb.leg.To, n}, [2]string{n, lb.leg.To})
		}
		for _, p := range pairs {
			l, c := places[p[0]], places[p[1]]
			if !isLocal(l.Kind) || !cityKinds[c.Kind] {
				continue
			}
			d := distKm(l, c) * 1000
			if b, ok := best[l.PlaceID]; d <= localKm*1000 && (!ok || d < b) {
				into[l.PlaceID], best[l.PlaceID] = c.PlaceID, d
			}
		}
	}
	// a venue or airport near a city the trip stops at, and in no
	// procession (a leg between two venues of the city, not from the
	// airport or station), is in that city
	procession := map[string]bool{}
	var cities []Mention
	seen := map[string]bool{}
	for _, lb := range ls {
		f, t := places[lb.leg.From], places[lb.leg.To]
		if isLocal(f.Kind) && isLocal(t.Kind) && !transportKinds[f.Kind] && !transportKinds[t.Kind] && distKm(f, t) <= localKm {
			procession[f.PlaceID], procession[t.PlaceID] = true, true
		}
		for _, m := range []Mention{f, t} {
			if cityKinds[m.Kind] && !seen[m.PlaceID] {
				seen[m.PlaceID] = true
				cities = append(cities, m)
			}
		}
	}
	checked := map[string]bool{} // each place once: distinct places × cities, not legs
	for _, lb := range ls {
		for _, id := range []string{lb.leg.From, lb.leg.To} {
			l := places[id]
			if _, done := into[id]; done || checked[id] || !isLocal(l.Kind) || procession[id] || id == event {
				continue
			}
			checked[id] = true
			for _, c := range cities {
				if d := distKm(l, c); d <= localKm {
					if b, ok := best[id]; !ok || d*1000 < b {
						into[id], best[id] = c.PlaceID, d*1000
					}
				}
			}
		}
	}
	if len(into) == 0 {
		return ls
	}
	fold := func(id string) string {
		if c, ok := into[id]; ok {
			return c
		}
		return id
	}
	byKey := map[string]*legBuild{}
	out := ls[:0]
	for _, lb := range ls {
		lb.leg.From, lb.leg.To = fold(lb.leg.From), fold(lb.leg.To)
		var via []string
		lb.vias = map[string]bool{}
		for _, v := range lb.leg.Via {
			if v = fold(v); v != lb.leg.From && v != lb.leg.To && !lb.vias[v] {
				lb.vias[v] = true
				via = append(via, v)
			}
		}
		lb.leg.Via = via
		if lb.leg.From == lb.leg.To {
			continue // inside the city
		}
		k := lb.leg.From + ">" + lb.leg.To
		if o := byKey[k]; o != nil {
			o.absorb(lb)
			continue
		}
		byKey[k] = lb
		out = append(out, lb)
	}
	return out
}

// inCity is true for a move from a settlement to a venue or airport
// within localKm of it.
func inCity(from, to Mention) bool {
	return cityKinds[from.Kind] && isLocal(to.Kind) && distKm(from, to) <= localKm
}

// distKm is the great-circle distance between two places in km.
func distKm(a, b Mention) float64 {
	return geo.DistanceHaversine(orb.Point{a.Lon, a.Lat}, orb.Point{b.Lon, b.Lat}) / 1000
}

// absorb merges the evidence and votes of o into lb (two legs that are one).
func (lb *legBuild) absorb(o *legBuild) {
	for m, v := range o.modeVotes {
		lb.modeVotes[m] += v
	}
	for d, v := range o.dateVotes {
		lb.dateVotes[d] += v
	}
	if !o.firstWhen.IsZero() && (lb.firstWhen.IsZero() || o.firstWhen.Before(lb.firstWhen)) {
		lb.firstWhen = o.firstWhen
	}
	lb.order = min(lb.order, o.order)
	lb.told = lb.told || o.told
	lb.stated = lb.stated || o.stated
	lb.leg.Return = lb.leg.Return || o.leg.Return
	for _, v := range o.leg.Via {
		if !lb.vias[v] && v != lb.leg.From && v != lb.leg.To {
			lb.vias[v] = true
			lb.leg.Via = append(lb.leg.Via, v)
		}
	}
	for _, e := range o.leg.Evidence {
		if k := fmt.Sprintf("%s\x00%d", e.Source, e.Sentence); !lb.seen[k] {
			lb.seen[k] = true
			lb.leg.Evidence = append(lb.leg.Evidence, e)
		}
	}
	for _, s := range o.leg.Sources {
		known := false
		for _, t := range lb.leg.Sources {
			known = known || t == s
		}
		if !known {
			lb.leg.Sources = append(lb.leg.Sources, s)
		}
	}
}
