package story

// Place is a point the story knows by name, from places.geojson.
type Place struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// Kind is city, town, station, venue, island, river, bridge, country, ...
	Kind string  `json:"kind,omitempty"`
	Lon  float64 `json:"lon"`
	Lat  float64 `json:"lat"`
	// Provenance says where the coordinates come from and how exact they are.
	Provenance string `json:"provenance,omitempty"`
	// Approximate is true for hand-placed coordinates.
	Approximate bool `json:"approximate,omitempty"`

	// loc is the JSON path of the feature in places.geojson, when loaded.
	loc string
}
