package itinerary

import (
	"fmt"
	"sort"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// tripBuild collects the hops of one trip.
type tripBuild struct {
	hops   []hop
	first  time.Time
	last   time.Time
	origin string          // place id the trip starts from
	ended  bool            // a leg returned to origin
	keys   map[string]bool // from>to keys
	places map[string]bool // place ids reached or left
}

func (t *tripBuild) knows(h hop) bool {
	if k := h.key(); k != "" {
		return t.keys[k]
	}
	if h.to != nil {
		return t.places[h.to.PlaceID]
	}
	if h.from != nil {
		return t.places[h.from.PlaceID]
	}
	return false
}

func (t *tripBuild) add(h hop) {
	t.hops = append(t.hops, h)
	if !h.when.IsZero() {
		if t.first.IsZero() || h.when.Before(t.first) {
			t.first = h.when
		}
		if h.when.After(t.last) {
			t.last = h.when
		}
	}
	if k := h.key(); k != "" {
		t.keys[k] = true
		if t.origin == "" {
			t.origin = h.from.PlaceID
		}
		// a move the text gives no time (its place in the trip is
		// unknown) does not end it
		if h.to.PlaceID == t.origin && !h.byArticle {
			t.ended = true
		}
	} else if h.from != nil && t.origin == "" {
		t.origin = h.from.PlaceID
	}
	for _, m := range []*Mention{h.from, h.to} {
		if m != nil {
			t.places[m.PlaceID] = true
		}
	}
}

// groupTrips splits hops into trips: in date order, a new trip starts when
// the gap to the trip's last date is larger than gap, or when the trip has
// returned to its origin and the hop tells nothing the trip already has.
// Hops without any date join the trip of the previous hop of their article
// (or the first trip); so do hops dated only by their article's date when
// an earlier hop of the article joined a trip.
func groupTrips(hs []hop, gap time.Duration) []*tripBuild {
	sort.SliceStable(hs, func(i, j int) bool {
		a, b := hs[i], hs[j]
		if a.when.IsZero() != b.when.IsZero() {
			return !a.when.IsZero()
		}
		if !a.when.Equal(b.when) {
			return a.when.Before(b.when)
		}
		return a.order < b.order
	})
	var trips []*tripBuild
	newTrip := func() *tripBuild {
		t := &tripBuild{keys: map[string]bool{}, places: map[string]bool{}}
		trips = append(trips, t)
		return t
	}
	lastOfDoc := map[int]*tripBuild{}
	var cur *tripBuild
	for _, h := range hs {
		if h.when.IsZero() {
			t := lastOfDoc[h.doc]
			if t == nil {
				if len(trips) == 0 {
					newTrip()
				}
				t = trips[0]
			}
			t.add(h)
			lastOfDoc[h.doc] = t
			continue
		}
		// a move the text gives no time, in an article whose earlier
		// moves joined a trip, is that trip's: its article's date says
		// only when it was told ("A motorcade took him to the palace" in
		// a recap written after the trip ended)
		if t := lastOfDoc[h.doc]; h.byArticle && t != nil && t == cur && !t.last.IsZero() && h.when.Sub(t.last) <= gap {
			t.add(h)
			continue
		}
		if cur == nil || h.when.Sub(cur.last) > gap || cur.ended && !cur.knows(h) {
			cur = newTrip()
		}
		cur.add(h)
		lastOfDoc[h.doc] = cur
	}
	return trips
}

// legBuild collects the hops of one leg.
type legBuild struct {
	leg       Leg
	modeVotes map[string]int
	dateVotes map[string]int
	firstWhen time.Time
	// textWhen is the earliest time the text gives a hop of the leg (a
	// date, a month or a year), zero when every hop has only its
	// article's date
	textWhen time.Time
	order    int
	seen     map[string]bool // source/sentence of evidence
	vias     map[string]bool
	places   map[string]Mention
	told     bool // some evidence tells the leg as done (not only planned)
	back     bool // made by a way back told as "the same way": no arrival alone joins it
	stated   bool // some evidence is a departure with both ends (hop.stated)
}

func (lb *legBuild) add(h hop) {
	if !h.planned {
		lb.told = true
	}
	if h.stated {
		lb.stated = true
	}
	if h.mode != "" {
		lb.modeVotes[h.mode] += h.rank
	}
	if !h.date.IsZero() {
		lb.dateVotes[h.date.Format(time.DateOnly)]++
	}
	if h.ret {
		lb.leg.Return = true
	}
	if !h.when.IsZero() && (lb.firstWhen.IsZero() || h.when.Before(lb.firstWhen)) {
		lb.firstWhen = h.when
	}
	if !h.when.IsZero() && !h.byArticle && (lb.textWhen.IsZero() || h.when.Before(lb.textWhen)) {
		lb.textWhen = h.when
	}
	for _, v := range h.via {
		if !lb.vias[v.PlaceID] && v.PlaceID != lb.leg.From && v.PlaceID != lb.leg.To {
			lb.vias[v.PlaceID] = true
			lb.leg.Via = append(lb.leg.Via, v.PlaceID)
			lb.places[v.PlaceID] = v
		}
	}
	k := fmt.Sprintf("%s\x00%d", h.ev.Source, h.ev.Sentence)
	if !lb.seen[k] {
		lb.seen[k] = true
		lb.leg.Evidence = append(lb.leg.Evidence, h.ev)
	}
	for _, s := range lb.leg.Sources {
		if s == h.ev.Source {
			return
		}
	}
	lb.leg.Sources = append(lb.leg.Sources, h.ev.Source)
}

// airKm is the length from which a leg no word gives a mode is flown.
const airKm = 1500

// finish sets the voted mode and date: the mode with the most weight (verbs
// 3, vehicles 2, infrastructure 1; ties in alphabetical order), else air for
// a leg of airKm or more between two points (not areas); the date most
// sources give (ties: the earliest).
func (lb *legBuild) finish() {
	best := 0
	for _, m := range []string{ModeAir, ModeRail, ModeRoad, ModeSea} {
		if v := lb.modeVotes[m]; v > best {
			best, lb.leg.Mode = v, m
		}
	}
	// no word tells the mode of a leg of 1,500 km or more between two
	// settlements or airports: travellers cover that by air ("the pope
	// left Rome for Edmonton")
	if lb.leg.Mode == "" {
		a, okA := lb.places[lb.leg.From]
		b, okB := lb.places[lb.leg.To]
		if okA && okB && !coarseKinds[a.Kind] && !coarseKinds[b.Kind] && distKm(a, b) >= airKm {
			lb.leg.Mode = ModeAir
		}
	}
	n := 0
	for d, v := range lb.dateVotes {
		if v > n || v == n && d < lb.leg.Date {
			n, lb.leg.Date = v, d
		}
	}
}

// buildStats count what buildTrip could not tell or inferred.
type buildStats struct {
	orphans  int // arrivals with no known origin
	outbound int // outbound legs inferred from a return home (0 or 1)
}

// buildTrip merges the hops of one trip into legs and orders them.
func buildTrip(tb *tripBuild, event string) (Trip, buildStats) {
	legs := map[string]*legBuild{}
	var order []*legBuild
	places := map[string]Mention{}
	newLeg := func(from, to Mention, h hop) *legBuild {
		lb := &legBuild{leg: Leg{From: from.PlaceID, To: to.PlaceID}, modeVotes: map[string]int{},
			dateVotes: map[string]int{}, order: h.order, seen: map[string]bool{}, vias: map[string]bool{},
			places: places, back: h.back}
		legs[from.PlaceID+">"+to.PlaceID] = lb
		order = append(order, lb)
		places[from.PlaceID], places[to.PlaceID] = from, to
		return lb
	}
	// 1. hops with origin and destination
	for _, h := range tb.hops {
		if k := h.key(); k != "" {
			lb := legs[k]
			if lb == nil && h.earlier {
				// a flashback to a place the trip reaches: evidence only
				lb = findLeg(order, "", h.to.PlaceID)
			}
			if lb == nil {
				lb = newLeg(*h.from, *h.to, h)
			}
			lb.add(h)
		}
	}
	// 1b. a move home goes to the trip's first origin: a leg from where it
	// starts when that is elsewhere, else an arrival there alone
	var first *legBuild
	for _, lb := range order {
		if first == nil || !lb.firstWhen.IsZero() && (first.firstWhen.IsZero() || lb.firstWhen.Before(first.firstWhen)) {
			first = lb
		}
	}
	for i := range tb.hops {
		h := &tb.hops[i]
		if !h.home || h.to != nil || first == nil {
			continue
		}
		origin := places[first.leg.From]
		if coarseKinds[origin.Kind] {
			continue
		}
		m := origin
		h.to = &m
		if h.from != nil && h.from.PlaceID == origin.PlaceID {
			h.from = nil
		}
		if k := h.key(); k != "" {
			lb := legs[k]
			if lb == nil {
				lb = newLeg(*h.from, *h.to, *h)
			}
			lb.add(*h)
		}
	}
	// 2. departures and arrivals alone: evidence of a leg that has that
	// origin or destination, else a leg from the place the traveller reached
	// or left last before (by date; undated: last in text order).
	var dangling []Mention
	type left struct {
		m    Mention
		at   time.Time
		when int64
		ord  int
	}
	var departures []left
	orphans := 0
	arrivedAlone := map[string]bool{} // arrivals with no known origin
	for _, h := range tb.hops {
		if h.key() != "" || h.home && h.to == nil {
			continue
		}
		switch {
		case h.to != nil:
			// a return alone ("the night journey back to Poland") is
			// evidence of a return there, never of the outbound leg that
			// reached the place first
			if lb := findArrival(order, h.to.PlaceID, h.ret); lb != nil {
				lb.add(h)
				continue
			}
			if h.earlier {
				dangling = append(dangling, *h.to) // a flashback makes no leg of its own
				continue
			}
			// an undated arrival comes after everything; an undated leg or
			// departure counts as before the arrival
			hw := unixOr(h.when, 1<<62)
			prev, best := (*Mention)(nil), left{when: -1 << 62, ord: -1}
			consider := func(c left) {
				before := c.when < hw || c.when == hw && c.ord < h.order
				if before && (c.when > best.when || c.when == best.when && c.ord > best.ord) {
					m := c.m
					prev, best = &m, c
				}
			}
			if !coarseKinds[h.to.Kind] { // "visit Russia" alone makes no leg
				for _, lb := range order {
					if to := places[lb.leg.To]; !coarseKinds[to.Kind] {
						consider(left{m: to, when: unixOr(lb.firstWhen, hw), ord: lb.order})
					}
				}
				for _, d := range departures {
					if !coarseKinds[d.m.Kind] {
						consider(left{m: d.m, when: unixOr(d.at, hw), ord: d.ord})
					}
				}
			}
			if prev != nil && prev.PlaceID != h.to.PlaceID {
				lb := newLeg(*prev, *h.to, h)
				lb.add(h)
			} else if len(h.via) > 0 && h.via[0].PlaceID != h.to.PlaceID && !coarseKinds[h.via[0].Kind] {
				// "After a stop in A Coruña, the ship reached Lisbon", with
				// nothing known before: the leg starts at the stop
				from := h.via[0]
				h.via = h.via[1:]
				lb := newLeg(from, *h.to, h)
				lb.add(h)
			} else {
				dangling = append(dangling, *h.to)
				orphans++
				arrivedAlone[h.to.PlaceID] = true
				// a place reached is where the next arrival comes from (not
				// one reached in a flashback)
				if !h.earlier {
					departures = append(departures, left{m: *h.to, at: h.when, ord: h.order})
				}
			}
		case h.from != nil:
			if lb := findLeg(order, h.from.PlaceID, ""); lb != nil {
				lb.add(h)
				continue
			}
			departures = append(departures, left{m: *h.from, at: h.when, ord: h.order})
			dangling = append(dangling, *h.from)
		}
	}
	order = dropFar(mergeCoarseEnds(dropContradicted(order, places), places), places)
	for _, lb := range order {
		lb.finish()
	}
	sortLegs(order)
	// venues and airports folded into their city, in travel order
	order = foldLocal(order, places, event)
	for _, lb := range order {
		lb.finish()
		lb.leg.Coarse = coarseKinds[places[lb.leg.From].Kind] || coarseKinds[places[lb.leg.To].Kind]
	}
	sortLegs(order)
	order, outbound := outboundFromHome(order, places, arrivedAlone)
	var t Trip
	for _, lb := range order {
		t.Legs = append(t.Legs, lb.leg)
	}
	t.Stops = stopsOf(t.Legs, places)
	if len(t.Stops) == 0 {
		seen := map[string]bool{}
		for _, m := range dangling {
			if !seen[m.PlaceID] {
				seen[m.PlaceID] = true
				t.Stops = append(t.Stops, stopOf(m, ""))
			}
		}
	}
	st := buildStats{orphans: orphans}
	if outbound {
		st.outbound = 1
	}
	return t, st
}

// findArrival is the first leg to place to; for a return, the first return
// leg there (an outbound leg to it is another journey).
func findArrival(order []*legBuild, to string, ret bool) *legBuild {
	for _, lb := range order {
		if lb.leg.To == to && (!ret || lb.leg.Return) && !lb.back {
			return lb
		}
	}
	return nil
}

func findLeg(order []*legBuild, from, to string) *legBuild {
	for _, lb := range order {
		if (from == "" || lb.leg.From == from) && (to == "" || lb.leg.To == to) {
			return lb
		}
	}
	return nil
}

// sortLegs orders legs by date; an undated leg goes right after the dated
// leg that arrives where it starts (or right before the first one on or
// after its article's date that leaves where it ends), else by the article
// date; an undated leg from the place a return leg goes to (home) comes
// first; return legs go after outbound
// legs of the same date; then text order.
func sortLegs(ls []*legBuild) {
	type key struct {
		t   time.Time
		sub int
	}
	keys := map[*legBuild]key{}
	home := map[string]bool{} // where return legs go
	var first time.Time       // the earliest date of a leg
	for _, lb := range ls {
		if lb.leg.Return {
			home[lb.leg.To] = true
		}
		if lb.leg.Date != "" {
			d, _ := time.Parse(time.DateOnly, lb.leg.Date)
			keys[lb] = key{t: d}
			if first.IsZero() || d.Before(first) {
				first = d
			}
		}
	}
	// the trip's origin (where its first dated leg leaves from) and last date
	var origin string
	var last time.Time
	for _, lb := range ls {
		if lb.leg.Date == "" {
			continue
		}
		if t := keys[lb].t; t.Equal(first) && origin == "" {
			origin = lb.leg.From
		}
		if t := keys[lb].t; t.After(last) {
			last = t
		}
	}
	// a place a dated leg leaves after the trip's first day is a stop on
	// the way, not home ("flying back to Santiago for the night", then "on
	// the 18th he goes north to Iquique" from Santiago)
	for _, lb := range ls {
		if lb.leg.Date != "" && keys[lb].t.After(first) {
			delete(home, lb.leg.From)
		}
	}
	for _, lb := range ls {
		if lb.leg.Date != "" {
			continue
		}
		k := key{t: lb.firstWhen, sub: 0}
		// told with no time in an article written before the trip's first
		// dated leg (a preview): it comes after that leg, not before it
		if lb.textWhen.IsZero() && !first.IsZero() && lb.firstWhen.Before(first) {
			k = key{t: first, sub: 1}
		}
		var before *legBuild // the first dated leg on or after it that leaves where it ends
		after := false
		for _, o := range ls {
			if o.leg.Date == "" {
				continue
			}
			if o.leg.To == lb.leg.From {
				k, after = key{t: keys[o].t, sub: 1}, true
				break
			}
			if o.leg.From == lb.leg.To && (before == nil || !keys[o].t.Before(lb.firstWhen) &&
				(keys[before].t.Before(lb.firstWhen) || keys[o].t.Before(keys[before].t))) {
				before = o
			}
		}
		if !after && before != nil {
			k = key{t: keys[before].t, sub: -1}
		}
		// leaving the place the trip returns to ("the flight home to
		// Washington") starts the trip
		if !lb.leg.Return && home[lb.leg.From] && !first.IsZero() {
			k = key{t: first, sub: -2}
		}
		// the way home to where the trip started, with no date, ends it
		// ("fly back to Rome" after a stop the trip made twice)
		if lb.leg.Return && lb.leg.To == origin && origin != "" {
			k = key{t: last, sub: 2}
		}
		keys[lb] = k
	}
	sort.SliceStable(ls, func(i, j int) bool {
		a, b := keys[ls[i]], keys[ls[j]]
		if !a.t.Equal(b.t) {
			return a.t.Before(b.t)
		}
		if a.sub != b.sub {
			return a.sub < b.sub
		}
		if ls[i].leg.Return != ls[j].leg.Return {
			return !ls[i].leg.Return
		}
		return ls[i].order < ls[j].order
	})
}

// stopsOf walks the ordered legs: each leg's origin (when it is not where
// the previous leg ended), its via places, its destination. A stop's date is
// the date of the leg that reaches it (the first stop: of the leg leaving it).
func stopsOf(legs []Leg, places map[string]Mention) []Stop {
	var out []Stop
	prev := ""
	for _, l := range legs {
		if l.From != prev {
			out = append(out, stopOf(places[l.From], l.Date))
		}
		for _, v := range l.Via {
			out = append(out, stopOf(places[v], ""))
		}
		out = append(out, stopOf(places[l.To], l.Date))
		prev = l.To
	}
	return out
}

func stopOf(m Mention, date string) Stop {
	return Stop{PlaceID: m.PlaceID, Name: m.Name, Lat: m.Lat, Lon: m.Lon, Date: date}
}

// unixOr is t in Unix seconds, or def when t is zero.
func unixOr(t time.Time, def int64) int64 {
	if t.IsZero() {
		return def
	}
	return t.Unix()
}

// dropFar leaves out legs with an end farther than nearKm from every other
// place of the trip, unless a flight or a voyage is told (an air or sea
// word of weight 2 or more: "flew", "flight", "sailed") or a departure
// with both ends ("left Bali for Washington"): a namesake on
// another continent ("Athens" in Georgia in a story about Greece) or an
// aside ("since the trip to Kyiv"), unless a told flight or voyage of the
// trip has that place as an end. Trips of fewer than three places keep all
// their legs.
func dropFar(ls []*legBuild, places map[string]Mention) []*legBuild {
	var ids []string
	seen := map[string]bool{}
	for _, lb := range ls {
		for _, id := range append([]string{lb.leg.From, lb.leg.To}, lb.leg.Via...) {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	if len(ids) < 3 {
		return ls
	}
	isFar := map[string]bool{}
	for i, id := range ids {
		p := places[id]
		isFar[id] = true
		for j, o := range ids {
			if j == i {
				continue
			}
			q := places[o]
			if geo.DistanceHaversine(orb.Point{p.Lon, p.Lat}, orb.Point{q.Lon, q.Lat}) <= nearKm*1000 {
				isFar[id] = false
				break
			}
		}
	}
	told := func(lb *legBuild) bool { return lb.modeVotes[ModeAir] >= 2 || lb.modeVotes[ModeSea] >= 2 || lb.stated }
	// a far place that a told flight or voyage of the trip reaches or
	// leaves is the trip's ("flew home to Beijing"): its other legs to it
	// stay too ("arrived in Kazakhstan, leaving China")
	flown := map[string]bool{}
	for _, lb := range ls {
		if told(lb) {
			flown[lb.leg.From], flown[lb.leg.To] = true, true
		}
	}
	far := func(id string) bool { return isFar[id] && !flown[id] }
	out := ls[:0]
	for _, lb := range ls {
		if !told(lb) && (far(lb.leg.From) || far(lb.leg.To)) {
			continue
		}
		out = append(out, lb)
	}
	return out
}

// dropContradicted leaves out planned legs ("will fly from Lima to Cusco on
// Monday") that a leg told as done contradicts: one from the same origin
// to another place on the same date ("On Monday she flew from Lima to
// Santiago instead"), or on any date when the planned leg has none.
// Planned legs that nothing contradicts count like the others; a leg to
// the country, region or river the planned destination is in ("flew over
// the Amazon" for "will fly to Manaus") is vaguer, not another
// destination, and contradicts nothing; nor does a move inside the city
// ("a motorcade took him to the palace" does not cancel the flight home).
func dropContradicted(ls []*legBuild, places map[string]Mention) []*legBuild {
	date := func(lb *legBuild) string {
		d, n := "", 0
		for k, v := range lb.dateVotes {
			if v > n || v == n && k < d {
				d, n = k, v
			}
		}
		return d
	}
	out := ls[:0:0]
	for _, lb := range ls {
		if !lb.told {
			contradicted := false
			for _, o := range ls {
				if o != lb && o.told && o.leg.From == lb.leg.From && o.leg.To != lb.leg.To && !within(places[lb.leg.To], places[o.leg.To]) &&
					!inCity(places[o.leg.From], places[o.leg.To]) &&
					(date(lb) == "" || date(lb) == date(o)) {
					contradicted = true
					break
				}
			}
			if contradicted {
				continue
			}
		}
		out = append(out, lb)
	}
	return out
}

// coarseMergeKm is how far a settlement may lie from the point of a
// country or region and still be taken for where in it a leg ends.
const coarseMergeKm = 1500

// mergeCoarseEnds folds a leg with a country or region end into the leg
// that tells the same move finely: the same other end, a settlement of
// that country within coarseMergeKm of the area's point, and no other date
// ("leaves Alberta for Quebec City" and "arrived in Quebec from Edmonton"
// on the same Wednesday are one leg, Edmonton > Quebec City). The fine leg
// takes the coarse one's evidence, sources and votes.
func mergeCoarseEnds(ls []*legBuild, places map[string]Mention) []*legBuild {
	out := ls[:0:0]
	for _, lb := range ls {
		from, to := places[lb.leg.From], places[lb.leg.To]
		var into *legBuild
		for _, o := range ls {
			if o == lb || !sameOrNoDate(lb, o) {
				continue
			}
			of, ot := places[o.leg.From], places[o.leg.To]
			switch {
			case coarseKinds[from.Kind] && !coarseKinds[to.Kind] && o.leg.To == lb.leg.To && !coarseKinds[of.Kind] &&
				within(of, from) && distKm(of, from) <= coarseMergeKm:
				into = o
			case coarseKinds[to.Kind] && !coarseKinds[from.Kind] && o.leg.From == lb.leg.From && !coarseKinds[ot.Kind] &&
				within(ot, to) && distKm(ot, to) <= coarseMergeKm:
				into = o
			}
			if into != nil {
				break
			}
		}
		if into == nil {
			out = append(out, lb)
			continue
		}
		into.absorb(lb)
	}
	return out
}

// sameOrNoDate is true when two legs have no different dates: one has none,
// or they share one.
func sameOrNoDate(a, b *legBuild) bool {
	if len(a.dateVotes) == 0 || len(b.dateVotes) == 0 {
		return true
	}
	for d := range a.dateVotes {
		if b.dateVotes[d] > 0 {
			return true
		}
	}
	return false
}

// within is true when area is a country, region or river that place may be
// in: one of its country, or of no known country.
func within(place, area Mention) bool {
	if !coarseKinds[area.Kind] {
		return false
	}
	cc := countryOf(area)
	return cc == "" || cc == countryOf(place)
}
