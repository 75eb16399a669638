package itinerary

import (
	"fmt"
	"sort"
	"time"

	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/internal/workers"
	"github.com/storylens/storylens/story/article"
	"github.com/storylens/storylens/story/geoparse"
)

// FromArticle makes a Doc from a parsed article and the places geoparse
// found in it. A date that is not YYYY-MM-DD leaves Doc.Date zero.
func FromArticle(source string, a *article.Article, r geoparse.ArticleResult) Doc {
	d := Doc{Source: source}
	if a == nil {
		return d
	}
	if t, err := time.Parse(time.DateOnly, a.Date); err == nil {
		d.Date = t
	}
	d.Sentences = make([]Sentence, len(a.Sentences))
	for i, s := range a.Sentences {
		d.Sentences[i] = Sentence{Index: i, Text: s.Text}
	}
	for _, m := range r.Mentions {
		if m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
			continue
		}
		s := &d.Sentences[m.Sentence]
		s.Mentions = append(s.Mentions, Mention{PlaceID: m.PlaceID, Name: m.Name, Kind: m.Kind,
			Lat: m.Lat, Lon: m.Lon, Start: m.Start, End: m.End})
	}
	return d
}

// Extract finds the journeys and the venue told by a set of articles. It
// never fails: bad offsets, empty text and unknown dates give a thinner
// result, and Result.Notes say why. Everything it returns is inferred from
// text by rules and is approximate.
func Extract(docs []Doc, opt Options) *Result {
	res := &Result{}
	ref := newRefiner(docs)
	names := &nameWords{docs: docs}
	names.index()
	vs, hops, dated := readDocs(docs, ref, names, opt.workers(len(docs)))
	// What follows needs the hops, not the docs: with no use of docs below
	// this line, the collector may free a big story's sentences and
	// mentions while the trips and their lines are built.
	nDocs := len(docs)
	res.Venues = vs.venues()
	switch {
	case nDocs == 0:
		res.Notes = append(res.Notes, "no articles")
	case len(hops) == 0:
		res.Notes = append(res.Notes, "no movement found")
	case !dated:
		res.Notes = append(res.Notes, "no dates: legs are ordered by text only and form one trip")
	}
	display := canonicalTravellers(hops)
	assignTravellers(hops)
	joinCompanions(hops, opt.tripGap())
	// trips per traveller, in order of first appearance
	var who []string
	byWho := map[string][]hop{}
	for _, h := range hops {
		if _, ok := byWho[h.traveller]; !ok {
			who = append(who, h.traveller)
		}
		byWho[h.traveller] = append(byWho[h.traveller], h)
	}
	main := mainTraveller(hops)
	type tripAt struct {
		t     Trip
		main  bool // of the main traveller
		first time.Time
		order int
	}
	var all []tripAt
	orphans, legless, outbound := 0, 0, 0
	// the place of the event itself stays a stop of the trips
	event := ""
	if len(res.Venues) > 0 && !res.Venues[0].Approximate {
		event = res.Venues[0].PlaceID
	}
	for _, w := range who {
		for _, tb := range groupTrips(byWho[w], opt.tripGap()) {
			t, st := buildTrip(tb, event)
			orphans += st.orphans
			outbound += st.outbound
			if len(t.Legs) == 0 {
				legless++ // places reached, but no origin: no journey to draw
				continue
			}
			t.Traveller = display[w]
			first := 0
			if len(tb.hops) > 0 {
				first = tb.hops[0].order
			}
			all = append(all, tripAt{t, w == main, tb.first, first})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.main != b.main {
			return a.main
		}
		if a.first.IsZero() != b.first.IsZero() {
			return !a.first.IsZero()
		}
		if !a.first.Equal(b.first) {
			return a.first.Before(b.first)
		}
		return a.order < b.order
	})
	for _, d := range all {
		t := d.t
		t.ID = fmt.Sprintf("trip-%d", len(res.Trips)+1)
		res.Trips = append(res.Trips, t)
	}
	drawLegs(res.Trips, opt, opt.workers(nDocs))
	res.Notes = append(res.Notes, ref.notes()...)
	if orphans > 0 {
		res.Notes = append(res.Notes, lexicon.Count(orphans, "arrival")+" with no known origin")
	}
	if outbound > 0 {
		res.Notes = append(res.Notes, lexicon.Count(outbound, "trip")+pick(outbound, " starts where it returns", " start where they return")+" to: no departure is told, the outbound leg is inferred from the return")
	}
	if legless > 0 {
		res.Notes = append(res.Notes, lexicon.Count(legless, "trip")+" left out: "+pick(legless, "its traveller reaches a place", "their travellers reach places")+" but no article says from where")
	}
	if len(res.Venues) == 0 && nDocs > 0 {
		res.Notes = append(res.Notes, "no venue found")
	}
	return res
}

// mainTraveller is the traveller whom most sources move (ties: the one with
// more moves, then the first seen): the story's journey is theirs, and
// their trips come first.
func mainTraveller(hs []hop) string {
	srcs := map[string]map[string]bool{}
	moves := map[string]int{}
	var order []string
	for _, h := range hs {
		if srcs[h.traveller] == nil {
			srcs[h.traveller] = map[string]bool{}
			order = append(order, h.traveller)
		}
		srcs[h.traveller][h.ev.Source] = true
		moves[h.traveller]++
	}
	best := ""
	for i, w := range order {
		if i == 0 || len(srcs[w]) > len(srcs[best]) || len(srcs[w]) == len(srcs[best]) && moves[w] > moves[best] {
			best = w
		}
	}
	return best
}

// readDocs turns every article into hops and venue candidates, on workers
// goroutines: each article is read on its own (its own venue set and text
// order), then the results are joined in article order, so the outcome is
// the same whatever the number of workers.
func readDocs(docs []Doc, ref *refiner, names *nameWords, nworkers int) (*venueSet, []hop, bool) {
	type docOut struct {
		hops []hop
		vs   *venueSet
	}
	outs := make([]docOut, len(docs))
	read := func(di int) {
		vs := newVenueSet()
		vs.startDoc()
		order := 0
		outs[di] = docOut{hops: docHops(di, docs[di], &order, vs, ref, names), vs: vs}
	}
	workers.Each(len(docs), max(nworkers, 1), read)
	vs := newVenueSet()
	n := 0
	for _, o := range outs {
		for _, h := range o.hops {
			if h.from != nil || h.to != nil {
				n++
			}
		}
	}
	hops := make([]hop, 0, n) // exact: a big story has millions
	dated := false
	base := 0
	for di, o := range outs {
		outs[di] = docOut{} // merged below: each article's own sets can go
		if !docs[di].Date.IsZero() {
			dated = true
		}
		for _, h := range o.hops {
			h.order += base
			if !h.date.IsZero() {
				dated = true
			}
			if h.from != nil || h.to != nil {
				hops = append(hops, h)
			}
		}
		base += len(o.hops)
		vs.merge(o.vs)
	}
	return vs, hops, dated
}

// drawLegs sets every leg's Geometry and CrossesLand (Trip.line). A sea
// leg may be routed by Options.SeaRoute, which may keep a budget: the sea
// legs are drawn one after another in trip order, as they come, while the
// others (great circles and straight runs, each on its own) are shared
// among nworkers goroutines; the lines are the same whatever nworkers is.
func drawLegs(trips []Trip, opt Options, nworkers int) {
	type at struct{ trip, leg int }
	var sea, other []at
	for ti, t := range trips {
		for li, l := range t.Legs {
			if l.Mode == ModeSea {
				sea = append(sea, at{ti, li})
			} else {
				other = append(other, at{ti, li})
			}
		}
	}
	draw := func(a at) {
		t := trips[a.trip]
		l := &t.Legs[a.leg]
		l.Geometry, l.CrossesLand = t.line(*l, opt)
	}
	seaDone := make(chan struct{})
	go func() {
		defer close(seaDone)
		for _, a := range sea {
			draw(a)
		}
	}()
	workers.Each(len(other), max(nworkers, 1), func(i int) { draw(other[i]) })
	<-seaDone
}

func countLegs(ts []Trip) int {
	n := 0
	for _, t := range ts {
		n += len(t.Legs)
	}
	return n
}

// pick is one when n is 1, else other.
func pick(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}
