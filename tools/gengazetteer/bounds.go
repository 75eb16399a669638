package main

import (
	"fmt"
	"math"
	"sort"
)

// bounds is a longitude/latitude box (W, S, E, N, degrees). W > E when the
// box crosses the antimeridian (Russia, Fiji, Chukotka).
type bounds struct {
	w, s, e, n float64
	// approx marks a box that is not computed from the feature's own
	// polygon (written with a leading "~").
	approx bool
}

// String is the record form "W,S,E,N" (4 decimals), "~" first if approx.
func (b bounds) String() string {
	s := fmt.Sprintf("%s,%s,%s,%s", fmtCoord(b.w), fmtCoord(b.s), fmtCoord(b.e), fmtCoord(b.n))
	if b.approx {
		return "~" + s
	}
	return s
}

// boundsOf returns the smallest box holding every point (lon, lat pairs):
// latitudes by min and max, longitudes by the shortest arc that covers them
// all, which is the complement of the widest gap between sorted
// longitudes (so a feature across the antimeridian gets W > E, not a box
// around the whole Earth); a feature reaching a pole spans -180..180. ok
// is false without points.
func boundsOf(lons, lats []float64) (b bounds, ok bool) {
	if len(lons) == 0 || len(lons) != len(lats) {
		return bounds{}, false
	}
	b.s, b.n = math.Inf(1), math.Inf(-1)
	for _, v := range lats {
		b.s, b.n = math.Min(b.s, v), math.Max(b.n, v)
	}
	ls := append([]float64(nil), lons...)
	sort.Float64s(ls)
	// the gap that wraps around from the last to the first longitude
	gap, w, e := ls[0]+360-ls[len(ls)-1], ls[0], ls[len(ls)-1]
	for i := 1; i < len(ls); i++ {
		if g := ls[i] - ls[i-1]; g > gap {
			gap, w, e = g, ls[i], ls[i-1]
		}
	}
	b.w, b.e = w, e
	if b.n >= 90 || b.s <= -90 { // a polar cap spans every longitude
		b.w, b.e = -180, 180
	}
	return b, true
}
