package analysis

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/internal/evalset"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/itinerary"
	"github.com/storylens/storylens/story/searoute"
)

// maxLandRunKm is the most land a drawn sea leg may cross in one stretch,
// its ends' own land aside: the mask's cells are 5-10 km, and a route may
// cut land narrower than about half a cell.
const maxLandRunKm = 25.0

// endSlackKm is the land a sea leg may cross at each end: from a port
// placed at its city to its harbour (searoute.MaxSnapKm), with a cell of
// margin.
const endSlackKm = searoute.MaxSnapKm + 10

// longestLandRun is searoute.LongestLandKm with slack km at each end.
func longestLandRun(l orb.LineString, slack float64) float64 {
	return searoute.LongestLandKm(l, slack)
}

// maxJoinKm is the longest straight join drawn between a sea leg and the
// leg before or after it (the route is one line through its legs): a sea
// leg whose end was moved to the sea starts away from its stop.
const maxJoinKm = 150.0

// Every sea leg the development events' articles yield is drawn at sea:
// each leg's line, sampled against the land mask, crosses no more than
// maxLandRunKm of land (its ends' harbours aside), and the join the route
// draws to the legs beside it, from the same stop, is short.
func TestRealNewsSeaLegsAtSea(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: analyses the 29 development events")
	}
	evs, err := evalset.Events()
	if err != nil {
		t.Fatal(err)
	}
	seaLegs := 0
	for _, ev := range evs {
		s, ps := story.LoadFS(ev.FS, ev.Slug)
		if ps.HasErrors() {
			t.Fatalf("%s: %v", ev.Slug, ps.Err())
		}
		for _, tr := range tripsOf(t, s) {
			var legs []itinerary.Leg
			for _, l := range tr.Legs {
				if l.From != "" && l.To != "" && len(l.Geometry) >= 2 {
					legs = append(legs, l)
				}
			}
			for i, l := range legs {
				if l.Mode != itinerary.ModeSea {
					continue
				}
				seaLegs++
				name := ev.Slug + ": " + l.From + " → " + l.To
				if km := longestLandRun(l.Geometry, endSlackKm); km > maxLandRunKm {
					t.Errorf("%s: crosses %.0f km of land", name, km)
				}
				if i > 0 && legs[i-1].To == l.From {
					prev := legs[i-1].Geometry
					if d := geo.Distance(prev[len(prev)-1], l.Geometry[0]) / 1000; d > maxJoinKm {
						t.Errorf("%s: starts %.0f km from where the leg before ends", name, d)
					}
				}
				if i+1 < len(legs) && legs[i+1].From == l.To {
					if d := geo.Distance(l.Geometry[len(l.Geometry)-1], legs[i+1].Geometry[0]) / 1000; d > maxJoinKm {
						t.Errorf("%s: ends %.0f km from where the leg after starts", name, d)
					}
				}
				t.Logf("%s: %d points, %.0f km", name, len(l.Geometry), geo.LengthHaversine(l.Geometry)/1000)
			}
		}
	}
	if seaLegs == 0 {
		t.Fatal("no sea leg in the development events")
	}
	t.Logf("%d sea legs checked", seaLegs)
}

// tripsOf is the trips Run infers for s, with each leg's own line.
func tripsOf(t *testing.T, s *story.Story) []itinerary.Trip {
	t.Helper()
	geo, err := newPlaceFinder(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	per := make([]sourceResult, len(s.Sources))
	for i := range s.Sources {
		per[i] = analyseSource(s.Sources[i], geo)
	}
	unifyVenues(per)
	return extractJourney(s, per).Trips
}
