package sphere

import (
	"math"

	"github.com/paulmach/orb"
)

// Unwrap makes the longitudes of ls continuous, in place, and returns it:
// each point is moved by whole turns (360°) so that it lies within 180° of
// longitude of the point before it (the first point stays). A line that
// jumps from 179 to -179 then goes on to 181. Latitudes are kept.
func Unwrap(ls orb.LineString) orb.LineString {
	for i := 1; i < len(ls); i++ {
		ls[i][0] = Near(ls[i][0], ls[i-1][0])
	}
	return ls
}

// Near is longitude lon moved by whole turns to lie within 180° of ref
// (ref+180 itself becomes ref-180): the same meridian, on ref's side.
func Near(lon, ref float64) float64 {
	d := lon - ref
	if d >= -180 && d < 180 {
		return lon
	}
	if math.IsNaN(d) || math.IsInf(d, 0) {
		return lon
	}
	return lon - 360*math.Floor((d+180)/360)
}
