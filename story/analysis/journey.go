package analysis

import (
	"fmt"
	"strings"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/internal/sphere"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/frame"
	"github.com/storylens/storylens/story/geoparse"
	"github.com/storylens/storylens/story/itinerary"
)

// LegReport is one movement of an inferred trip.
type LegReport struct {
	From     string     `json:"from"`
	To       string     `json:"to"`
	Via      []string   `json:"via,omitempty"`
	Mode     string     `json:"mode"` // air, rail, road, sea or ""
	Date     string     `json:"date,omitempty"`
	Return   bool       `json:"return,omitempty"`
	LengthKm float64    `json:"lengthKm"`
	Sources  []string   `json:"sources"`
	Evidence []Evidence `json:"evidence"`
}

// VenueReport is a place where the event happens.
type VenueReport struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Lat         float64    `json:"lat"`
	Lon         float64    `json:"lon"`
	Origin      string     `json:"origin"` // "story" or "inferred"
	Approximate bool       `json:"approximate,omitempty"`
	Score       float64    `json:"score,omitempty"`
	Sources     []string   `json:"sources"`
	Evidence    []Evidence `json:"evidence"`
}

// journey is what the itinerary extractor made of the articles, ready for
// the report and for Resolve.
type journey struct {
	routes []*story.Route
	legs   map[string][]LegReport // by route id
	venues []VenueReport
	// venueDays are, by venue id, the days its evidence sentences name
	// (one per sentence that names exactly one: "the Mass at the stadium
	// on July 26").
	venueDays map[string][]string
	notes     []string
}

// findJourney reads the movements and the venue from the articles
// (story/itinerary) using the places the analysis found in them.
func findJourney(s *story.Story, per []sourceResult) *journey {
	return journeyOf(s, per, extractJourney(s, per))
}

// extractJourney runs the itinerary extractor on the articles of s, each
// with the places the analysis found in it.
func extractJourney(s *story.Story, per []sourceResult) *itinerary.Result {
	docs := make([]itinerary.Doc, 0, len(s.Sources))
	countryOf := placeCountry()
	for i, src := range s.Sources {
		if src.Article == nil {
			continue
		}
		docs = append(docs, journeyDoc(src, per[i].mentions, countryOf))
	}
	return itinerary.Extract(docs, itinerary.Options{SeaRoute: newSeaRouter().route})
}

// journeyOf is the journey of res ready for the report: a route per trip
// with legs, the venues that are not countries or seas. It takes each leg's
// geometry from res (into its route's line, so that the vertices are held
// once).
func journeyOf(s *story.Story, per []sourceResult, res *itinerary.Result) *journey {
	j := &journey{legs: map[string][]LegReport{}, notes: res.Notes}
	for _, t := range res.Trips {
		if len(t.Legs) == 0 {
			continue
		}
		rt := &story.Route{ID: "inferred-" + t.ID, Origin: story.OriginInferred, Approximate: true}
		modes := map[string]int{}
		var names []string
		for _, st := range t.Stops {
			rt.Stops = append(rt.Stops, st.PlaceID)
			names = append(names, st.Name)
		}
		nEvidence, srcs := 0, map[string]bool{}
		nPoints := 0
		for _, l := range t.Legs {
			nPoints += len(l.Geometry)
		}
		rt.Line = make(orb.LineString, 0, nPoints) // legs of great-circle arcs: thousands of points, one allocation
		for li := range t.Legs {
			l := &t.Legs[li]
			if l.From == "" || l.To == "" || (l.From == l.To && len(l.Via) == 0) {
				l.Geometry = nil
				continue // no known origin, or going nowhere
			}
			modes[l.Mode]++
			rt.Line = appendLine(rt.Line, l.Geometry)
			lr := LegReport{From: l.From, To: l.To, Via: l.Via, Mode: l.Mode, Date: l.Date, Return: l.Return,
				LengthKm: round1(geo.LengthHaversine(l.Geometry) / 1000), Sources: append([]string{}, l.Sources...)}
			l.Geometry = nil // copied into rt.Line: a big story's legs have millions of vertices, held once
			for _, e := range l.Evidence {
				lr.Evidence = append(lr.Evidence, evidenceOf(s, e))
				nEvidence++
			}
			for _, src := range l.Sources {
				srcs[src] = true
			}
			j.legs[rt.ID] = append(j.legs[rt.ID], lr)
		}
		if len(rt.Line) < 2 {
			continue
		}
		rt.Mode = mainMode(modes)
		rt.Name = routeName(names)
		rt.Provenance = fmt.Sprintf("inferred by Storylens from %s in %s; drawn through the stops named (air legs as great circles), approximate", lexicon.Count(nEvidence, "sentence"), lexicon.Count(len(srcs), "source"))
		j.routes = append(j.routes, rt)
	}
	kinds := kindsOf(per)
	for _, v := range res.Venues {
		if k := kinds[v.PlaceID]; k == "country" || frame.CoarseKind(k) {
			continue // a country or a sea is not where an event happens
		}
		id := v.PlaceID
		if id == "" {
			// A venue phrase no gazetteer has, placed at the place it is in.
			if v.Lat == 0 && v.Lon == 0 {
				continue
			}
			id = "venue:" + story.Slug(v.Name)
		}
		vr := VenueReport{ID: id, Name: v.Name, Lat: v.Lat, Lon: v.Lon, Origin: story.OriginInferred,
			Approximate: v.Approximate, Score: v.Score, Sources: append([]string{}, v.Sources...), Evidence: []Evidence{}}
		for _, e := range v.Evidence {
			vr.Evidence = append(vr.Evidence, evidenceOf(s, e))
			if e.Day != "" {
				if j.venueDays == nil {
					j.venueDays = map[string][]string{}
				}
				j.venueDays[id] = append(j.venueDays[id], e.Day)
			}
		}
		j.venues = append(j.venues, vr)
	}
	return j
}

// journeyDoc is one article as the itinerary extractor reads it: its
// sentences (their text shared with the article) and the places found in
// them. The mentions of all its sentences share one backing array of
// exactly their number (a big story has millions; appending them one by
// one left up to half of each sentence's slice spare).
func journeyDoc(src *story.Source, ms []mention, countryOf func(string) string) itinerary.Doc {
	a := src.Article
	d := itinerary.Doc{Source: src.ID, Date: parseDay(src.Date)}
	d.Sentences = make([]itinerary.Sentence, len(a.Sentences))
	count := make([]int32, len(a.Sentences))
	n := 0
	for _, m := range ms {
		if m.sentence >= 0 && m.sentence < len(count) {
			count[m.sentence]++
			n++
		}
	}
	all := make([]itinerary.Mention, n)
	at := 0
	for j, sent := range a.Sentences {
		c := int(count[j])
		d.Sentences[j] = itinerary.Sentence{Index: j, Text: sent.Text}
		if c > 0 {
			d.Sentences[j].Mentions = all[at : at : at+c]
			at += c
		}
	}
	var country string
	var last *mentionPlace
	for _, m := range ms {
		if m.sentence < 0 || m.sentence >= len(d.Sentences) {
			continue
		}
		if m.mentionPlace != last {
			last, country = m.mentionPlace, countryOf(m.placeID)
		}
		ds := &d.Sentences[m.sentence]
		ds.Mentions = append(ds.Mentions, itinerary.Mention{PlaceID: m.placeID, Name: m.name, Kind: m.kind,
			Lat: m.lat, Lon: m.lon, Start: m.start, End: m.end, Approximate: m.approximate, Country: country})
	}
	return d
}

// placeCountry returns a function giving the country code of a gazetteer
// place id (a venue's: of the place it is in), "" when unknown.
func placeCountry() func(id string) string {
	g, err := geoparse.Default()
	if err != nil || g == nil {
		return func(string) string { return "" }
	}
	return func(id string) string {
		if i := strings.LastIndex(id, "@"); strings.HasPrefix(id, "venue:") && i >= 0 {
			id = id[i+1:]
		}
		if p, ok := g.Place(id); ok {
			return p.CC
		}
		return ""
	}
}

// kindsOf maps each place id the articles mention to the kind of its first
// mention.
func kindsOf(per []sourceResult) map[string]string {
	kinds := map[string]string{}
	for _, r := range per {
		for _, m := range r.mentions {
			if _, ok := kinds[m.placeID]; !ok {
				kinds[m.placeID] = m.kind
			}
		}
	}
	return kinds
}

// evidenceOf turns an itinerary evidence into a report Evidence (with the
// sentence's line).
func evidenceOf(s *story.Story, e itinerary.Evidence) Evidence {
	ev := Evidence{Source: e.Source, Text: e.Text}
	if src := s.SourceByID(e.Source); src != nil && src.Article != nil && e.Sentence >= 0 && e.Sentence < len(src.Article.Sentences) {
		ev.Line = src.Article.Sentences[e.Sentence].Line
	}
	return ev
}

// appendLine joins b to a, dropping b's first point when it repeats a's
// last. Each leg's longitudes are continuous from its own origin, so b is
// moved by whole turns to go on from a's last point: after Sydney → Apia
// (151 to 188), Apia → London starts at 188, not at -172, and the route has
// no jump of a turn that a map would draw across the world.
func appendLine(a, b orb.LineString) orb.LineString {
	if len(a) == 0 || len(b) == 0 {
		return append(a, b...)
	}
	last := a[len(a)-1]
	shift := sphere.Near(b[0][0], last[0]) - b[0][0]
	if (orb.Point{b[0][0] + shift, b[0][1]}) == last {
		b = b[1:]
	}
	for _, p := range b {
		a = append(a, orb.Point{p[0] + shift, p[1]})
	}
	return a
}

// mainMode is the mode most legs take ("" when none is known or two
// modes tie: each leg then has its own).
func mainMode(modes map[string]int) string {
	best, n, tie := "", 0, false
	for m, c := range modes {
		if m == "" {
			continue
		}
		switch {
		case c > n:
			best, n, tie = m, c, false
		case c == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// routeName names a route by its stops: "Bergen – Plymouth – Lisbon", or
// the first two, "…" and the last beyond five.
func routeName(names []string) string {
	if len(names) > 5 {
		names = []string{names[0], names[1], "…", names[len(names)-1]}
	}
	return strings.Join(names, " – ")
}

// parseDay reads a YYYY-MM-DD date (zero time otherwise).
func parseDay(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}
	}
	return t
}
