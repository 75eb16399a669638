package basemap

import "github.com/paulmach/orb"

// ringsOf returns the point count of each ring of a polygon geometry.
func ringsOf(g orb.Geometry) []int {
	var out []int
	switch g := g.(type) {
	case orb.Polygon:
		for _, r := range g {
			out = append(out, len(r))
		}
	case orb.MultiPolygon:
		for _, p := range g {
			for _, r := range p {
				out = append(out, len(r))
			}
		}
	}
	return out
}
