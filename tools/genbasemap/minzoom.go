package main

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// Region borders are drawn from the zoom at which the regions they divide
// are large enough on screen to tell apart: at zoom 4 the German Länder and
// the US states, not the French départements or Britain's counties, which
// make a world map look busy.
const (
	// regionPx is how wide (the square root of its area, in 256-px tile
	// pixels) the smaller of two regions must be for their border to be
	// drawn.
	regionPx = 40
	// minRegionZoom and maxRegionZoom bound a border's min_zoom: region
	// borders were drawn from zoom 4 before, and a border of two regions
	// smaller than 40 px at zoom 10 (a few km²) still appears there.
	minRegionZoom = 4
	maxRegionZoom = 10
)

// borderLine is a first-level region border in lon/lat and the zoom from
// which it is drawn.
type borderLine struct {
	line    orb.LineString
	minZoom uint8
}

// regionMinZoom is the zoom from which a border is drawn whose smaller
// region has areaM2 square metres, at latitude lat: the first whole zoom at
// which that region is regionPx pixels wide in Web Mercator (the square
// root of its area over the ground size of a pixel there), within
// minRegionZoom..maxRegionZoom. An unknown area (0) gives minRegionZoom.
func regionMinZoom(areaM2, lat float64) uint8 {
	if !(areaM2 > 0) {
		return minRegionZoom
	}
	// A pixel at zoom z is 2πR·cos(lat) / (256·2^z) metres.
	circ := 2 * math.Pi * orb.EarthRadius * math.Max(math.Cos(lat*math.Pi/180), 0.05)
	z := math.Log2(regionPx * circ / (256 * math.Sqrt(areaM2)))
	return uint8(math.Max(minRegionZoom, math.Min(maxRegionZoom, math.Ceil(z-1e-9))))
}

// ringArea is the area of a closed lon/lat ring in square metres (orb/geo,
// spherical), whichever way round it runs.
func ringArea(r []orb.Point) float64 {
	if len(r) < 4 {
		return 0
	}
	return math.Abs(geo.Area(orb.Ring(r)))
}

// regionSize is a region's size for regionMinZoom: the area of its largest
// ring (its main body; holes and small islands aside).
func regionSize[T ~[]orb.Point](rings []T) float64 {
	best := 0.0
	for _, r := range rings {
		best = math.Max(best, ringArea(r))
	}
	return best
}

// midLat is the latitude of a line's middle point.
func midLat(l orb.LineString) float64 {
	if len(l) == 0 {
		return 0
	}
	return l[len(l)/2][1]
}
