package edit

import (
	"math"
	"slices"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/itinerary"
)

// lineThroughStops draws a line through the stops' places, as the analysis
// draws an inferred leg (itinerary.Trip.Line): straight lon/lat segments
// for rail and road, great-circle arcs (a point every 50 km at most, via
// orb/geo) for air, sea and an unknown mode. Longitudes past ±180 (an arc
// over the antimeridian) are brought back into range, as story.Validate
// requires. nil for fewer than two stops.
func lineThroughStops(s *story.Story, stops []string, mode string) orb.LineString {
	if len(stops) < 2 {
		return nil
	}
	var trip itinerary.Trip
	for _, id := range stops {
		if p := s.PlaceByID(id); p != nil {
			trip.Stops = append(trip.Stops, itinerary.Stop{PlaceID: p.ID, Name: p.Name, Lat: p.Lat, Lon: p.Lon})
		}
	}
	leg := itinerary.Leg{From: stops[0], Via: stops[1 : len(stops)-1], To: stops[len(stops)-1], Mode: mode}
	ls := trip.Line(leg)
	for i, p := range ls {
		if p[0] > 180 || p[0] < -180 {
			lon := math.Mod(p[0]+180, 360)
			if lon < 0 {
				lon += 360
			}
			ls[i][0] = lon - 180
		}
	}
	return ls
}

// drawnThroughStops reports whether r's line is the one lineThroughStops
// draws for its stops and mode (so it should follow when they change).
func drawnThroughStops(s *story.Story, r *story.Route) bool {
	return len(r.Stops) >= 2 && slices.Equal(r.Line, lineThroughStops(s, r.Stops, r.Mode))
}

// stopsProvenance is the provenance of a line drawn through the stops.
func stopsProvenance(mode string) string {
	if mode == "rail" || mode == "road" {
		return StraightThroughStops
	}
	return ArcsThroughStops
}
