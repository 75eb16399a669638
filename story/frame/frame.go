// Package frame decides what a map view of a story or of one step shows:
// the core of its places and routes, and which far-off places stay outside
// (the map points to them from its edge instead of zooming out to the whole
// world for one passing mention).
//
// It is pure geometry on lon/lat points, shared by the map (mapview) and
// the analysis report (the "view" of each step in analyze --json).
package frame

import (
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// Item is something a view may frame.
type Item struct {
	ID     string
	Point  orb.Point // lon, lat
	Weight float64   // how much the item matters, e.g. its mentions (>= 0)
	// Core items are always framed: route vertices, the event's venues.
	Core bool
	// Coarse items (countries, continents, seas, regions) have points too
	// rough to frame; they count only when nothing finer is there.
	Coarse bool
}

// Result is a framing.
type Result struct {
	// Bound is the lon/lat box of the framed items. Its Max longitude may
	// exceed 180 when the framed items straddle the antimeridian.
	Bound orb.Bound
	// Outside lists the items left out of the view, most weight first.
	Outside []Item
	// OK is false when there was nothing to frame.
	OK bool
}

// Minimum framing radius around the seeds, in metres: a view never
// excludes what lies this close.
const minRadius = 600e3

// Fit frames items. The seeds are the core items, or without any, the
// items weighing at least half the heaviest. The view keeps every item
// within max(1.5 × the seeds' radius, twice the radius that holds 70 % of
// all weight when there is no core item, 600 km) of the seeds' centre (a spherical weighted centroid, so
// that it works across the antimeridian); the rest are Outside.
func Fit(items []Item) Result {
	fine := make([]Item, 0, len(items))
	var coarse []Item
	for _, it := range items {
		if !finite(it.Point) {
			continue
		}
		if !(it.Weight > 0) || math.IsInf(it.Weight, 1) {
			it.Weight = 0 // negative, NaN or infinite weights count as none
		}
		if it.Coarse {
			coarse = append(coarse, it)
		} else {
			fine = append(fine, it)
		}
	}
	if len(fine) == 0 {
		fine, coarse = coarse, nil
	}
	if len(fine) == 0 {
		return Result{}
	}
	seeds := seedsOf(fine)
	c := centroid(fine, seeds)
	dist := make([]float64, len(fine))
	r0 := 0.0
	for i, it := range fine {
		dist[i] = geo.DistanceHaversine(c, it.Point)
		if seeds[i] {
			r0 = math.Max(r0, dist[i])
		}
	}
	limit := math.Max(1.5*r0, minRadius)
	if !anyCore(fine) {
		limit = math.Max(limit, 2*massRadius(fine, dist, 0.7))
	}
	var in []orb.Point
	var out []Item
	for i, it := range fine {
		if seeds[i] || dist[i] <= limit {
			in = append(in, it.Point)
		} else {
			out = append(out, it)
		}
	}
	// Coarse items (a country named beside its cities) are not framed and
	// not pointed to: their points say little.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Weight > out[j].Weight })
	return Result{Bound: boundAcross(in), Outside: out, OK: true}
}

func finite(p orb.Point) bool {
	return !math.IsNaN(p[0]) && !math.IsNaN(p[1]) && !math.IsInf(p[0], 0) && !math.IsInf(p[1], 0)
}

func anyCore(items []Item) bool {
	for _, it := range items {
		if it.Core {
			return true
		}
	}
	return false
}

// seedsOf marks the core items, or without any, those weighing at least
// half the heaviest (all of them when no item has weight).
func seedsOf(items []Item) []bool {
	seeds := make([]bool, len(items))
	if anyCore(items) {
		for i, it := range items {
			seeds[i] = it.Core
		}
		return seeds
	}
	maxW := 0.0
	for _, it := range items {
		maxW = math.Max(maxW, it.Weight)
	}
	for i, it := range items {
		seeds[i] = it.Weight >= maxW/2
	}
	return seeds // at least the heaviest (maxW/2 <= maxW; with no weight, all)
}

// centroid is the weighted spherical centroid of the seeds (weight at
// least 1 each).
func centroid(items []Item, seeds []bool) orb.Point {
	var x, y, z float64
	for i, it := range items {
		if !seeds[i] {
			continue
		}
		w := math.Max(it.Weight, 1)
		lon, lat := it.Point[0]*math.Pi/180, it.Point[1]*math.Pi/180
		x += w * math.Cos(lat) * math.Cos(lon)
		y += w * math.Cos(lat) * math.Sin(lon)
		z += w * math.Sin(lat)
	}
	if x == 0 && y == 0 && z == 0 {
		for i, it := range items {
			if seeds[i] {
				return it.Point
			}
		}
	}
	return orb.Point{math.Atan2(y, x) * 180 / math.Pi, math.Atan2(z, math.Hypot(x, y)) * 180 / math.Pi}
}

// massRadius is the smallest distance from the centre within which items
// hold the fraction q of the total weight.
func massRadius(items []Item, dist []float64, q float64) float64 {
	idx := make([]int, len(items))
	total := 0.0
	for i := range idx {
		idx[i] = i
		total += items[i].Weight
	}
	if total <= 0 {
		return 0
	}
	sort.Slice(idx, func(a, b int) bool { return dist[idx[a]] < dist[idx[b]] })
	acc := 0.0
	for _, i := range idx {
		acc += items[i].Weight
		if acc >= q*total {
			return dist[i]
		}
	}
	return dist[idx[len(idx)-1]]
}

// boundAcross is the lon/lat bound of points, the narrowest way round the
// globe: the longitudes span the circle but for its largest gap between
// two points, so when the points straddle the antimeridian (e.g. Fiji and
// Samoa, or London, Canberra and Apia) the bound runs past 180° instead of
// spanning the world. Route vertices may carry continuous longitudes (past
// ±180): every point is first brought into -180..180. When no gap is
// larger than the one across the antimeridian (by more than rounding), the
// bound is the plain one (Manaus and Rio stay at -60..-43, not 300..317).
func boundAcross(pts []orb.Point) orb.Bound {
	if len(pts) == 0 {
		return orb.Bound{}
	}
	lons := make([]float64, len(pts))
	lat0, lat1 := math.Inf(1), math.Inf(-1)
	for i, p := range pts {
		q := wrap(p)
		lons[i] = q[0]
		lat0, lat1 = math.Min(lat0, q[1]), math.Max(lat1, q[1])
	}
	sort.Float64s(lons)
	n := len(lons)
	west, east := lons[0], lons[n-1]
	widest := lons[0] + 360 - lons[n-1] // the gap across the antimeridian
	const eps = 1e-9
	for k := 0; k+1 < n; k++ {
		if g := lons[k+1] - lons[k]; g > widest+eps {
			widest, west, east = g, lons[k+1], lons[k]+360
		}
	}
	return orb.Bound{Min: orb.Point{west, lat0}, Max: orb.Point{east, lat1}}
}

// wrap brings p's longitude into -180..180.
func wrap(p orb.Point) orb.Point {
	if p[0] >= -180 && p[0] <= 180 {
		return p
	}
	return orb.Point{math.Mod(math.Mod(p[0]+180, 360)+360, 360) - 180, p[1]}
}

// CoarseKind reports whether a place of this kind is too large for its
// point to frame a view: countries, continents, oceans and seas, regions,
// rivers, straits and gulfs.
func CoarseKind(kind string) bool {
	switch kind {
	case "country", "continent", "ocean", "sea", "region", "river", "strait", "gulf", "bay", "lake", "desert", "mountains":
		return true
	}
	return false
}
