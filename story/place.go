package story

import "strings"

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
	// Approximate is true for hand-placed coordinates and for positions
	// Storylens inferred (a venue placed at the city it is in).
	Approximate bool `json:"approximate,omitempty"`
	// Precision says how exact an approximate position is: "exact" (or
	// ""), "city" (placed at the city it is in), "region" or "country".
	Precision string `json:"precision,omitempty"`
	// Origin says where the place comes from: OriginStory (places.geojson,
	// the default), OriginGazetteer (found in the articles by the
	// gazetteer) or OriginInferred (found by Storylens from the text, e.g. a
	// venue no dataset has).
	Origin string `json:"origin,omitempty"`

	// loc is the JSON path of the feature in places.geojson, when loaded.
	loc string
}

// Origins of places and routes.
const (
	OriginStory     = "story"
	OriginGazetteer = "gazetteer"
	OriginInferred  = "inferred"
)

// FromStory reports whether the place was defined by the story itself
// (places.geojson) rather than found or inferred by Storylens.
func (p *Place) FromStory() bool { return p.Origin == "" || p.Origin == OriginStory }

// PositionFromGazetteer reports whether a place's position comes from the
// embedded gazetteer (GeoNames and the other sources it credits): a place
// the gazetteer found, or a story place whose provenance names GeoNames.
// Wherever such positions go, GeoNames (CC BY 4.0) asks for credit.
func PositionFromGazetteer(origin, provenance string) bool {
	return origin == OriginGazetteer || strings.Contains(provenance, "GeoNames")
}
