package tables

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	"github.com/paulmach/orb/geojson"
	"github.com/storylens/storylens/assets/gazetteer"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// GeoJSON returns the story's places and routes as an RFC 7946
// FeatureCollection: positions are [lon, lat] in WGS 84, there is no "crs"
// member, and there are no polygons (so the right-hand rule has nothing to
// apply to). Lines crossing the antimeridian are not split. When a position
// comes from the gazetteer (GeoNames and the others), the collection has a
// foreign member "attribution" naming them (gazetteer.Attribution).
//
// Places are Point features with the properties featureType ("place"), id,
// name, kind, origin ("story" or "gazetteer"), mentions, sourceCount,
// sources, provenance and approximate; they are the report's places (which
// carry mentions and sources) followed by the story's places the report
// does not list. r may be nil: then places have no mentions.
//
// Routes are LineString features with featureType ("route"), id, name,
// mode, stops, points, lengthKm (the great-circle length of the geometry,
// computed with orb/geo), provenance and approximate.
func GeoJSON(s *story.Story, r *analysis.Report) ([]byte, error) {
	if s == nil {
		return nil, fmt.Errorf("geojson: no story")
	}
	fc := geojson.NewFeatureCollection()
	rows := placeRows(s, r)
	if fromGazetteer(rows) {
		// GeoNames (CC BY 4.0) asks for credit wherever its positions go.
		fc.ExtraMembers = geojson.Properties{"attribution": gazetteer.Attribution}
	}
	for _, p := range rows {
		if err := checkPosition(p.Lon, p.Lat); err != nil {
			return nil, fmt.Errorf("geojson: place %q: %w", p.ID, err)
		}
		f := geojson.NewFeature(orb.Point{p.Lon, p.Lat})
		f.ID = p.ID
		f.Properties = geojson.Properties{
			"featureType": "place",
			"id":          p.ID,
			"name":        p.Name,
			"kind":        p.Kind,
			"origin":      p.Origin,
			"mentions":    p.Mentions,
			"sourceCount": len(p.Sources),
			"sources":     nonNil(p.Sources),
			"provenance":  p.Provenance,
			"approximate": p.Approximate,
			"precision":   p.Precision,
		}
		fc.Append(f)
	}
	for _, rt := range s.Routes {
		if len(rt.Line) < 2 {
			return nil, fmt.Errorf("geojson: route %q: %d points, a LineString needs at least 2", rt.ID, len(rt.Line))
		}
		for i, pt := range rt.Line {
			if err := checkPosition(pt[0], pt[1]); err != nil {
				return nil, fmt.Errorf("geojson: route %q point %d: %w", rt.ID, i, err)
			}
		}
		f := geojson.NewFeature(rt.Line)
		f.ID = rt.ID
		f.Properties = geojson.Properties{
			"featureType": "route",
			"id":          rt.ID,
			"name":        rt.Name,
			"mode":        rt.Mode,
			"stops":       nonNil(rt.Stops),
			"points":      len(rt.Line),
			"lengthKm":    LengthKm(rt.Line),
			"provenance":  rt.Provenance,
			"approximate": rt.Approximate,
			"origin":      routeOrigin(rt),
		}
		fc.Append(f)
	}
	b, err := json.Marshal(fc)
	if err != nil {
		return nil, fmt.Errorf("geojson: %w", err)
	}
	return append(b, '\n'), nil
}

// fromGazetteer reports whether a position comes from the embedded
// gazetteer: a place it found, or a story place whose provenance names
// GeoNames (as the bundled story's do).
func fromGazetteer(rows []placeRow) bool {
	for _, p := range rows {
		if story.PositionFromGazetteer(p.Origin, p.Provenance) {
			return true
		}
	}
	return false
}

// routeOrigin is "story" or "inferred".
func routeOrigin(rt *story.Route) string {
	if rt.Origin == "" {
		return story.OriginStory
	}
	return rt.Origin
}

// LengthKm is the great-circle (haversine) length of a line in kilometres,
// rounded to metres.
func LengthKm(line orb.LineString) float64 {
	return math.Round(geo.LengthHaversine(line)) / 1000
}

func checkPosition(lon, lat float64) error {
	switch {
	case math.IsNaN(lon) || math.IsNaN(lat) || math.IsInf(lon, 0) || math.IsInf(lat, 0):
		return fmt.Errorf("coordinates [%v, %v] are not finite numbers", lon, lat)
	case lon < -180 || lon > 180:
		return fmt.Errorf("longitude %v is out of range [-180, 180]", lon)
	case lat < -90 || lat > 90:
		return fmt.Errorf("latitude %v is out of range [-90, 90]", lat)
	}
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
