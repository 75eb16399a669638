package quantity

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// Place is a place named in a sentence, resolved to coordinates.
type Place struct {
	Name  string
	Point orb.Point // lon, lat
	// Start and End are the byte range of the name in the sentence, or -1
	// when unknown.
	Start, End int
}

// PlaceLookup returns the places a sentence names, in order. The lead plugs
// in geoparse results; PlacesByName is a simple lookup by name.
type PlaceLookup func(sentence string) []Place

// Route is a path travelled between places.
type Route struct {
	Name  string
	Line  orb.LineString
	Stops []string // place names along the route, in order
}

// RouteLookup returns the routes between two named places, or, when to is
// "", the routes that start or end at from.
type RouteLookup func(from, to string) []Route

// Tolerances of the checks: a stated distance is consistent with a
// great-circle distance within GreatCircleTolerance (stated distances are
// rounded, "430 miles" to ±5 miles = 1.2%, and city coordinates are
// centres a few km off), with a route length within RouteTolerance (routes
// are approximate polylines). A stated compass direction is consistent
// when the initial bearing is within BearingTolerance degrees of the
// direction's centre: one compass octant.
const (
	GreatCircleTolerance = 0.03
	RouteTolerance       = 0.05
	BearingTolerance     = 22.5
)

// Check compares a distance or direction stated in a source with the map.
type Check struct {
	// Text is the stated quantity's text ("430 miles").
	Text     string
	Source   string
	Sentence string
	From, To string
	// Stated is the value as written (430 mile).
	Stated Value
	// Computed is the distance from the geometry.
	Computed Computed
	// Bearing compares a stated compass direction, when there is one.
	Bearing *Bearing
	// Verdict is one of "consistent (+0.7%)", "shorter than the
	// great-circle distance by 12% (80 km)", "longer than the great-circle
	// distance by 19% (130 km)", "consistent with the route (-2.1%)",
	// "shorter than the route by 17% (141 km)", "longer than the route by
	// 8.0% (60 km)".
	Verdict string
}

// Computed is a distance computed from the geometry.
type Computed struct {
	Value  float64
	Unit   string // "km"
	Method string // "great-circle" or "route"
}

// Bearing compares a stated compass direction with the computed initial
// bearing.
type Bearing struct {
	Stated   string  // as written: "northeast", "north-east", "south"
	Computed float64 // degrees clockwise from north, [0, 360)
	// Verdict is "consistent" or "off by 40°: the bearing 95° is east".
	Verdict string
}

// PlacesByName returns a PlaceLookup that finds the given names in a
// sentence, case-insensitively on word boundaries (longest names first).
func PlacesByName(points map[string]orb.Point) PlaceLookup {
	names := make([]string, 0, len(points))
	for n := range points {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	return func(s string) []Place {
		var out []Place
		for i := 0; i < len(s); i++ {
			if i > 0 && !utf8.RuneStart(s[i]) {
				continue
			}
			for _, n := range names { // longest first
				e := i + len(n)
				if e <= len(s) && strings.EqualFold(s[i:e], n) && boundary(s, i, e) {
					out = append(out, Place{Name: n, Point: points[n], Start: i, End: e})
					i = e - 1
					break
				}
			}
		}
		return out
	}
}

func boundary(s string, i, e int) bool {
	isWord := func(r byte) bool { return r < 128 && (unicode.IsLetter(rune(r)) || unicode.IsDigit(rune(r))) }
	return (i == 0 || !isWord(s[i-1])) && (e >= len(s) || !isWord(s[e]))
}

// RoutesByStops returns a RouteLookup over routes: a route is between from
// and to when both are among its stops (case-insensitive); with to "", when
// from is its first or last stop.
func RoutesByStops(routes []Route) RouteLookup {
	return func(from, to string) []Route {
		var out []Route
		for _, r := range routes {
			idx := func(n string) int {
				for i, s := range r.Stops {
					if strings.EqualFold(s, n) {
						return i
					}
				}
				return -1
			}
			a := idx(from)
			if a < 0 {
				continue
			}
			if to == "" {
				if a == 0 || a == len(r.Stops)-1 {
					out = append(out, r)
				}
				continue
			}
			if idx(to) >= 0 {
				out = append(out, r)
			}
		}
		return out
	}
}

// directionRe finds a compass direction followed by "of": "430 miles
// northeast of Pyongyang", "south of".
var directionRe = regexp.MustCompile(`(?i)\b(north|south)?[- ]?(east|west)?(?:ern|ward|wards)?\s+of\b`)

var octants = map[string]float64{"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180,
	"southwest": 225, "west": 270, "northwest": 315}

func octantName(deg float64) string {
	names := []string{"north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"}
	return names[int(math.Mod(deg+22.5, 360)/45)%8]
}

// minCheckKm is the shortest great-circle distance checked: closer places
// are one point on the map (a venue placed approximately at its city).
const minCheckKm = 1.0

// Checks compares every stated distance with the great-circle distance
// between the two places the sentence relates it to (see related: "from A
// to B", "between A and B", "A is N km north of B", ...; no check when the
// sentence relates it to no pair), and, when the sentence is about a trip
// and a route joins them, with the route's length. A trip sentence that
// names two places without such a relation is compared only with a route
// joining both (the nearest names before and after the number); one naming
// one known place, with the routes that start or end there. Sizes of
// things ("400 metres long") are not checked. A compass direction stated
// as "<dir> of <place>" is compared with the initial bearing from that
// place to the other.
func Checks(qs []Quantity, places PlaceLookup, routes RouteLookup) []Check {
	var out []Check
	for _, q := range qs {
		if q.Kind != Distance || places == nil {
			continue
		}
		if dimensions[q.About] {
			continue // "400 metres long": the size of a thing
		}
		ps := dedupe(places(q.Sentence))
		from0, to0 := int(q.Start), int(q.End)
		a, b, ok := related(q.Sentence, ps, from0, to0)
		trip := hasTripWord(q.Sentence) || hasTripWord(q.About)
		stated := q.Normalized.Value
		base := Check{Text: q.Text(), Source: q.Source, Sentence: q.Sentence, Stated: Value{q.Value, q.Unit}}
		gc := 0.0
		if ok {
			gc = geo.DistanceHaversine(a.Point, b.Point) / 1000
		}
		// Two names at one point (a venue placed at its city) give no
		// distance to compare.
		ok = ok && gc >= minCheckKm
		if ok {
			c := base
			c.From, c.To = a.Name, b.Name
			c.Computed = Computed{gc, "km", "great-circle"}
			c.Verdict = verdict(stated, gc, GreatCircleTolerance, q.Qualifier, "the great-circle distance", "")
			c.Bearing = bearing(q.Sentence, a, b)
			out = append(out, c)
		}
		if !trip || routes == nil {
			continue
		}
		var rs []Route
		from, to := "", ""
		if !ok {
			// A trip between two places the sentence names, without a
			// stated relation: only a route joining both is compared.
			a, b, ok = pair(ps, from0, to0)
		}
		switch {
		case ok:
			from, to = a.Name, b.Name
			rs = routes(from, to)
		case len(ps) >= 1:
			from = nearest(ps, from0, to0).Name
			rs = routes(from, "")
		}
		if len(rs) == 0 {
			continue
		}
		// Several routes: the one whose length is closest to the statement.
		best, bestLen := -1, 0.0
		for i, r := range rs {
			l := geo.LengthHaversine(r.Line) / 1000
			if best < 0 || math.Abs(l-stated) < math.Abs(bestLen-stated) {
				best, bestLen = i, l
			}
		}
		r := rs[best]
		c := base
		c.From, c.To = from, to
		if to == "" && len(r.Stops) > 0 {
			c.To = r.Stops[len(r.Stops)-1]
			if strings.EqualFold(c.To, from) {
				c.To = r.Stops[0]
			}
		}
		c.Computed = Computed{bestLen, "km", "route"}
		c.Verdict = verdict(stated, bestLen, RouteTolerance, q.Qualifier, "the route", " with the route")
		out = append(out, c)
	}
	return out
}

func verdict(stated, ref, tol float64, qual, what, consistentWith string) string {
	k, rel := compare(stated, ref, tol, qual)
	diff := math.Abs(stated - ref)
	switch k {
	case -1:
		return fmt.Sprintf("shorter than %s by %s (%s km)", what, pct(rel), num(diff))
	case 1:
		return fmt.Sprintf("longer than %s by %s (%s km)", what, pct(rel), num(diff))
	}
	sign := "+"
	if rel < 0 {
		sign = "-"
	}
	return fmt.Sprintf("consistent%s (%s%s)", consistentWith, sign, pct(rel))
}

func dedupe(ps []Place) []Place {
	var out []Place
	for _, p := range ps {
		if !slices.ContainsFunc(out, func(o Place) bool { return o.Name == p.Name }) {
			out = append(out, p)
		}
	}
	return out
}

// pair picks the two places of a distance at [start, end): the nearest
// before and the nearest after it, or the two nearest.
func pair(ps []Place, start, end int) (Place, Place, bool) {
	if len(ps) < 2 {
		return Place{}, Place{}, false
	}
	var before, after *Place
	for i := range ps {
		p := &ps[i]
		if p.End >= 0 && p.End <= start {
			if before == nil || p.End > before.End {
				before = p
			}
		} else if p.Start >= end {
			if after == nil || p.Start < after.Start {
				after = p
			}
		}
	}
	if before != nil && after != nil {
		return *before, *after, true
	}
	sorted := slices.Clone(ps)
	slices.SortStableFunc(sorted, func(a, b Place) int { return dist(a, start, end) - dist(b, start, end) })
	return sorted[0], sorted[1], true
}

func dist(p Place, start, end int) int {
	switch {
	case p.Start < 0:
		return math.MaxInt32
	case p.End <= start:
		return start - p.End
	case p.Start >= end:
		return p.Start - end
	}
	return 0
}

func nearest(ps []Place, start, end int) Place {
	best := ps[0]
	for _, p := range ps[1:] {
		if dist(p, start, end) < dist(best, start, end) {
			best = p
		}
	}
	return best
}

// bearing compares a direction stated as "<dir> of <place>" (the place
// being a or b) with the initial bearing from that place to the other.
func bearing(sentence string, a, b Place) *Bearing {
	for _, m := range directionRe.FindAllStringSubmatchIndex(sentence, -1) {
		ns, ew := "", ""
		if m[2] >= 0 {
			ns = strings.ToLower(sentence[m[2]:m[3]])
		}
		if m[4] >= 0 {
			ew = strings.ToLower(sentence[m[4]:m[5]])
		}
		if ns == "" && ew == "" {
			continue
		}
		start := m[2]
		if start < 0 {
			start = m[4]
		}
		// The word must start at a word boundary and the direction be one
		// word ("northeast", "north-east", "north east").
		if start > 0 && (unicode.IsLetter(rune(sentence[start-1]))) {
			continue
		}
		stated := strings.TrimSpace(sentence[start:m[1]])
		stated = strings.TrimSpace(strings.TrimSuffix(stated, "of"))
		var origin, target Place
		switch {
		case a.Start >= m[1] && (b.Start < m[1] || b.Start > a.Start):
			origin, target = a, b
		case b.Start >= m[1]:
			origin, target = b, a
		default:
			continue
		}
		centre := octants[ns+ew]
		deg := math.Mod(geo.Bearing(origin.Point, target.Point)+360, 360)
		off := math.Abs(math.Mod(deg-centre+540, 360) - 180)
		v := "consistent"
		if off > BearingTolerance {
			v = fmt.Sprintf("off by %.0f°: the bearing %.0f° is %s", off, deg, octantName(deg))
		}
		return &Bearing{Stated: stated, Computed: deg, Verdict: v}
	}
	return nil
}
