package analysis

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/quantity"
)

// areaKinds are place kinds too large to measure a distance to.
var areaKinds = map[string]bool{"country": true, "region": true, "continent": true, "sea": true, "ocean": true,
	"peninsula": true, "state": true, "province": true}

// stopRadius is how near a place must be to a route's stop to stand for it:
// a trip "from Pyongyang" starts at Pyongyang station.
const stopRadiusM = 15000

// stopNames names a route's stops for matching against a sentence: each
// stop's own name and the names of the non-area places within stopRadiusM
// of it.
func stopNames(s *story.Story, rt *story.Route, places []PlaceReport) []string {
	var names []string
	for _, id := range rt.Stops {
		stop := s.PlaceByID(id)
		if stop == nil {
			continue
		}
		names = append(names, stop.Name)
		at := orb.Point{stop.Lon, stop.Lat}
		for _, p := range places {
			if p.ID != stop.ID && !areaKinds[p.Kind] && geo.Distance(at, orb.Point{p.Lon, p.Lat}) <= stopRadiusM {
				names = append(names, p.Name)
			}
		}
	}
	return names
}

// checks compares stated distances and directions with the map. The places
// of a sentence are those geoparsing resolved in it (areas such as countries
// left out); a sentence that names a single place is measured from the
// article's focus place as well, so "his 420-mile trip from Pyongyang" in an
// article about Vladivostok is checked between the two.
func checks(s *story.Story, qs []quantity.Quantity, per []sourceResult, places []PlaceReport) []Check {
	out := []Check{}
	if len(qs) == 0 {
		return out
	}
	byID := map[string]PlaceReport{}
	for _, p := range places {
		byID[p.ID] = p
	}
	type key struct {
		source string
		text   string
	}
	// Only sentences that state a distance are ever looked up.
	distance := map[key]bool{}
	withDistance := map[string]bool{} // sources that state a distance
	for _, q := range qs {
		if q.Kind == quantity.Distance {
			distance[key{q.Source, q.Sentence}] = true
			withDistance[q.Source] = true
		}
	}
	if len(distance) == 0 {
		return out
	}
	inSentence := map[key][]quantity.Place{}
	for i, src := range s.Sources {
		if src.Article == nil || !withDistance[src.ID] {
			continue
		}
		focus, hasFocus := byID[per[i].focus]
		hasFocus = hasFocus && !areaKinds[focus.Kind]
		bySentence := map[int][]quantity.Place{}
		for _, m := range per[i].mentions {
			if areaKinds[m.kind] || !distance[key{src.ID, src.Article.Sentences[m.sentence].Text}] {
				continue
			}
			bySentence[m.sentence] = append(bySentence[m.sentence],
				quantity.Place{Name: m.name, Point: orb.Point{m.lon, m.lat}, Start: m.start, End: m.end})
		}
		for si, ps := range bySentence {
			if len(ps) == 1 && hasFocus && ps[0].Name != focus.Name {
				ps = append(ps, quantity.Place{Name: focus.Name, Point: orb.Point{focus.Lon, focus.Lat}, Start: -1, End: -1})
			}
			inSentence[key{src.ID, src.Article.Sentences[si].Text}] = ps
		}
	}
	routes := make([]quantity.Route, 0, len(s.Routes))
	for _, rt := range s.Routes {
		routes = append(routes, quantity.Route{Name: rt.Name, Line: rt.Line, Stops: stopNames(s, rt, places)})
	}
	// Checks asks per sentence; quantities of one source are checked together
	// so that the lookup knows which article a sentence belongs to.
	// Only distances are checked (quantity.Checks passes over the rest), so
	// only they are copied; sources keep the order of their first quantity.
	bySource := map[string][]quantity.Quantity{}
	var order []string
	for _, q := range qs {
		if _, ok := bySource[q.Source]; !ok {
			order = append(order, q.Source)
			bySource[q.Source] = nil
		}
		if q.Kind == quantity.Distance {
			bySource[q.Source] = append(bySource[q.Source], q)
		}
	}
	for _, src := range order {
		if len(bySource[src]) == 0 {
			continue
		}
		lookup := func(sentence string) []quantity.Place { return inSentence[key{src, sentence}] }
		for _, c := range quantity.Checks(bySource[src], lookup, quantity.RoutesByStops(routes)) {
			ck := Check{Text: c.Sentence, Source: c.Source, From: c.From, To: c.To,
				Stated:   Value(c.Stated),
				Computed: Computed{Value: round1(c.Computed.Value), Unit: c.Computed.Unit, Method: c.Computed.Method},
				Verdict:  c.Verdict}
			if c.Bearing != nil {
				ck.Bearing = &Bearing{Stated: c.Bearing.Stated, Computed: round1(c.Bearing.Computed), Verdict: c.Bearing.Verdict}
			}
			out = append(out, ck)
		}
	}
	return out
}
