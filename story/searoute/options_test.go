package searoute

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// With the polar seas closed, Shanghai → Rotterdam goes by the Suez Canal,
// not north of Greenland, and keeps south of 70°N.
func TestRouteWithMaxLat(t *testing.T) {
	m, err := landMask()
	if err != nil {
		t.Fatal(err)
	}
	shanghai, rotterdam := orb.Point{121.49, 31.23}, orb.Point{4.48, 51.92}
	l, err := RouteWith(shanghai, rotterdam, Options{MaxLat: 70})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range l {
		if math.Abs(p[1]) > 70 {
			t.Fatalf("%v is north of 70°", p)
		}
	}
	if !passesBox(l, orb.Bound{Min: orb.Point{32.1, 29.9}, Max: orb.Point{32.7, 31.3}}) {
		t.Error("Shanghai → Rotterdam does not pass the Suez Canal")
	}
	atSea(t, m, l)
	t.Logf("%d points, %.0f km", len(l), length(l))
	// Unbounded, the mask's shortest water path runs through the Arctic.
	free, err := Route(shanghai, rotterdam)
	if err != nil {
		t.Fatal(err)
	}
	north := 0.0
	for _, p := range free {
		north = math.Max(north, p[1])
	}
	if north < 70 {
		t.Errorf("unbounded route reaches %.1f°N only: MaxLat tested nothing", north)
	}
}

// An end with no sea within MaxSnapKm moves to the open sea when
// Options.ReachKm allows: the path then starts at a sea cell, and every
// segment of it stays at sea.
func TestRouteWithReach(t *testing.T) {
	m, err := landMask()
	if err != nil {
		t.Fatal(err)
	}
	caspian := orb.Bound{Min: orb.Point{46, 36.5}, Max: orb.Point{55.5, 47.5}}
	for _, c := range []struct {
		name       string
		a, b       orb.Point
		maxMovedKm float64
		notIn      *orb.Bound // where the moved end must not be
		in         *orb.Bound // where it must be
	}{
		// A country's representative point, 1,000 km and more inland: its
		// coast facing Rotterdam, pulled north-west, is the Bohai Gulf.
		{"China-Rotterdam", orb.Point{105, 35}, orb.Point{4.48, 51.92}, 2500, nil, &orb.Bound{Min: orb.Point{117, 37}, Max: orb.Point{122.5, 41}}},
		{"Madrid-Lisbon", orb.Point{-3.70, 40.42}, orb.Point{-9.14, 38.70}, 600, nil, nil},
		// Baku's sea is the Caspian, a lake to the mask: the end moves to open sea.
		{"Baku-Piraeus", orb.Point{49.87, 40.41}, orb.Point{23.63, 37.94}, 2500, &caspian, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := RouteWith(c.a, c.b, Options{MaxLat: 70}); err == nil {
				t.Fatalf("routed without ReachKm: want ErrInland")
			}
			l, err := RouteWith(c.a, c.b, Options{ReachKm: 2500, MaxLat: 70})
			if err != nil {
				t.Fatal(err)
			}
			start := l[0]
			if OnLand(start) {
				t.Errorf("moved end %v is on land", start)
			}
			if d := geo.Distance(c.a, start) / 1000; d > c.maxMovedKm || d <= MaxSnapKm {
				t.Errorf("end moved %.0f km, want %d to %.0f", d, MaxSnapKm, c.maxMovedKm)
			}
			if c.notIn != nil && c.notIn.Contains(start) {
				t.Errorf("moved end %v is in %v", start, *c.notIn)
			}
			if c.in != nil && !c.in.Contains(start) {
				t.Errorf("moved end %v is not in %v", start, *c.in)
			}
			ax, ay := exactCellOf(l[0])
			bx, by := exactCellOf(l[1])
			if !m.lineClear(ax, ay, bx, by) {
				t.Errorf("first segment %v-%v crosses land", l[0], l[1])
			}
			atSea(t, m, l)
			t.Logf("starts at %v; %d points, %.0f km", start, len(l), length(l))
		})
	}
}

// LongestLandKm measures the land a drawn line crosses: the great circle
// from Bergen to Plymouth crosses Britain, the sea route nothing (its ends'
// own land aside).
func TestLongestLandKm(t *testing.T) {
	bergen, plymouth := orb.Point{5.32, 60.39}, orb.Point{-4.14, 50.37}
	gc := orb.LineString{bergen, plymouth}
	if km := LongestLandKm(gc, MaxSnapKm); km < 150 || km > 1000 {
		t.Errorf("great circle Bergen → Plymouth: %.0f km of land, want Britain's width or so", km)
	}
	l, err := Route(bergen, plymouth)
	if err != nil {
		t.Fatal(err)
	}
	if km := LongestLandKm(l, MaxSnapKm); km > 10 {
		t.Errorf("routed Bergen → Plymouth: %.0f km of land", km)
	}
	// Madrid to Valencia, all land: counted but for the ends' slack.
	madrid, valencia := orb.Point{-3.70, 40.42}, orb.Point{-0.38, 39.47}
	all, slack := LongestLandKm(orb.LineString{madrid, valencia}, 0), LongestLandKm(orb.LineString{madrid, valencia}, 60)
	if all < 250 || slack > all-100 {
		t.Errorf("Madrid → Valencia: %.0f km of land, %.0f with 60 km slack", all, slack)
	}
	if LongestLandKm(nil, 0) != 0 {
		t.Error("an empty line crosses land")
	}
}

// RouteCounted reports the A* work: none for a great circle at sea, some
// for a search, more for a longer one, and for a kept route what it first
// took (so that a budget of work routes the same legs every time).
func TestRouteCounted(t *testing.T) {
	a, b := orb.Point{-30, 30}, orb.Point{-40, 35} // open Atlantic
	if _, w, err := RouteCounted(a, b, Options{}); err != nil || w != 0 {
		t.Errorf("across the open Atlantic (the great circle): work %d, %v", w, err)
	}
	m, err := landMask()
	if err != nil {
		t.Fatal(err)
	}
	_, short, err := m.route(orb.Point{23.63, 37.94}, orb.Point{30.73, 46.48}, Options{}) // Piraeus → Odesa
	if err != nil {
		t.Fatal(err)
	}
	_, long, err := m.route(orb.Point{121.49, 31.23}, orb.Point{4.48, 51.92}, Options{MaxLat: 70}) // Shanghai → Rotterdam
	if err != nil {
		t.Fatal(err)
	}
	if short <= 0 || long <= short {
		t.Errorf("work: Piraeus → Odesa %d, Shanghai → Rotterdam %d", short, long)
	}
	t.Logf("work: Piraeus → Odesa %d cells, Shanghai → Rotterdam %d", short, long)
	_, first, _ := RouteCounted(orb.Point{23.63, 37.94}, orb.Point{30.73, 46.48}, Options{})
	if _, w, _ := RouteCounted(orb.Point{23.63, 37.94}, orb.Point{30.73, 46.48}, Options{}); w != first || w != short {
		t.Errorf("a kept route: work %d, first %d, searched %d", w, first, short)
	}
}
