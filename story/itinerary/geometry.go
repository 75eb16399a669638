package itinerary

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/internal/sphere"
)

// Geometry constants.
const (
	// arcStepM is the longest step between two points of a great-circle arc.
	arcStepM = 50_000
	// maxArcSegments bounds the points of one arc.
	maxArcSegments = 256
	// portSlackM: samples this close to a sea leg's ends are not tested for
	// land (ports are on land).
	portSlackM = 25_000
)

// detourOffsetsM are the distances from the midpoint of a sea leg at which a
// single detour waypoint is tried, nearest first, on both sides.
var detourOffsetsM = []float64{100e3, 250e3, 500e3, 1000e3, 2000e3}

// Line is the geometry of one leg of the trip, in lon/lat. It is inferred and
// approximate: it shows how the places named connect, not the path taken.
//
//   - air and unknown mode: great-circle arcs through the origin, the via
//     places and the destination, a point every 50 km at most (at most 256
//     segments per arc). Longitudes are kept continuous: an arc over the
//     antimeridian goes past ±180 (e.g. 179 then 181) instead of jumping;
//     SplitAntimeridian cuts such a line for a map that needs [-180, 180].
//   - rail and road: straight lon/lat segments through the named stops in
//     order; no track or road network is known.
//   - sea: a great-circle arc; when onLand is given and a sample of the arc
//     (farther than 25 km from both ends) is on land, a single waypoint is
//     tried 100, 250, 500, 1000 and 2000 km from the arc's midpoint on
//     either side, perpendicular to the arc, and the first two-arc path with
//     no sample on land is used. If none is clear, the great circle is
//     returned (Leg.CrossesLand says so after Extract). Extract with
//     Options.SeaRoute routes each segment with it first (around land,
//     through canals), and falls back to the above when it fails.
//
// Places missing from t.Stops are skipped; fewer than two points give nil.
func (t Trip) Line(l Leg, onLand ...func(orb.Point) bool) orb.LineString {
	var f func(orb.Point) bool
	if len(onLand) > 0 {
		f = onLand[0]
	}
	ls, _ := t.line(l, Options{OnLand: f})
	return ls
}

// line is Line and whether a sea leg still crosses land.
func (t Trip) line(l Leg, opt Options) (orb.LineString, bool) {
	pts := t.legPoints(l)
	if len(pts) < 2 {
		return nil, false
	}
	onLand := opt.OnLand
	switch l.Mode {
	case ModeRail, ModeRoad:
		return orb.LineString(pts), false
	case ModeSea:
		if onLand == nil && opt.SeaRoute == nil {
			return arcs(pts), false
		}
		var out orb.LineString
		crosses := false
		for i := 0; i+1 < len(pts); i++ {
			if opt.SeaRoute != nil {
				if seg, err := opt.SeaRoute(pts[i], pts[i+1]); err == nil && len(seg) >= 2 {
					out = joinLines(out, seg)
					continue
				}
			}
			if onLand == nil {
				out = joinLines(out, arc(pts[i], pts[i+1]))
				continue
			}
			seg, c := seaArc(pts[i], pts[i+1], onLand)
			crosses = crosses || c
			out = joinLines(out, seg)
		}
		return sphere.Unwrap(out), crosses
	default:
		return arcs(pts), false
	}
}

// legPoints are the coordinates of the leg's origin, via places and
// destination, looked up in the trip's stops.
func (t Trip) legPoints(l Leg) []orb.Point {
	ids := append(append([]string{l.From}, l.Via...), l.To)
	var pts []orb.Point
	for _, id := range ids {
		for _, s := range t.Stops {
			if s.PlaceID == id {
				pts = append(pts, orb.Point{s.Lon, s.Lat})
				break
			}
		}
	}
	return pts
}

// arcs joins great-circle arcs through pts.
func arcs(pts []orb.Point) orb.LineString {
	var out orb.LineString
	for i := 0; i+1 < len(pts); i++ {
		out = joinLines(out, arc(pts[i], pts[i+1]))
	}
	return sphere.Unwrap(out)
}

// arc is the great circle from a to b, a point every 50 km at most, at
// most 256 segments (sphere.GreatCircle: continuous longitudes).
func arc(a, b orb.Point) orb.LineString {
	return sphere.GreatCircle(a, b, sphere.Segments(a, b, arcStepM, maxArcSegments))
}

// joinLines appends b to a, dropping b's first point when it repeats a's last.
func joinLines(a, b orb.LineString) orb.LineString {
	if len(a) == 0 {
		return b
	}
	if len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[0] {
		b = b[1:]
	}
	return append(a, b...)
}

// seaArc is the great circle from a to b, or a one-waypoint detour around
// land; crosses is true when no clear path was found.
func seaArc(a, b orb.Point, onLand func(orb.Point) bool) (orb.LineString, bool) {
	gc := arc(a, b)
	if clear(gc, a, b, onLand) {
		return gc, false
	}
	mid := geo.Midpoint(a, b)
	brg := geo.Bearing(a, b)
	for _, off := range detourOffsetsM {
		for _, side := range []float64{90, -90} {
			w := geo.PointAtBearingAndDistance(mid, brg+side, off)
			path := joinLines(arc(a, w), arc(w, b))
			if clear(path, a, b, onLand) {
				return path, false
			}
		}
	}
	return gc, true
}

// clear is true when no sample of ls farther than portSlackM from a and b is
// on land.
func clear(ls orb.LineString, a, b orb.Point, onLand func(orb.Point) bool) bool {
	for _, p := range ls {
		if geo.DistanceHaversine(p, a) < portSlackM || geo.DistanceHaversine(p, b) < portSlackM {
			continue
		}
		if onLand(normalLon(p)) {
			return false
		}
	}
	return true
}

// normalLon brings a longitude into [-180, 180).
func normalLon(p orb.Point) orb.Point {
	p[0] = math.Mod(p[0]+180, 360)
	if p[0] < 0 {
		p[0] += 360
	}
	p[0] -= 180
	return p
}

// SplitAntimeridian cuts a line with continuous longitudes (as Line returns
// them) where it crosses ±180 and brings every part into [-180, 180]. The
// crossing latitude is interpolated linearly between the two samples.
func SplitAntimeridian(ls orb.LineString) orb.MultiLineString {
	if len(ls) == 0 {
		return nil
	}
	band := func(lon float64) float64 { return math.Floor((lon + 180) / 360) }
	var out orb.MultiLineString
	shift := band(ls[0][0]) * 360
	cur := orb.LineString{{ls[0][0] - shift, ls[0][1]}}
	for i := 1; i < len(ls); i++ {
		a, b := ls[i-1], ls[i]
		if ba, bb := band(a[0]), band(b[0]); ba != bb {
			edge := math.Max(ba, bb)*360 - 180 // the boundary between the bands
			f := (edge - a[0]) / (b[0] - a[0])
			lat := a[1] + f*(b[1]-a[1])
			cur = append(cur, orb.Point{edge - ba*360, lat})
			out = append(out, cur)
			shift = bb * 360
			cur = orb.LineString{{edge - shift, lat}}
		}
		cur = append(cur, orb.Point{b[0] - shift, b[1]})
	}
	return append(out, cur)
}
