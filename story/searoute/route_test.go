package searoute

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

func length(l orb.LineString) float64 {
	d := 0.0
	for k := 1; k < len(l); k++ {
		d += geo.Distance(l[k-1], l[k])
	}
	return d / 1000
}

// atSea checks that every segment of l, but the first and last (from the
// city to its harbour), stays on sea cells of the mask.
func atSea(t *testing.T, m *mask, l orb.LineString) {
	t.Helper()
	for k := 2; k < len(l)-1; k++ {
		ax, ay := exactCellOf(l[k-1])
		bx, by := exactCellOf(l[k])
		if bx-ax > fineN/2 {
			bx -= fineN
		} else if ax-bx > fineN/2 {
			bx += fineN
		}
		if !m.lineClear(ax, ay, bx, by) {
			t.Errorf("segment %d %v-%v crosses land", k, l[k-1], l[k])
		}
	}
}

// exactCellOf is cellOf rounded to a millionth of a cell, undoing the
// rounding of the lon/lat round trip of a cell's centre (a line the router
// checked through a cell's corner stays through it).
func exactCellOf(p orb.Point) (float64, float64) {
	x, y := cellOf(p)
	return math.Round(x*1e6) / 1e6, math.Round(y*1e6) / 1e6
}

func passesBox(l orb.LineString, b orb.Bound) bool {
	for k := 1; k < len(l); k++ {
		for s := 0; s <= 20; s++ {
			t := float64(s) / 20
			p := orb.Point{l[k-1][0] + (l[k][0]-l[k-1][0])*t, l[k-1][1] + (l[k][1]-l[k-1][1])*t}
			if b.Contains(p) {
				return true
			}
		}
	}
	return false
}

func TestRoutes(t *testing.T) {
	m, err := landMask()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		a, b     orb.Point
		maxKm    float64 // route length at most
		minRatio float64 // route / great circle at least (1: may be the great circle)
		via      []orb.Bound
		viaAny   bool // one of via, not all
	}{
		// The great circle crosses Scotland or England: round by the
		// Dover Strait or north of Scotland.
		{"Bergen-Plymouth", orb.Point{5.32, 60.39}, orb.Point{-4.14, 50.37}, 1900, 1.1,
			[]orb.Bound{{Min: orb.Point{0.8, 50.6}, Max: orb.Point{2.2, 51.3}}, {Min: orb.Point{-8, 58.3}, Max: orb.Point{-1, 62}}}, true},
		{"Piraeus-Alexandria", orb.Point{23.63, 37.94}, orb.Point{29.90, 31.20}, 1200, 1, nil, false},
		// Through the Suez Canal, not round Africa (about 14,000 km).
		{"Port Said-Jeddah (Suez)", orb.Point{32.30, 31.26}, orb.Point{39.17, 21.49}, 1800, 1.01,
			[]orb.Bound{{Min: orb.Point{32.1, 30.0}, Max: orb.Point{32.7, 31.0}}}, false},
		// Gibraltar: Lisbon to Barcelona by sea, not over Spain.
		{"Lisbon-Barcelona", orb.Point{-9.14, 38.70}, orb.Point{2.17, 41.38}, 1900, 1.4,
			[]orb.Bound{{Min: orb.Point{-6.0, 35.7}, Max: orb.Point{-5.2, 36.2}}}, false},
		// The Bosphorus and the Dardanelles: Odesa to Piraeus.
		{"Odesa-Piraeus", orb.Point{30.73, 46.48}, orb.Point{23.63, 37.94}, 1700, 1.1,
			[]orb.Bound{{Min: orb.Point{28.9, 40.95}, Max: orb.Point{29.2, 41.3}}, {Min: orb.Point{26.1, 39.95}, Max: orb.Point{26.8, 40.5}}}, false},
		// Open ocean: the great circle.
		{"Lisbon-Funchal", orb.Point{-9.14, 38.70}, orb.Point{-16.91, 32.65}, 1000, 1, nil, false},
		// Across the antimeridian: Fiji to Samoa.
		{"Suva-Apia", orb.Point{178.44, -18.14}, orb.Point{-171.77, -13.83}, 1400, 1, nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			l, err := Route(c.a, c.b)
			if err != nil {
				t.Fatal(err)
			}
			if l[0] != c.a || l[len(l)-1][1] != c.b[1] {
				t.Errorf("route %v does not run from %v to %v", l, c.a, c.b)
			}
			km, gc := length(l), geo.Distance(c.a, c.b)/1000
			t.Logf("%d points, %.0f km (great circle %.0f km)", len(l), km, gc)
			if km > c.maxKm {
				t.Errorf("route %.0f km, want at most %.0f", km, c.maxKm)
			}
			if km < gc*c.minRatio-1 {
				t.Errorf("route %.0f km, great circle %.0f: want a detour (at least ×%.2f)", km, gc, c.minRatio)
			}
			atSea(t, m, l)
			hit := 0
			for _, b := range c.via {
				if passesBox(l, b) {
					hit++
				} else if !c.viaAny {
					t.Errorf("route does not pass %v", b)
				}
			}
			if c.viaAny && hit == 0 {
				t.Errorf("route passes none of %v", c.via)
			}
			for k := 1; k < len(l); k++ {
				if d := l[k][0] - l[k-1][0]; d > 180 || d < -180 {
					t.Errorf("longitude jumps %v to %v", l[k-1], l[k])
				}
			}
		})
	}
}

func TestRouteErrors(t *testing.T) {
	// Madrid is 300 km from the sea.
	if _, err := Route(orb.Point{-3.70, 40.42}, orb.Point{-9.14, 38.70}); !errors.Is(err, ErrInland) {
		t.Errorf("Madrid: error %v, want ErrInland", err)
	}
	// The Caspian Sea is a lake in GSHHG (land in the mask): Baku is
	// inland for the sea.
	if _, err := Route(orb.Point{23.63, 37.94}, orb.Point{49.87, 40.41}); !errors.Is(err, ErrInland) && !errors.Is(err, ErrNoPath) {
		t.Errorf("Baku: error %v, want ErrInland or ErrNoPath", err)
	}
}

func TestRouteBadPoints(t *testing.T) {
	ok := orb.Point{-9.14, 38.70}
	for _, p := range []orb.Point{{math.NaN(), 0}, {0, math.Inf(1)}, {0, 91}, {1e9, 0}} {
		if _, err := Route(ok, p); !errors.Is(err, ErrBadPoint) {
			t.Errorf("%v: error %v, want ErrBadPoint", p, err)
		}
		if OnLand(p) {
			t.Errorf("%v: on land", p)
		}
	}
}

// BenchmarkRoute times routing a leg afresh (m.route: Route keeps what it
// found, so it would time a map lookup).
func BenchmarkRoute(b *testing.B) {
	m, err := landMask()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		a, b orb.Point
		opt  Options
	}{
		{"Bergen-Plymouth", orb.Point{5.32, 60.39}, orb.Point{-4.14, 50.37}, Options{}},
		{"Piraeus-Alexandria", orb.Point{23.63, 37.94}, orb.Point{29.90, 31.20}, Options{}},
		{"Shanghai-Rotterdam", orb.Point{121.49, 31.23}, orb.Point{4.48, 51.92}, Options{}},
		{"Shanghai-Rotterdam-MaxLat70", orb.Point{121.49, 31.23}, orb.Point{4.48, 51.92}, Options{MaxLat: 70}},
		// China's representative point, moved to the sea (the analysis's options).
		{"China-Rotterdam-Reach", orb.Point{105, 35}, orb.Point{4.48, 51.92}, Options{ReachKm: 2500, MaxLat: 70}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, _, err := m.route(c.a, c.b, c.opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLandMask(b *testing.B) {
	rd, err := archive()
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := buildMask(rd); err != nil {
			b.Fatal(err)
		}
	}
}

func TestOnLand(t *testing.T) {
	for _, c := range []struct {
		name string
		p    orb.Point
		land bool
	}{
		{"Madrid", orb.Point{-3.70, 40.42}, true},
		{"central Australia", orb.Point{134, -25}, true},
		{"North Atlantic", orb.Point{-30, 45}, false},
		{"Bay of Biscay", orb.Point{-4, 45.5}, false},
		{"Suez Canal at Ismailia (carved)", orb.Point{32.29, 30.57}, false},
		{"Bosphorus (carved)", orb.Point{29.05, 41.08}, false},
	} {
		if got := OnLand(c.p); got != c.land {
			t.Errorf("%s %v: OnLand %v, want %v", c.name, c.p, got, c.land)
		}
	}
}

func ExampleRoute() {
	// Bergen to Plymouth: the great circle crosses Britain, so the route
	// goes round by the Dover Strait.
	l, err := Route(orb.Point{5.32, 60.39}, orb.Point{-4.14, 50.37})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d points, %.0f km\n", len(l), length(l))
	// Output: 11 points, 1490 km
}

// TestRouteKept: a leg asked twice gets the same path, and a caller that
// changes the path it got does not change the one kept.
func TestRouteKept(t *testing.T) {
	a, b := orb.Point{23.63, 37.94}, orb.Point{29.90, 31.20} // Piraeus → Alexandria
	first, err := Route(a, b)
	if err != nil {
		t.Fatal(err)
	}
	want := first.Clone()
	first[0] = orb.Point{0, 0}
	again, err := Route(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Equal(want) {
		t.Fatalf("second Route: %v, want %v", again, want)
	}
	m, err := landMask()
	if err != nil {
		t.Fatal(err)
	}
	fresh, _, err := m.route(a, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !fresh.Equal(want) {
		t.Fatalf("kept route %v differs from a fresh search %v", want, fresh)
	}
}
