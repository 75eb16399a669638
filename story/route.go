package story

import "github.com/paulmach/orb"

// Route is a path travelled in the story, from routes.geojson.
type Route struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Mode is rail, road, air or sea.
	Mode string `json:"mode,omitempty"`
	// Stops are place ids along the route, in travel order.
	Stops      []string       `json:"stops,omitempty"`
	Line       orb.LineString `json:"-"`
	Provenance string         `json:"provenance,omitempty"`
	// Approximate is true for hand-drawn or inferred geometry.
	Approximate bool `json:"approximate,omitempty"`
	// Origin is OriginStory (routes.geojson, the default) or OriginInferred
	// (drawn by Storylens from the movements the articles describe).
	Origin string `json:"origin,omitempty"`

	// loc is the JSON path of the feature in routes.geojson, when loaded.
	loc string
}
