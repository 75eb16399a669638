package story

import "sync"

// Story is one news event told through many sources.
type Story struct {
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	// Venues are the ids of the places where the event happens (the map
	// gives them the venue star). Empty: every place of kind "venue".
	Venues []string `json:"venues,omitempty"`
	Steps  []Step   `json:"steps"`

	// Sources are the articles, in the order they were read (file name order).
	Sources []*Source `json:"-"`
	// Places and Routes come from places.geojson and routes.geojson.
	Places []*Place `json:"-"`
	Routes []*Route `json:"-"`
	// Claims come from claims.json (curated claims).
	Claims []*Claim `json:"-"`

	// Origin says where the story was loaded from (a folder, a .zip, or
	// "bundled"), for messages.
	Origin string `json:"-"`
	// Draft is true when the story was built from a folder of articles
	// without story.json.
	Draft bool `json:"-"`

	// Extra keeps story-level fields Storylens does not know (from imports,
	// e.g. StoryMapJS map options), so that nothing is silently dropped.
	Extra map[string]any `json:"extra,omitempty"`

	// sources indexes Sources by id for SourceByID (set by the loader;
	// copies of the story share it, as they share Sources).
	sources *sourceIndex
}

// sourceIndex maps source ids to their position in Sources, built once on
// first use.
type sourceIndex struct {
	once sync.Once
	n    int
	pos  map[string]int
}

// Step is one stop in the walk through a story.
type Step struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Date    string   `json:"date,omitempty"` // "2023-09-10" or "2023-09-10/2023-09-13"
	Body    string   `json:"body,omitempty"` // small Markdown subset
	Places  []string `json:"places,omitempty"`
	Route   *string  `json:"route"`
	Claims  []string `json:"claims,omitempty"`
	Sources []string `json:"sources,omitempty"`
	Camera  *Camera  `json:"camera,omitempty"`
	// Extra keeps fields Storylens does not know (from imports), so that
	// nothing is silently dropped.
	Extra map[string]any `json:"extra,omitempty"`
}

// Camera is a map view: a centre as [lon, lat] and a Web Mercator zoom level.
type Camera struct {
	Center [2]float64 `json:"center"`
	Zoom   float64    `json:"zoom"`
}

// Source lookups.

// SourceByID returns the source with the given id, or nil. For a loaded
// story it looks the id up in an index (stories have thousands of
// sources); it scans when the index does not fit Sources any more.
func (s *Story) SourceByID(id string) *Source {
	if x := s.sources; x != nil {
		x.once.Do(func() {
			x.n = len(s.Sources)
			x.pos = make(map[string]int, len(s.Sources))
			for i, src := range s.Sources {
				if _, dup := x.pos[src.ID]; !dup {
					x.pos[src.ID] = i
				}
			}
		})
		if x.n == len(s.Sources) {
			if i, ok := x.pos[id]; ok && i < len(s.Sources) && s.Sources[i].ID == id {
				return s.Sources[i]
			}
		}
	}
	for _, src := range s.Sources {
		if src.ID == id {
			return src
		}
	}
	return nil
}

// PlaceByID returns the place with the given id, or nil.
func (s *Story) PlaceByID(id string) *Place {
	for _, p := range s.Places {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// RouteByID returns the route with the given id, or nil.
func (s *Story) RouteByID(id string) *Route {
	for _, r := range s.Routes {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// ClaimByID returns the claim with the given id, or nil.
func (s *Story) ClaimByID(id string) *Claim {
	for _, c := range s.Claims {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// VenueIDs returns the places where the event happens: Venues when the
// story names them, else every place of kind "venue".
func (s *Story) VenueIDs() []string {
	if len(s.Venues) > 0 {
		return s.Venues
	}
	var out []string
	for _, p := range s.Places {
		if p.Kind == "venue" {
			out = append(out, p.ID)
		}
	}
	return out
}
