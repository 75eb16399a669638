// Package frame decides what a map view of a story or of one step shows:
// the core of its places and routes, and which far-off places stay outside
// (the map points to them from its edge instead of zooming out to the whole
// world for one passing mention), and when a view grows to an area its
// places lie in (an island nation, a province: see FitLines).
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
	// Box is the item's own lon/lat box when it is an area a view may grow
	// to (a country, region or island: see AreaBox), else nil. A box across
	// the antimeridian has Max longitude above 180 (Fiji: 174.6..181.7) or
	// below its Min (174.6..-178.3); both are read the same way.
	Box *orb.Bound
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
	// Area is the ID of the area whose box the view grew to (see
	// FitLines), "" when it did not grow.
	Area string
}

// Minimum framing radius around the seeds, in metres: a view never
// excludes what lies this close.
const minRadius = 600e3

// Fit frames items. The seeds are the core items, or without any, the
// items weighing at least half the heaviest. The view keeps every item
// within max(1.5 × the seeds' radius, twice the radius that holds 70 % of
// all weight when there is no core item, 600 km) of the seeds' centre (a spherical weighted centroid, so
// that it works across the antimeridian); the rest are Outside.
func Fit(items []Item) Result { return FitLines(items, nil) }

// Line is a route to frame: each of its vertices counts as a core item
// {ID, vertex, no weight}.
type Line struct {
	ID     string
	Points orb.LineString
}

// FitLines is Fit of items followed by the vertices of lines, in order, as
// core items. It gives what Fit of that one list gives, without making it:
// a big story's routes have millions of vertices, and the items (and the
// copies Fit would make of them) were a view's whole cost.
//
// A view then grows to an area the items name, so that a step about an
// island or a province shows it rather than its capital's streets: when
// every item the view frames lies in the Box of an item (an area) that
// weighs at least half as much as the heaviest of them and, when fine
// items are framed, is at most MaxAreaKm across, the view becomes that
// box (the smallest such, joined with the framed items' bound). A city in
// a big country keeps its own view, and so does a step whose places lie in
// two areas. When only coarse items are framed (a step that names only
// countries) the area may be of any size: nothing finer would be lost.
// Items left Outside that the grown view holds are no longer outside.
func FitLines(items []Item, lines []Line) Result {
	all := seq{items, lines}
	nFine, nCoarse := 0, 0
	all.each(func(it Item) {
		switch {
		case !finite(it.Point):
		case it.Coarse:
			nCoarse++
		default:
			nFine++
		}
	})
	// The items framed: the fine ones or, without any, the coarse ones.
	// Coarse items (a country named beside its cities) are not framed and
	// not pointed to: their points say little.
	useCoarse := nFine == 0
	n := nFine
	if useCoarse {
		n = nCoarse
	}
	if n == 0 {
		return Result{}
	}
	framed := func(f func(it Item)) {
		all.each(func(it Item) {
			if !finite(it.Point) || it.Coarse != useCoarse {
				return
			}
			if !(it.Weight > 0) || math.IsInf(it.Weight, 1) {
				it.Weight = 0 // negative, NaN or infinite weights count as none
			}
			f(it)
		})
	}
	core, maxW := false, 0.0
	framed(func(it Item) {
		core = core || it.Core
		maxW = math.Max(maxW, it.Weight)
	})
	// The seeds: the core items, or without any, those weighing at least
	// half the heaviest (at least the heaviest; with no weight, all).
	seed := func(it Item) bool {
		if core {
			return it.Core
		}
		return it.Weight >= maxW/2
	}
	c := centroid(framed, seed)
	r0 := 0.0
	framed(func(it Item) {
		if seed(it) {
			r0 = math.Max(r0, geo.DistanceHaversine(c, it.Point))
		}
	})
	limit := math.Max(1.5*r0, minRadius)
	if !core {
		fine := make([]Item, 0, n)
		framed(func(it Item) { fine = append(fine, it) })
		dist := make([]float64, len(fine))
		for i, it := range fine {
			dist[i] = geo.DistanceHaversine(c, it.Point)
		}
		limit = math.Max(limit, 2*massRadius(fine, dist, 0.7))
	}
	areas := areaCandidates(items, useCoarse)
	lons := make([]float64, 0, n)
	lat0, lat1 := math.Inf(1), math.Inf(-1)
	maxIn := 0.0
	var out []Item
	framed(func(it Item) {
		if seed(it) || geo.DistanceHaversine(c, it.Point) <= limit {
			q := wrap(it.Point)
			lons = append(lons, q[0])
			lat0, lat1 = math.Min(lat0, q[1]), math.Max(lat1, q[1])
			maxIn = math.Max(maxIn, it.Weight)
			for i := range areas {
				areas[i].holdsAll = areas[i].holdsAll && areas[i].box.holds(q)
			}
		} else {
			out = append(out, it)
		}
	})
	res := Result{Bound: lonBound(lons, lat0, lat1), OK: true}
	if a := smallestArea(areas, maxIn); a != nil {
		res.Bound, res.Area = a.box.join(res.Bound), a.id
		kept := out[:0]
		for _, it := range out {
			if !(box{res.Bound}).holds(wrap(it.Point)) {
				kept = append(kept, it)
			}
		}
		out = kept
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Weight > out[j].Weight })
	res.Outside = out
	return res
}

// MaxAreaKm is how wide and tall, at most, an area may be for a view of
// fine places to grow to it: an island nation, a state or a province reads
// at a map's size with its towns still apart; a big country does not.
const MaxAreaKm = 600

// AreaKind reports whether a place of this kind is an area whose box a
// view may grow to: a country, a region (state, province) or an island.
// Seas, rivers and lakes are not: their boxes are not what a step about
// them shows.
func AreaKind(kind string) bool {
	switch kind {
	case "country", "region", "island":
		return true
	}
	return false
}

// AreaBox is the Box of an Item for a place of this kind with this box
// ([[west, south], [east, north]], degrees, as analyze --json writes it),
// or nil when the kind is not an area (AreaKind) or there is no box.
func AreaBox(kind string, b *[2][2]float64) *orb.Bound {
	if b == nil || !AreaKind(kind) {
		return nil
	}
	return &orb.Bound{Min: orb.Point{b[0][0], b[0][1]}, Max: orb.Point{b[1][0], b[1][1]}}
}

// area is an item whose box the view may grow to.
type area struct {
	id       string
	box      box
	weight   float64
	km2      float64
	holdsAll bool // every framed item seen so far lies in box
}

// areaCandidates are the items with a usable Box: finite, not inverted in
// latitude and, unless only coarse items are framed, at most MaxAreaKm
// across.
func areaCandidates(items []Item, anySize bool) []area {
	var out []area
	for _, it := range items {
		if it.Box == nil {
			continue
		}
		b, ok := boxOf(*it.Box)
		if !ok {
			continue
		}
		w, h := b.sizeKm()
		if !anySize && math.Max(w, h) > MaxAreaKm {
			continue
		}
		wt := it.Weight
		if !(wt > 0) || math.IsInf(wt, 1) {
			wt = 0
		}
		out = append(out, area{id: it.ID, box: b, weight: wt, km2: w * h, holdsAll: true})
	}
	return out
}

// smallestArea is the smallest area that holds every framed item and weighs
// at least half the heaviest of them (maxIn), or nil.
func smallestArea(areas []area, maxIn float64) *area {
	var best *area
	for i := range areas {
		a := &areas[i]
		if a.holdsAll && a.weight >= maxIn/2 && (best == nil || a.km2 < best.km2) {
			best = a
		}
	}
	return best
}

// box is a lon/lat box with Min longitude in -180..180 and Max longitude
// at least Min (above 180 across the antimeridian).
type box struct{ orb.Bound }

// boxOf normalises b into a box, and reports whether it is one (finite,
// latitudes within ±90 and south not above north, longitudes within
// ±360).
func boxOf(b orb.Bound) (box, bool) {
	if !finite(b.Min) || !finite(b.Max) || b.Min[1] > b.Max[1] || b.Min[1] < -90 || b.Max[1] > 90 ||
		math.Abs(b.Min[0]) > 360 || math.Abs(b.Max[0]) > 360 {
		return box{}, false
	}
	w := math.Mod(math.Mod(b.Max[0]-b.Min[0], 360)+360, 360)
	if b.Max[0]-b.Min[0] >= 360 {
		w = 360
	}
	west := wrap(b.Min)[0]
	return box{orb.Bound{Min: orb.Point{west, b.Min[1]}, Max: orb.Point{west + w, b.Max[1]}}}, true
}

// holdTol is how far (degrees) outside a box a point may lie and still be
// in it: boxes are drawn from generalised polygons or a region's towns,
// and an airport or a cape may fall just past them.
const holdTol = 0.1

// holds reports whether p (longitude in -180..180) lies in b, within holdTol.
func (b box) holds(p orb.Point) bool {
	if p[1] < b.Min[1]-holdTol || p[1] > b.Max[1]+holdTol {
		return false
	}
	d := math.Mod(math.Mod(p[0]-b.Min[0], 360)+360, 360) // east of the west edge
	return d <= b.Max[0]-b.Min[0]+holdTol || d >= 360-holdTol
}

// join is the bound of b and r (a bound of points b holds, as lonBound
// makes it), with Min longitude in -180..180.
func (b box) join(r orb.Bound) orb.Bound {
	// r's west brought to within half a turn of b's.
	w := r.Min[0] + 360*math.Round((b.Min[0]-r.Min[0])/360)
	e := w + (r.Max[0] - r.Min[0])
	west, east := math.Min(b.Min[0], w), math.Max(b.Max[0], e)
	if west < -180 {
		west, east = west+360, east+360
	}
	return orb.Bound{Min: orb.Point{west, math.Min(b.Min[1], r.Min[1])}, Max: orb.Point{east, math.Max(b.Max[1], r.Max[1])}}
}

// sizeKm is the box's width (where it is widest: at the latitude nearest
// the equator) and height, in kilometres.
func (b box) sizeKm() (w, h float64) {
	const kmPerDeg = 6371.0088 * math.Pi / 180
	lat := 0.0
	if b.Min[1] > 0 {
		lat = b.Min[1]
	} else if b.Max[1] < 0 {
		lat = b.Max[1]
	}
	return (b.Max[0] - b.Min[0]) * kmPerDeg * math.Cos(lat*math.Pi/180), (b.Max[1] - b.Min[1]) * kmPerDeg
}

// seq is items followed by the vertices of lines, as core items.
type seq struct {
	items []Item
	lines []Line
}

// each calls f with every item of s, in order.
func (s seq) each(f func(it Item)) {
	for _, it := range s.items {
		f(it)
	}
	for _, l := range s.lines {
		for _, p := range l.Points {
			f(Item{ID: l.ID, Point: p, Core: true})
		}
	}
}

func finite(p orb.Point) bool {
	return !math.IsNaN(p[0]) && !math.IsNaN(p[1]) && !math.IsInf(p[0], 0) && !math.IsInf(p[1], 0)
}

// centroid is the weighted spherical centroid of the seeds among the items
// each calls f with (weight at least 1 each).
func centroid(each func(f func(it Item)), seed func(it Item) bool) orb.Point {
	var x, y, z float64
	var first *orb.Point
	each(func(it Item) {
		if !seed(it) {
			return
		}
		if first == nil {
			p := it.Point
			first = &p
		}
		w := math.Max(it.Weight, 1)
		lon, lat := it.Point[0]*math.Pi/180, it.Point[1]*math.Pi/180
		x += w * math.Cos(lat) * math.Cos(lon)
		y += w * math.Cos(lat) * math.Sin(lon)
		z += w * math.Sin(lat)
	})
	if x == 0 && y == 0 && z == 0 && first != nil {
		return *first
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
	return lonBound(lons, lat0, lat1)
}

// lonBound is boundAcross of points with the longitudes lons (in
// -180..180, sorted here) and latitudes from lat0 to lat1.
func lonBound(lons []float64, lat0, lat1 float64) orb.Bound {
	if len(lons) == 0 {
		return orb.Bound{}
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
