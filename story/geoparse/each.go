package geoparse

// Each calls fn with every place of the gazetteer, in gazetteer order, and
// stops early when fn returns false. The map (mapview) reads it once to
// build its labels by zoom.
func (g *Gazetteer) Each(fn func(Place) bool) {
	for _, p := range g.places {
		if !fn(p) {
			return
		}
	}
}
