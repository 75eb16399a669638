package edit

import (
	"slices"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story"
)

// Provenance notes written by route operations.
const (
	// DrawnByUser is the provenance of a line the user drew (DrawRoute).
	DrawnByUser = "drawn by the user (approximate)"
	// StraightThroughStops is the provenance of a rail, road line drawn
	// through the route's stops.
	StraightThroughStops = "drawn by Storylens through the stops in straight lines (approximate)"
	// ArcsThroughStops is the provenance of an air, sea or unknown-mode line
	// drawn through the route's stops.
	ArcsThroughStops = "drawn by Storylens through the stops in great-circle arcs (approximate)"
)

// AcceptRoute makes a route Storylens inferred the story's own (Origin
// story), keeping its geometry, Approximate and provenance. Accepting a
// route the user had rejected takes it off the rejected list.
type AcceptRoute struct{ ID string }

// RejectRoute removes a route and records its id under RejectedRoutesKey,
// so that analysing the articles again does not bring it back. A route that
// steps show is refused unless FromSteps is true, which clears it from
// them.
type RejectRoute struct {
	ID        string
	FromSteps bool
}

// AddStop inserts place Place into route Route's stops at index At (0
// first, len(Stops) last). With two stops or more the line is drawn again
// through the stops (see lineThroughStops); with fewer it is kept.
type AddStop struct {
	Route string
	At    int
	Place string
}

// RemoveStop removes the stop at index At of route Route; the line is drawn
// again through the stops left when there are two or more.
type RemoveStop struct {
	Route string
	At    int
}

// MoveStop moves the stop at index From of route Route to index To, and
// draws the line again through the stops.
type MoveStop struct {
	Route    string
	From, To int
}

// SetRouteMode sets a route's mode (rail, road, air, sea, or "" for
// unknown). A line that was drawn through the stops is drawn again for the
// new mode; a line drawn by hand or from data is kept.
type SetRouteMode struct{ ID, Mode string }

// DrawRoute sets the line of route ID to Points as the user drew them
// (at least 2 valid positions), creating the route when there is none with
// that id. Name and Mode, when not empty, are set too. The route is the
// story's own, approximate, with provenance DrawnByUser; its stops are
// kept.
type DrawRoute struct {
	ID, Name, Mode string
	Points         []orb.Point
}

// Describe implements Op.
func (AcceptRoute) Describe() string { return "accept route" }

// Describe implements Op.
func (RejectRoute) Describe() string { return "reject route" }

// Describe implements Op.
func (AddStop) Describe() string { return "add stop" }

// Describe implements Op.
func (RemoveStop) Describe() string { return "remove stop" }

// Describe implements Op.
func (MoveStop) Describe() string { return "move stop" }

// Describe implements Op.
func (SetRouteMode) Describe() string { return "set route mode" }

// Describe implements Op.
func (DrawRoute) Describe() string { return "draw route" }

func (op AcceptRoute) apply(s *story.Story) error {
	i := routeIndex(s, op.ID)
	if i < 0 {
		return noRoute(op, op.ID)
	}
	r := *s.Routes[i]
	if r.Origin == "" || r.Origin == story.OriginStory {
		return refuse(op, "route %q is already the story's own", op.ID)
	}
	r.Origin = story.OriginStory
	s.Routes = replaced(s.Routes, i, &r)
	s.Extra = withoutRejected(s.Extra, RejectedRoutesKey, op.ID)
	return nil
}

func (op RejectRoute) apply(s *story.Story) error {
	i := routeIndex(s, op.ID)
	if i < 0 {
		return noRoute(op, op.ID)
	}
	var steps []int
	for j, st := range s.Steps {
		if st.Route != nil && *st.Route == op.ID {
			steps = append(steps, j)
		}
	}
	if len(steps) > 0 && !op.FromSteps {
		fix := op
		fix.FromSteps = true
		return refuseFix(op, fix, "clear it from them too?", "route %q is shown by %s", op.ID, stepNumbers(steps))
	}
	if len(steps) > 0 {
		out := slices.Clone(s.Steps)
		for _, j := range steps {
			out[j].Route = nil
		}
		s.Steps = out
	}
	s.Routes = removed(s.Routes, i)
	s.Extra = withRejected(s.Extra, RejectedRoutesKey, op.ID)
	return nil
}

// setStops gives route i the stops and, with two or more, the line drawn
// through them.
func setStops(s *story.Story, i int, stops []string) {
	r := *s.Routes[i]
	r.Stops = nilIfEmpty(stops)
	if len(stops) >= 2 {
		r.Line = lineThroughStops(s, stops, r.Mode)
		r.Approximate = true
		r.Provenance = stopsProvenance(r.Mode)
	}
	s.Routes = replaced(s.Routes, i, &r)
}

func (op AddStop) apply(s *story.Story) error {
	i := routeIndex(s, op.Route)
	if i < 0 {
		return noRoute(op, op.Route)
	}
	if placeIndex(s, op.Place) < 0 {
		return noPlace(op, op.Place)
	}
	stops := s.Routes[i].Stops
	if op.At < 0 || op.At > len(stops) {
		return refuse(op, "position %d is out of range 0..%d", op.At, len(stops))
	}
	setStops(s, i, inserted(stops, op.At, op.Place))
	return nil
}

func (op RemoveStop) apply(s *story.Story) error {
	i := routeIndex(s, op.Route)
	if i < 0 {
		return noRoute(op, op.Route)
	}
	stops := s.Routes[i].Stops
	if op.At < 0 || op.At >= len(stops) {
		return refuse(op, "route %q has no stop at position %d", op.Route, op.At)
	}
	setStops(s, i, removed(stops, op.At))
	return nil
}

func (op MoveStop) apply(s *story.Story) error {
	i := routeIndex(s, op.Route)
	if i < 0 {
		return noRoute(op, op.Route)
	}
	stops := s.Routes[i].Stops
	if op.From < 0 || op.From >= len(stops) {
		return refuse(op, "route %q has no stop at position %d", op.Route, op.From)
	}
	if op.To < 0 || op.To >= len(stops) {
		return refuse(op, "position %d is out of range 0..%d", op.To, len(stops)-1)
	}
	setStops(s, i, moved(stops, op.From, op.To))
	return nil
}

func (op SetRouteMode) apply(s *story.Story) error {
	i := routeIndex(s, op.ID)
	if i < 0 {
		return noRoute(op, op.ID)
	}
	if !validMode(op.Mode) {
		return refuse(op, "route mode %q is not rail, road, air or sea", op.Mode)
	}
	old := s.Routes[i]
	r := *old
	r.Mode = op.Mode
	if drawnThroughStops(s, old) {
		r.Line = lineThroughStops(s, r.Stops, r.Mode)
		r.Provenance = stopsProvenance(r.Mode)
	}
	s.Routes = replaced(s.Routes, i, &r)
	return nil
}

func (op DrawRoute) apply(s *story.Story) error {
	if op.ID == "" {
		return refuse(op, "the route has no id")
	}
	if !validMode(op.Mode) {
		return refuse(op, "route mode %q is not rail, road, air or sea", op.Mode)
	}
	if len(op.Points) < 2 {
		return refuse(op, "a route needs at least 2 points, got %d", len(op.Points))
	}
	for j, p := range op.Points {
		if msg := checkLonLat(p[0], p[1]); msg != "" {
			return refuse(op, "point %d: %s", j+1, msg)
		}
	}
	r := story.Route{ID: op.ID}
	i := routeIndex(s, op.ID)
	if i >= 0 {
		r = *s.Routes[i]
	}
	if op.Name != "" {
		r.Name = op.Name
	}
	if op.Mode != "" {
		r.Mode = op.Mode
	}
	r.Line = slices.Clone(orb.LineString(op.Points))
	r.Provenance, r.Approximate, r.Origin = DrawnByUser, true, story.OriginStory
	if i >= 0 {
		s.Routes = replaced(s.Routes, i, &r)
	} else {
		s.Routes = inserted(s.Routes, len(s.Routes), &r)
	}
	s.Extra = withoutRejected(s.Extra, RejectedRoutesKey, op.ID)
	return nil
}

func validMode(m string) bool {
	switch m {
	case "", "rail", "road", "air", "sea":
		return true
	}
	return false
}
