package sphere

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// GreatCircle returns n+1 points (lon/lat) from a to b along the shorter
// great circle, at equal distances, by spherical linear interpolation. The
// first point is a and the last b exactly, b moved by whole turns so that
// the longitudes stay continuous (Unwrap): Fiji to Samoa goes 178, 180,
// 188, not 178, -180, -172. n < 1 counts as 1. Identical points give the
// two points; antipodal ones (every great circle through them is as
// short) follow the initial bearing orb/geo gives.
func GreatCircle(a, b orb.Point, n int) orb.LineString {
	n = max(n, 1)
	const rad = math.Pi / 180
	vec := func(p orb.Point) [3]float64 {
		lon, lat := p[0]*rad, p[1]*rad
		return [3]float64{math.Cos(lat) * math.Cos(lon), math.Cos(lat) * math.Sin(lon), math.Sin(lat)}
	}
	va, vb := vec(a), vec(b)
	dot := va[0]*vb[0] + va[1]*vb[1] + va[2]*vb[2]
	cx, cy, cz := va[1]*vb[2]-va[2]*vb[1], va[2]*vb[0]-va[0]*vb[2], va[0]*vb[1]-va[1]*vb[0]
	omega := math.Atan2(math.Sqrt(cx*cx+cy*cy+cz*cz), dot) // exact near 0 and π, unlike acos
	end := orb.Point{Near(b[0], a[0]), b[1]}
	if omega < 1e-12 {
		return orb.LineString{a, end}
	}
	out := make(orb.LineString, 0, n+1)
	out = append(out, a)
	if so := math.Sin(omega); so < 1e-9 { // antipodes
		d, brg := geo.DistanceHaversine(a, b), geo.Bearing(a, b)
		for i := 1; i < n; i++ {
			out = append(out, geo.PointAtBearingAndDistance(a, brg, d*float64(i)/float64(n)))
		}
	} else {
		for i := 1; i < n; i++ {
			t := float64(i) / float64(n)
			ka, kb := math.Sin((1-t)*omega)/so, math.Sin(t*omega)/so
			x, y, z := ka*va[0]+kb*vb[0], ka*va[1]+kb*vb[1], ka*va[2]+kb*vb[2]
			out = append(out, orb.Point{math.Atan2(y, x) / rad, math.Atan2(z, math.Hypot(x, y)) / rad})
		}
	}
	out = Unwrap(append(out, b))
	out[n] = orb.Point{Near(b[0], out[n-1][0]), b[1]}
	return out
}

// Segments is the number of equal parts, each at most stepM metres (by
// haversine distance), that the great circle from a to b needs: at least
// 1, and at most maxN when maxN > 0.
func Segments(a, b orb.Point, stepM float64, maxN int) int {
	n := 1
	if stepM > 0 {
		d := geo.DistanceHaversine(a, b)
		n = max(1, int(math.Ceil(d/stepM)))
	}
	if maxN > 0 {
		n = min(n, maxN)
	}
	return n
}
