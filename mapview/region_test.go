package mapview

import (
	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
)

// regionCamera is a fixed regional view (Korea and the Sea of Japan coast,
// over the detailed part of the old basemap) that benchmarks and tests
// draw, so that their figures compare across versions.
func regionCamera(w, h float64) story.Camera {
	return fitCamera(orb.Bound{Min: orb.Point{123, 36.5}, Max: orb.Point{136, 46}}, w, h, 20, 12)
}
