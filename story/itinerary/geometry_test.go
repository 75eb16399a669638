package itinerary

import (
	"errors"
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

func tripOf(mode string, names ...string) (Trip, Leg) {
	var t Trip
	for _, n := range names {
		p := testPlaces[n]
		t.Stops = append(t.Stops, Stop{PlaceID: p.id, Name: n, Lat: p.lat, Lon: p.lon})
	}
	l := Leg{From: t.Stops[0].PlaceID, To: t.Stops[len(t.Stops)-1].PlaceID, Mode: mode}
	for _, s := range t.Stops[1 : len(t.Stops)-1] {
		l.Via = append(l.Via, s.PlaceID)
	}
	return t, l
}

func TestLineGreatCircle(t *testing.T) {
	tr, l := tripOf(ModeAir, "Lisbon", "New York")
	ls := tr.Line(l)
	a, b := ls[0], ls[len(ls)-1]
	if a != (orb.Point{-9.1333, 38.7167}) || b != (orb.Point{-74.006, 40.7143}) {
		t.Fatalf("ends %v %v", a, b)
	}
	gc := geo.DistanceHaversine(a, b)
	// the arc's length equals the great-circle distance (5,4xx km) ...
	if got := geo.LengthHaversine(ls); math.Abs(got-gc) > 1 {
		t.Errorf("arc length %.0f m, great circle %.0f m", got, gc)
	}
	// why haversine: geo.Distance is a flat approximation (5,559 km here)
	if flat := geo.Distance(a, b); flat-gc < 100e3 {
		t.Errorf("geo.Distance %.0f m, haversine %.0f m", flat, gc)
	}
	if gc < 5.42e6 || gc > 5.44e6 { // 5,429 km
		t.Errorf("Lisbon-New York %.0f km", gc/1000)
	}
	// ... and is shorter than the straight lon/lat line, sampled as densely
	straight := orb.LineString{}
	for i := 0; i <= 200; i++ {
		f := float64(i) / 200
		straight = append(straight, orb.Point{a[0] + f*(b[0]-a[0]), a[1] + f*(b[1]-a[1])})
	}
	if geo.LengthHaversine(straight) <= geo.LengthHaversine(ls) {
		t.Errorf("straight %.0f m not longer than arc %.0f m", geo.LengthHaversine(straight), geo.LengthHaversine(ls))
	}
	// the midpoint lies north of the straight line's midpoint
	mid := ls[len(ls)/2] // samples are evenly spaced
	if len(ls)%2 == 0 {
		t.Logf("even number of points: %d", len(ls))
	}
	if straightMid := (a[1] + b[1]) / 2; mid[1] < straightMid+4.5 { // 44.55 vs 39.72
		t.Errorf("arc midpoint latitude %.2f, straight %.2f", mid[1], straightMid)
	}
	for i := 1; i < len(ls); i++ {
		if d := geo.DistanceHaversine(ls[i-1], ls[i]); d > arcStepM+1 {
			t.Fatalf("step %d is %.0f m", i, d)
		}
	}
}

func TestLineRailThroughStops(t *testing.T) {
	tr, l := tripOf(ModeRail, "Vienna", "Budapest", "Belgrade")
	ls := tr.Line(l)
	if len(ls) != 3 || ls[1] != (orb.Point{19.0404, 47.4984}) {
		t.Errorf("rail line %v", ls)
	}
}

func TestLineAntimeridian(t *testing.T) {
	tr, l := tripOf(ModeAir, "Auckland", "Honolulu")
	ls := tr.Line(l)
	for i := 1; i < len(ls); i++ {
		if math.Abs(ls[i][0]-ls[i-1][0]) > 5 {
			t.Fatalf("longitude jumps at %d: %v -> %v", i, ls[i-1], ls[i])
		}
	}
	if ls[len(ls)-1][0] <= 180 {
		t.Errorf("continuous longitudes should pass 180: end %v", ls[len(ls)-1])
	}
	parts := SplitAntimeridian(ls)
	if len(parts) != 2 {
		t.Fatalf("%d parts", len(parts))
	}
	if e := parts[0][len(parts[0])-1]; e[0] != 180 {
		t.Errorf("first part ends at %v", e)
	}
	if s := parts[1][0]; s[0] != -180 || s[1] != parts[0][len(parts[0])-1][1] {
		t.Errorf("second part starts at %v", s)
	}
	if e := parts[1][len(parts[1])-1]; math.Abs(e[0]-(-157.8583)) > 1e-9 {
		t.Errorf("second part ends at %v", e)
	}
	for _, p := range parts {
		for _, q := range p {
			if q[0] < -180 || q[0] > 180 {
				t.Errorf("point %v out of range", q)
			}
		}
	}
}

func TestLineSeaDetour(t *testing.T) {
	tr, l := tripOf(ModeSea, "Lisbon", "New York")
	// a made-up island on the great circle: a 300 km box around its midpoint
	mid := geo.Midpoint(orb.Point{-9.1333, 38.7167}, orb.Point{-74.006, 40.7143})
	island := geo.NewBoundAroundPoint(mid, 150e3)
	onLand := func(p orb.Point) bool { return island.Contains(p) }
	ls := tr.Line(l, onLand)
	for _, p := range ls[1 : len(ls)-1] {
		if onLand(p) {
			t.Fatalf("detour still on land at %v", p)
		}
	}
	if geo.LengthHaversine(ls) <= geo.DistanceHaversine(ls[0], ls[len(ls)-1]) {
		t.Errorf("detour not longer than the great circle")
	}
	// land everywhere: no detour is clear, the leg is marked
	everywhere := func(orb.Point) bool { return true }
	if _, crosses := tr.line(l, Options{OnLand: everywhere}); !crosses {
		t.Errorf("a leg over land everywhere is not marked")
	}
	if _, crosses := tr.line(l, Options{OnLand: func(orb.Point) bool { return false }}); crosses {
		t.Errorf("open sea marked as crossing land")
	}
	// A sea router, when given, draws each segment; when it fails the
	// great circle and its detours are used.
	detour := orb.LineString{{1, 1}, {5, 5}, {9, 9}}
	router := func(a, b orb.Point) (orb.LineString, error) {
		return orb.LineString{a, {a[0] + 1, a[1] + 1}, b}, nil
	}
	if ls, crosses := tr.line(l, Options{SeaRoute: router, OnLand: everywhere}); crosses || len(ls) != 3 {
		t.Errorf("sea router not used: %v crosses %v", ls, crosses)
	}
	failing := func(a, b orb.Point) (orb.LineString, error) { return detour, errors.New("inland") }
	if _, crosses := tr.line(l, Options{SeaRoute: failing, OnLand: everywhere}); !crosses {
		t.Errorf("a failing sea router did not fall back to the detours")
	}
}

func TestLineMissingStops(t *testing.T) {
	var tr Trip
	if ls := tr.Line(Leg{From: "x", To: "y", Mode: ModeAir}); ls != nil {
		t.Errorf("line without stops: %v", ls)
	}
}
