package analysis

import (
	"fmt"
	"path"
	"strings"
	"testing"

	"github.com/storylens/storylens/internal/evalset"
	"github.com/storylens/storylens/story"
)

// The real-news evaluation set (internal/evalset): events told by several
// articles in our own words, with gold lists made by hand before any
// output was looked at. Targets are the issues' (geoparsing: place
// precision ≥ 0.95, recall ≥ 0.90, venues ≥ 0.8, no brand, person or
// organisation taken as a place; journey: stop recall ≥ 0.8 in order, the
// venue in ≥ 80 % of events, 2 of the 3 most shared claims, no false
// conflicts). The test fails below the floors, which are what Storylens
// measured when they were last raised (so that nothing gets worse); it
// logs every figure (go test -v -run RealNews ./story/analysis) and which
// targets are met.
type floors struct {
	precision, recall, venues, stops, eventsWithVenue, claims, legs float64
	notPlaces, falseConflicts                                       int
	// inOrder is the least number of events whose stops come in order.
	inOrder int
}

// realNewsFloor is the development set's figures (37 events, 169 articles)
// when session 6's eight new development events joined it, measured before
// any rule was written from them; raised as rules improve so nothing gets
// worse.
var realNewsFloor = floors{
	precision: 0.981, recall: 0.839, venues: 0.814, stops: 0.823, eventsWithVenue: 0.837, claims: 0.828, legs: 0.916,
	notPlaces: 1, falseConflicts: 0, inOrder: 33,
}

// heldOutFloor guards the held-out figures: 22 events, 110 articles,
// written by sessions that saw neither output nor rules (8 in session 5, 8
// in session 6, 6 in session 7), measured by the lead (totals only). At
// session 7's start: the 16 as at session 6's end (P 0.934, R 0.751, stops
// 0.72, legs 39 of 54, 30 not-places, 1 conflict), the session 7 six as
// written, on that code (P 0.951, R 0.810, venues 0.57, stops 0.54, in order
// 4 of 6, legs 11 of 22, venue found in 4 of 6, claims 0.61, 6 not-places, 2
// conflicts); all 22: P 0.939, R 0.766, venues 0.77, stops 0.67, in order
// 17, legs 50 of 76, venue events 68%, claims 0.71, 36 not-places, 3
// conflicts. Raised when rules raise them, so that nothing gets worse; see
// internal/evalset/README.md.
var heldOutFloor = floors{precision: 0.943, recall: 0.768, venues: 0.766, stops: 0.666, eventsWithVenue: 0.681, claims: 0.711,
	legs: 0.675, notPlaces: 29, falseConflicts: 3, inOrder: 17}

// eventScore is one event's figures.
type eventScore struct {
	slug                   string
	tp, fp, fn             int
	found                  int // places found in the articles (precision's denominator)
	venues, venuesFound    int
	stopRecall             float64
	legs, legsRight        int
	stopsInOrder           bool
	venueFound             bool
	claims, claimsFound    int
	notPlaces, conflicts   int
	missed, extra, falseNP []string
	// route is the gold stops against the inferred ones, and missedClaims
	// the gold claims no discovered claim matches (logged with -v).
	route        string
	missedClaims []string
	// conflictText says what each conflict compared (logged with -v).
	conflictText []string
}

func scoreEvent(t *testing.T, ev evalset.Event) eventScore {
	t.Helper()
	s, ps := story.LoadFS(ev.FS, ev.Slug)
	if ps.HasErrors() {
		t.Fatalf("%s: %v", ev.Slug, ps.Err())
	}
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rs := Resolve(s, r)
	sc := eventScore{slug: ev.Slug}
	byID := map[string]PlaceReport{}
	for _, p := range r.Places {
		byID[p.ID] = p
	}
	// found is a place as the scorer sees it, with the words the source
	// (all sources when "") used for it.
	foundIn := func(p PlaceReport, source string) evalset.Found {
		f := evalset.Found{Name: p.Name, Lat: p.Lat, Lon: p.Lon, Kind: p.Kind, Approximate: p.Approximate, Precision: p.Precision}
		for _, e := range p.Evidence {
			if (source == "" || e.Source == source) && len(e.Match) == 2 && e.Match[0] >= 0 && e.Match[0] < e.Match[1] && e.Match[1] <= len(e.Text) {
				f.Surface = append(f.Surface, e.Text[e.Match[0]:e.Match[1]])
			}
		}
		return f
	}
	found := func(p PlaceReport) evalset.Found { return foundIn(p, "") }
	var all []evalset.Found
	for _, p := range r.Places {
		all = append(all, found(p))
	}
	// Places, per article.
	for _, a := range ev.Gold.Articles {
		id := strings.TrimSuffix(a.File, path.Ext(a.File))
		var got []evalset.Found
		for _, sr := range r.Sources {
			if sr.ID == id {
				for _, pid := range sr.Places {
					got = append(got, foundIn(byID[pid], id))
				}
			}
		}
		tp, missed, extra := evalset.Match(a.Places, got)
		sc.tp += tp
		sc.found += len(got)
		sc.fn += len(missed)
		sc.fp += len(extra)
		for _, m := range missed {
			sc.missed = append(sc.missed, a.File+":"+m.Name)
		}
		for _, e := range extra {
			sc.extra = append(sc.extra, fmt.Sprintf("%s:%s(%s)", a.File, e.Name, e.Kind))
		}
	}
	// Venues.
	for _, v := range ev.Gold.Venues {
		sc.venues++
		if evalset.VenueFound(v, all) {
			sc.venuesFound++
		}
	}
	var venues []evalset.Found
	for _, v := range r.Venues {
		venues = append(venues, evalset.Found{Name: v.Name, Lat: v.Lat, Lon: v.Lon, Kind: "venue", Approximate: v.Approximate, Precision: byID[v.ID].Precision})
	}
	for _, v := range ev.Gold.Venues {
		if evalset.VenueFound(v, venues) {
			sc.venueFound = true
		}
	}
	// The route: the inferred routes' stops, in order.
	var stops []evalset.Found
	for _, rt := range rs.Routes {
		for _, id := range rt.Stops {
			if p, ok := byID[id]; ok {
				stops = append(stops, found(p))
			}
		}
	}
	sc.stopRecall, sc.stopsInOrder = evalset.StopRecall(ev.Gold.Route.Stops, stops)
	var gold, got []string
	for _, g := range ev.Gold.Route.Stops {
		gold = append(gold, g.Name)
	}
	for _, f := range stops {
		got = append(got, f.Name)
	}
	sc.route = strings.Join(gold, " > ") + "  |  found: " + strings.Join(got, " > ")
	// Leg precision: a leg is right when both its ends are stops of the
	// gold route.
	isStop := func(id string) bool {
		p, ok := byID[id]
		if !ok {
			return false
		}
		for _, g := range ev.Gold.Route.Stops {
			if evalset.SamePlace(g, found(p)) {
				return true
			}
		}
		return false
	}
	for _, rt := range r.Routes {
		for _, l := range rt.Legs {
			sc.legs++
			if isStop(l.From) && isStop(l.To) {
				sc.legsRight++
			}
		}
	}
	// Claims.
	for _, g := range ev.Gold.Claims {
		sc.claims++
		found := false
		for _, c := range r.Claims {
			if evalset.ClaimFound(g, c.Label, c.Sources) {
				sc.claimsFound++
				found = true
				break
			}
		}
		if !found {
			sc.missedClaims = append(sc.missedClaims, fmt.Sprintf("%q %v", g.Label, g.Articles))
		}
	}
	// Place-like phrases that are not places.
	for _, p := range r.Places {
		for _, e := range p.Evidence {
			if len(e.Match) != 2 || e.Match[0] < 0 || e.Match[1] > len(e.Text) {
				continue
			}
			for _, np := range ev.Gold.NotPlaces {
				for off := 0; ; {
					i := strings.Index(e.Text[off:], np)
					if i < 0 {
						break
					}
					i += off
					if e.Match[0] >= i && e.Match[1] <= i+len(np) {
						sc.notPlaces++
						sc.falseNP = append(sc.falseNP, fmt.Sprintf("%q in %q", p.Name, np))
					}
					off = i + len(np)
				}
			}
		}
	}
	sc.conflicts = len(r.Conflicts)
	for _, c := range r.Conflicts {
		sc.conflictText = append(sc.conflictText, fmt.Sprintf("%s %v %v: %s", c.About, c.Values, c.Sources, c.Verdict))
	}
	return sc
}

// totals are the figures of a set of events.
type totals struct {
	events, articles                                          int
	precision, recall, venues, stops, eventsWithVenue, claims float64
	legs                                                      float64
	inOrder, legsRight, legsAll, notPlaces, conflicts         int
}

// scoreSet scores every event and returns the totals, which it logs. With
// perEvent it logs the per-event table too (and, with -v, each event's
// misses); the held-out set is scored without, so that no one reads more of
// it than its totals, even when its test fails.
func scoreSet(t *testing.T, events []evalset.Event, perEvent bool) totals {
	var tp, fp, fn, found, venues, venuesFound, withVenue, claims, claimsFound, notPlaces, conflicts, legs, legsRight int
	var stopSum float64
	inOrder, routeOK := 0, 0 // in order; in order with stop recall ≥ 0.8
	logf := func(format string, args ...any) {
		if perEvent {
			t.Logf(format, args...)
		}
	}
	logf("%-40s %5s %5s %7s %6s %6s %7s %6s %7s %4s %4s", "event", "P", "R", "venues", "stops", "order", "legs", "venue", "claims", "NP", "conf")
	for _, ev := range events {
		sc := scoreEvent(t, ev)
		tp, fp, fn, found = tp+sc.tp, fp+sc.fp, fn+sc.fn, found+sc.found
		venues, venuesFound = venues+sc.venues, venuesFound+sc.venuesFound
		claims, claimsFound = claims+sc.claims, claimsFound+sc.claimsFound
		notPlaces, conflicts = notPlaces+sc.notPlaces, conflicts+sc.conflicts
		stopSum += sc.stopRecall
		legs, legsRight = legs+sc.legs, legsRight+sc.legsRight
		if sc.stopsInOrder {
			inOrder++
			if sc.stopRecall >= 0.8 {
				routeOK++
			}
		}
		if sc.venueFound {
			withVenue++
		}
		logf("%-40s %5.2f %5.2f %3d/%-3d %6.2f %6v %3d/%-3d %6v %3d/%-3d %4d %4d", sc.slug,
			evalset.Ratio(sc.found-sc.fp, sc.found), evalset.Ratio(sc.tp, sc.tp+sc.fn), sc.venuesFound, sc.venues,
			sc.stopRecall, sc.stopsInOrder, sc.legsRight, sc.legs, sc.venueFound, sc.claimsFound, sc.claims, sc.notPlaces, sc.conflicts)
		if testing.Verbose() {
			logf("    missed: %s", strings.Join(sc.missed, ", "))
			logf("    extra:  %s", strings.Join(sc.extra, ", "))
			logf("    route:  %s", sc.route)
			for _, c := range sc.missedClaims {
				logf("    claim missed: %s", c)
			}
			for _, c := range sc.conflictText {
				logf("    conflict: %s", c)
			}
			if len(sc.falseNP) > 0 {
				logf("    not places taken: %s", strings.Join(sc.falseNP, ", "))
			}
		}
	}
	n := float64(len(events))
	tot := totals{events: len(events), articles: countArticles(events),
		precision: evalset.Ratio(found-fp, found), recall: evalset.Ratio(tp, tp+fn), venues: evalset.Ratio(venuesFound, venues),
		stops: stopSum / n, eventsWithVenue: float64(withVenue) / n, claims: evalset.Ratio(claimsFound, claims),
		legs: evalset.Ratio(legsRight, legs), inOrder: inOrder, legsRight: legsRight, legsAll: legs,
		notPlaces: notPlaces, conflicts: conflicts}
	t.Logf("ALL %d events, %d articles: place precision %.3f (target 0.95), recall %.3f (0.90); venues %.2f (0.8); "+
		"stop recall %.2f (0.8), in order in %d of %d; legs between gold stops %d of %d; venue found in %.0f%% of events (80%%); claims %.2f (2 of 3 = 0.67); "+
		"not-places taken %d (0); conflicts %d (0)",
		tot.events, tot.articles, tot.precision, tot.recall, tot.venues, tot.stops, inOrder, len(events), legsRight, legs,
		tot.eventsWithVenue*100, tot.claims, notPlaces, conflicts)
	t.Logf("routes with stop recall ≥ 0.8 in order: %d of %d events", routeOK, len(events))
	return tot
}

// checkFloors fails the test when a figure falls below its floor.
func checkFloors(t *testing.T, tot totals, f floors) {
	check := func(name string, got, floor float64) {
		if got < floor {
			t.Errorf("%s %.3f fell below its floor %.3f", name, got, floor)
		}
	}
	check("place precision", tot.precision, f.precision)
	check("place recall", tot.recall, f.recall)
	check("venues", tot.venues, f.venues)
	check("stop recall", tot.stops, f.stops)
	check("events with their venue", tot.eventsWithVenue, f.eventsWithVenue)
	check("claims", tot.claims, f.claims)
	check("legs between gold stops", tot.legs, f.legs)
	if tot.notPlaces > f.notPlaces {
		t.Errorf("%d place-like phrases taken as places, floor %d", tot.notPlaces, f.notPlaces)
	}
	if tot.conflicts > f.falseConflicts {
		t.Errorf("%d conflicts, floor %d", tot.conflicts, f.falseConflicts)
	}
	if tot.inOrder < f.inOrder {
		t.Errorf("stops in order in %d events, floor %d", tot.inOrder, f.inOrder)
	}
}

func TestRealNews(t *testing.T) {
	events, err := evalset.Events()
	if err != nil {
		t.Fatal(err)
	}
	if len(events) < 8 {
		t.Fatalf("%d events in the evaluation set, want at least 8", len(events))
	}
	checkFloors(t, scoreSet(t, events, true), realNewsFloor)
}

// TestRealNewsHeldOut scores the held-out events (internal/evalset/heldout),
// which nobody looked at while developing: their figures estimate how
// Storylens does on articles it was not developed against.
func TestRealNewsHeldOut(t *testing.T) {
	events, err := evalset.HeldOut()
	if err != nil {
		t.Fatal(err)
	}
	if len(events) < 3 {
		t.Fatalf("%d held-out events, want at least 3", len(events))
	}
	checkFloors(t, scoreSet(t, events, false), heldOutFloor)
}

func countArticles(evs []evalset.Event) int {
	n := 0
	for _, e := range evs {
		n += len(e.Gold.Articles)
	}
	return n
}
