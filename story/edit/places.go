package edit

import (
	"slices"
	"strings"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/geoparse"
)

// Provenance notes written by place operations.
const (
	// MovedByUser begins the provenance of a place the user moved.
	MovedByUser = "moved by the user"
	// PinnedByUser begins the provenance of a venue the user pinned.
	PinnedByUser = "position pinned by the user"
	// PlacedByUser is the provenance of a place added with a map click
	// (PlaceAt).
	PlacedByUser = "placed by the user on the map (approximate)"
)

// MovePlace moves a place to Lon, Lat. The position is then the user's: the
// place becomes the story's own (Origin story), exact (Approximate false,
// Precision ""), and its provenance says "moved by the user" followed by
// what it said before. Routes drawn through their stops (see AddStop) that
// stop there are drawn again.
type MovePlace struct {
	ID       string
	Lon, Lat float64
}

// RenamePlace sets a place's name. The old name becomes an alias, so that
// the articles' mentions of it still count.
type RenamePlace struct{ ID, Name string }

// SetPlaceKind sets a place's kind (city, town, station, venue, ...).
type SetPlaceKind struct{ ID, Kind string }

// DeletePlace removes a place and records its id under RejectedPlacesKey,
// so that analysing the articles again does not bring it back. A place
// that steps or the venues name is refused unless FromSteps is true, which
// removes it from them too; a place that is a route's stop is refused
// (the refusal's fix removes the stops too).
type DeletePlace struct {
	ID        string
	FromSteps bool
}

// AddPlace adds a place (a gazetteer result, or PlaceAt for a map click).
// Its id must be new (UniqueID makes one), its name not empty and its
// position valid. Adding a place the user had deleted takes it off the
// rejected list.
type AddPlace struct{ Place story.Place }

// PinVenue gives a venue (a place in Story.VenueIDs or of kind "venue") its
// exact position, typically one the articles only placed at its city:
// Approximate false, Precision "", Origin story, provenance "position
// pinned by the user".
type PinVenue struct {
	ID       string
	Lon, Lat float64
}

// SetVenues sets the places where the event happens (distinct place ids;
// empty means every place of kind "venue").
type SetVenues struct{ IDs []string }

// Describe implements Op.
func (MovePlace) Describe() string { return "move place" }

// Describe implements Op.
func (RenamePlace) Describe() string { return "rename place" }

// Describe implements Op.
func (SetPlaceKind) Describe() string { return "set place kind" }

// Describe implements Op.
func (DeletePlace) Describe() string { return "delete place" }

// Describe implements Op.
func (AddPlace) Describe() string { return "add place" }

// Describe implements Op.
func (PinVenue) Describe() string { return "pin venue" }

// Describe implements Op.
func (SetVenues) Describe() string { return "set venues" }

// PlaceAt returns a place for a map click at lon, lat named name, with an
// id no item of s uses: the story's own, approximate (it is hand-placed),
// with provenance PlacedByUser. Add it with AddPlace.
func PlaceAt(s *story.Story, name string, lon, lat float64) story.Place {
	return story.Place{ID: UniqueID(s, name), Name: name, Lon: lon, Lat: lat,
		Provenance: PlacedByUser, Approximate: true}
}

// PlaceFromGazetteer returns a place for a gazetteer entry the user chose:
// the entry's id when no item of s uses it (so that analysing the articles
// again finds the same place rather than a second one), its name, kind and
// position, Origin gazetteer, with a provenance naming the entry. Add it
// with AddPlace.
func PlaceFromGazetteer(s *story.Story, g geoparse.Place) story.Place {
	id := g.ID
	if id == "" || taken(s, id) {
		id = UniqueID(s, g.Name)
	}
	return story.Place{ID: id, Name: g.Name, Kind: g.Kind, Lon: g.Lon, Lat: g.Lat, Origin: story.OriginGazetteer,
		Provenance: "gazetteer entry " + g.ID + ", chosen by the user (see the About box for its sources)"}
}

func (op MovePlace) apply(s *story.Story) error {
	return placeAt(op, s, op.ID, op.Lon, op.Lat, MovedByUser)
}

func (op PinVenue) apply(s *story.Story) error {
	i := placeIndex(s, op.ID)
	if i < 0 {
		return noPlace(op, op.ID)
	}
	if !slices.Contains(s.VenueIDs(), op.ID) && s.Places[i].Kind != "venue" {
		return refuseFix(op, MovePlace(op), "move it instead?", "place %q is not a venue", op.ID)
	}
	return placeAt(op, s, op.ID, op.Lon, op.Lat, PinnedByUser)
}

// placeAt gives place id the user's position lon, lat with the provenance
// note, and draws again the routes drawn through their stops that stop
// there.
func placeAt(op Op, s *story.Story, id string, lon, lat float64, note string) error {
	i := placeIndex(s, id)
	if i < 0 {
		return noPlace(op, id)
	}
	if msg := checkLonLat(lon, lat); msg != "" {
		return refuse(op, "%s", msg)
	}
	old := s.Places[i]
	p := *old
	p.Lon, p.Lat = lon, lat
	p.Approximate, p.Precision, p.Origin = false, "", story.OriginStory
	p.Provenance = userProvenance(note, old)
	// Which routes follow the place is decided on the state before the move.
	var follow []int
	for j, r := range s.Routes {
		if slices.Contains(r.Stops, id) && drawnThroughStops(s, r) {
			follow = append(follow, j)
		}
	}
	s.Places = replaced(s.Places, i, &p)
	for _, j := range follow {
		r := *s.Routes[j]
		r.Line = lineThroughStops(s, r.Stops, r.Mode)
		s.Routes = replaced(s.Routes, j, &r)
	}
	return nil
}

// userProvenance is note followed by what the place's provenance said
// before the user placed it (once: a place moved twice does not repeat it).
func userProvenance(note string, old *story.Place) string {
	before := old.Provenance
	if strings.HasPrefix(before, MovedByUser) || strings.HasPrefix(before, PinnedByUser) {
		if _, rest, ok := strings.Cut(before, "; before: "); ok {
			before = rest
		} else {
			before = ""
		}
	}
	if before == "" {
		return note
	}
	return note + "; before: " + before
}

func (op RenamePlace) apply(s *story.Story) error {
	i := placeIndex(s, op.ID)
	if i < 0 {
		return noPlace(op, op.ID)
	}
	if strings.TrimSpace(op.Name) == "" {
		return refuse(op, "a place needs a name")
	}
	p := *s.Places[i]
	if p.Name != op.Name && !strings.EqualFold(p.Name, op.Name) && p.Name != "" &&
		!slices.ContainsFunc(p.Aliases, func(a string) bool { return strings.EqualFold(a, p.Name) }) {
		p.Aliases = append(slices.Clone(p.Aliases), p.Name)
	}
	p.Name = op.Name
	s.Places = replaced(s.Places, i, &p)
	return nil
}

func (op SetPlaceKind) apply(s *story.Story) error {
	i := placeIndex(s, op.ID)
	if i < 0 {
		return noPlace(op, op.ID)
	}
	p := *s.Places[i]
	p.Kind = op.Kind
	s.Places = replaced(s.Places, i, &p)
	return nil
}

func (op DeletePlace) apply(s *story.Story) error {
	i := placeIndex(s, op.ID)
	if i < 0 {
		return noPlace(op, op.ID)
	}
	steps := usedBy(s, op.ID, func(st story.Step) []string { return st.Places })
	venue := slices.Contains(s.Venues, op.ID)
	// A route's stop: the fix removes it from every route (last stops
	// first, so that the positions hold), then deletes the place, from the
	// steps and venues too when they use it.
	var unstop []Op
	var routes []string
	for _, r := range s.Routes {
		for at := len(r.Stops) - 1; at >= 0; at-- {
			if r.Stops[at] == op.ID {
				unstop = append(unstop, RemoveStop{Route: r.ID, At: at})
				if !slices.Contains(routes, r.ID) {
					routes = append(routes, r.ID)
				}
			}
		}
	}
	if len(unstop) > 0 {
		del := op
		del.FromSteps = op.FromSteps || len(steps) > 0 || venue
		fix := Batch{Label: op.Describe(), Ops: append(unstop, del)}
		return refuseFix(op, fix, "remove it from the routes' stops too?", "place %q is a stop of route %s", op.ID,
			strings.Join(quoteAll(routes), ", "))
	}
	if !op.FromSteps && (len(steps) > 0 || venue) {
		var where []string
		if len(steps) > 0 {
			where = append(where, stepNumbers(steps))
		}
		if venue {
			where = append(where, "the venues")
		}
		fix := op
		fix.FromSteps = true
		return refuseFix(op, fix, "remove it from them too?", "place %q is used by %s", op.ID, strings.Join(where, " and "))
	}
	if len(steps) > 0 {
		out := slices.Clone(s.Steps)
		for _, j := range steps {
			out[j].Places, _ = without(out[j].Places, op.ID)
		}
		s.Steps = out
	}
	s.Venues, _ = without(s.Venues, op.ID)
	s.Places = removed(s.Places, i)
	s.Extra = withRejected(s.Extra, RejectedPlacesKey, op.ID)
	return nil
}

func (op AddPlace) apply(s *story.Story) error {
	p := op.Place
	p.Aliases = nilIfEmpty(p.Aliases)
	switch {
	case p.ID == "":
		return refuse(op, "the place has no id")
	case placeIndex(s, p.ID) >= 0:
		fix := op
		fix.Place.ID = UniqueID(s, p.Name)
		return refuseFix(op, fix, "use a new id?", "there is already a place %q", p.ID)
	case strings.TrimSpace(p.Name) == "":
		return refuse(op, "place %q has no name", p.ID)
	}
	if msg := checkLonLat(p.Lon, p.Lat); msg != "" {
		return refuse(op, "place %q: %s", p.ID, msg)
	}
	s.Places = inserted(s.Places, len(s.Places), &p)
	s.Extra = withoutRejected(s.Extra, RejectedPlacesKey, p.ID)
	return nil
}

func (op SetVenues) apply(s *story.Story) error {
	if msg := checkRefs("place", op.IDs, hasPlace(s)); msg != "" {
		return refuse(op, "%s", msg)
	}
	s.Venues = nilIfEmpty(op.IDs)
	return nil
}
