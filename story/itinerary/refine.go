package itinerary

import (
	"sort"
	"strings"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	"github.com/storylens/storylens/internal/lexicon"
)

// Story-wide refinements of the places that moves join, decided before the
// trips are built from what all the articles mention:
//
//   - namesakes: one name resolved to two places in the story ("Athens" in
//     Greece and in Georgia, US) is the one with the most mentions of other
//     places within nearKm of it;
//   - a country as a stop ("left Peru for Brazil") is placed at a city of
//     that country: one the same sentence names, else (for an origin) the
//     traveller's last city there, else its capital, unless the articles
//     name another city there at least twice as often (then that one);
//     with no city named it stays a country (a coarse leg).

// nearKm is the radius within which other places of the story count for a
// namesake, and beyond which an end of a leg not told as a flight or a
// voyage is too far from the rest of its trip (see farLegs).
const nearKm = 3000

// refiner maps place ids to the mention that stands for them.
type refiner struct {
	to     map[string]Mention // place id -> the place used instead
	placed map[string]string  // country id -> "Peru → Lima"
	mu     sync.Mutex         // guards used: articles are read in parallel
	used   map[string]bool    // country ids placed at a city in some move
}

// markUsed records that a country was placed at a city in some move.
func (r *refiner) markUsed(id string) {
	r.mu.Lock()
	r.used[id] = true
	r.mu.Unlock()
}

// countryOf is the country code of a mention: its Country, or the code of a
// "country:XX" id.
func countryOf(m Mention) string {
	if m.Country != "" {
		return m.Country
	}
	if c, ok := strings.CutPrefix(m.PlaceID, "country:"); ok {
		return c
	}
	return ""
}

// newRefiner reads the mentions of all docs.
func newRefiner(docs []Doc) *refiner {
	count := map[string]int{}
	first := map[string]Mention{}
	var ids []string // in order of first mention
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, m := range s.Mentions {
				if m.PlaceID == "" {
					continue
				}
				if _, ok := first[m.PlaceID]; !ok {
					first[m.PlaceID] = m
					ids = append(ids, m.PlaceID)
				}
				count[m.PlaceID]++
			}
		}
	}
	r := &refiner{to: map[string]Mention{}, placed: map[string]string{}, used: map[string]bool{}}
	// namesakes
	byName := map[string][]string{}
	var names []string
	for _, id := range ids {
		m := first[id]
		if coarseKinds[m.Kind] || m.Kind == "country" {
			continue
		}
		k := strings.ToLower(m.Name)
		if len(byName[k]) == 0 {
			names = append(names, k)
		}
		byName[k] = append(byName[k], id)
	}
	for _, k := range names {
		group := byName[k]
		if len(group) < 2 {
			continue
		}
		in := map[string]bool{}
		for _, id := range group {
			in[id] = true
		}
		best, bestScore := "", -1
		for _, id := range group {
			p := orb.Point{first[id].Lon, first[id].Lat}
			score := 0
			for _, o := range ids {
				if in[o] {
					continue
				}
				if geo.DistanceHaversine(p, orb.Point{first[o].Lon, first[o].Lat}) <= nearKm*1000 {
					score += count[o]
				}
			}
			if score > bestScore || score == bestScore && count[id] > count[best] {
				best, bestScore = id, score
			}
		}
		for _, id := range group {
			if id != best {
				r.to[id] = first[best]
			}
		}
	}
	// the city that stands for each country: its capital, unless another
	// city there is named at least twice as often (the most named one)
	cities, capitals := map[string]string{}, map[string]string{}
	for _, id := range ids {
		m := first[id]
		if _, moved := r.to[id]; moved || !cityKinds[m.Kind] || countryOf(m) == "" {
			continue
		}
		cc := countryOf(m)
		if m.Kind == "capital" && capitals[cc] == "" {
			capitals[cc] = id
		}
		b, ok := cities[cc]
		if !ok || count[id] > count[b] || count[id] == count[b] && m.Kind == "capital" && first[b].Kind != "capital" {
			cities[cc] = id
		}
	}
	for cc, c := range capitals {
		if count[cities[cc]] < 2*count[c] {
			cities[cc] = c
		}
	}
	for _, id := range ids {
		m := first[id]
		if m.Kind != "country" {
			continue
		}
		if c, ok := cities[countryOf(m)]; ok {
			r.to[id] = first[c]
			r.placed[id] = m.Name + " → " + first[c].Name
		}
	}
	return r
}

// notes says which countries were placed at a city.
func (r *refiner) notes() []string {
	var placed []string
	for id := range r.used {
		placed = append(placed, r.placed[id])
	}
	if len(placed) == 0 {
		return nil
	}
	sort.Strings(placed)
	return []string{lexicon.Count(len(placed), "country stop") + " placed at the city the articles name most there (approximate): " +
		strings.Join(placed, ", ")}
}

// place returns the mention used for m, told in sentence s: itself, or its
// namesake, or for a country a city of that country: one the same sentence
// names ("left Kenya from Mombasa"), else for an origin the traveller's last
// city there (last), else for a destination the first city there that the
// sentences after it name (ahead: "took off again for Poland. The plane
// landed at Rzeszow"), else the city the articles name most there.
func (r *refiner) place(m *Mention, s *Sentence, last *Mention, ahead ...Sentence) *Mention {
	if m == nil || r == nil {
		return m
	}
	if r.placed[m.PlaceID] != "" {
		cc := countryOf(*m)
		var c *Mention
		if s != nil {
			for k := range s.Mentions {
				if o := s.Mentions[k]; cityKinds[o.Kind] && o.Country == cc && r.to[o.PlaceID].PlaceID == "" {
					c = &o
					break
				}
			}
		}
		if c == nil && last != nil && cityKinds[last.Kind] && last.Country == cc {
			l := *last
			c = &l
		}
		for _, a := range ahead {
			for k := range a.Mentions {
				if o := a.Mentions[k]; c == nil && cityKinds[o.Kind] && o.Country == cc && r.to[o.PlaceID].PlaceID == "" {
					c = &o
				}
			}
		}
		if c != nil {
			r.markUsed(m.PlaceID)
			return c
		}
	}
	if c, ok := r.to[m.PlaceID]; ok {
		if r.placed[m.PlaceID] != "" {
			r.markUsed(m.PlaceID)
		}
		return &c
	}
	return m
}
