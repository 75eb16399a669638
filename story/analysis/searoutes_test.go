package analysis

import (
	"errors"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/story/searoute"
)

// An inferred sea leg goes around land: the tall ship's Bergen → Plymouth
// leg is not the great circle across Britain.
func TestInferredSeaLegsStayAtSea(t *testing.T) {
	s := tallShip(t)
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sea := 0
	for _, rt := range r.Routes {
		for _, l := range rt.Legs {
			if l.Mode != "sea" {
				continue
			}
			sea++
			shown := Resolve(s, r)
			route := shown.RouteByID(rt.ID)
			nearStop := func(p orb.Point) bool {
				for _, id := range route.Stops {
					if pl := shown.PlaceByID(id); pl != nil && geo.DistanceHaversine(p, orb.Point{pl.Lon, pl.Lat}) < 80e3 {
						return true
					}
				}
				return false
			}
			for _, p := range route.Line {
				if searoute.OnLand(p) && !nearStop(p) {
					t.Errorf("route %s: %v is on land, far from its stops", rt.ID, p)
					break
				}
			}
		}
	}
	if sea == 0 {
		t.Fatal("no sea leg inferred for the tall ship")
	}
}

// A leg between ports of the temperate world keeps out of the Arctic (the
// mask knows no sea ice): Shanghai → Rotterdam goes south of 70°N, by the
// Suez Canal; and each pair is routed once.
func TestSeaRouterKeepsOutOfTheArctic(t *testing.T) {
	r := newSeaRouter()
	shanghai, rotterdam := orb.Point{121.5, 31.2}, orb.Point{4.48, 51.92}
	line, err := r.route(shanghai, rotterdam)
	if err != nil {
		t.Fatalf("Shanghai → Rotterdam: %v", err)
	}
	suez := false
	for _, p := range line {
		if p[1] > arcticLat {
			t.Fatalf("Shanghai → Rotterdam passes %v, north of %v°", p, arcticLat)
		}
		suez = suez || (p[0] > 31.5 && p[0] < 33.5 && p[1] > 27 && p[1] < 32)
	}
	if !suez {
		t.Error("Shanghai → Rotterdam does not pass the Suez Canal")
	}
	bergen, plymouth := orb.Point{5.32, 60.39}, orb.Point{-4.14, 50.37}
	line, err = r.route(bergen, plymouth)
	if err != nil || len(line) < 2 {
		t.Fatalf("Bergen → Plymouth: %v %v", line, err)
	}
	if _, err := r.route(shanghai, rotterdam); err != nil || len(r.done) != 2 {
		t.Errorf("%d pairs cached (%v), want 2", len(r.done), err)
	}
}

// A country's representative point far inland (China's, 35°N 105°E) is
// moved to the sea: the leg starts at sea, on China's side, not on a great
// circle across Asia.
func TestSeaRouterMovesInlandEnds(t *testing.T) {
	r := newSeaRouter()
	china, rotterdam := orb.Point{105, 35}, orb.Point{4.48, 51.92}
	line, err := r.route(china, rotterdam)
	if err != nil {
		t.Fatalf("China → Rotterdam: %v", err)
	}
	if searoute.OnLand(line[0]) || line[0][0] < 100 {
		t.Errorf("China → Rotterdam starts at %v: want the sea off China", line[0])
	}
	if run := longestLandRun(line, 0); run > maxLandRunKm {
		t.Errorf("China → Rotterdam crosses %.0f km of land", run)
	}
}

// One analysis routes at most maxSeaRoutes pairs of ports around land,
// and searches no more once maxSeaWork cells are spent; the pairs after
// keep their great circle, and a pair already routed is still answered
// from the cache.
func TestSeaRouterBudget(t *testing.T) {
	for _, c := range []struct {
		name     string
		work     int // each search's
		searches int // searches allowed
	}{
		{"pairs", 0, maxSeaRoutes},
		{"work", maxSeaWork / 10, 10},
		{"work, a search past it", maxSeaWork/10 + 1, 10},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := newSeaRouter()
			calls := 0
			r.search = func(a, b orb.Point, _ searoute.Options) (orb.LineString, int, error) {
				calls++
				return orb.LineString{a, b}, c.work, nil
			}
			for i := 0; i < maxSeaRoutes+5; i++ {
				_, err := r.route(orb.Point{float64(i), 0}, orb.Point{float64(i), 1})
				if (i < c.searches) != (err == nil) {
					t.Fatalf("pair %d: %v", i, err)
				}
				if i >= c.searches && !errors.Is(err, errSeaBudget) {
					t.Fatalf("pair %d: %v, want the budget refused", i, err)
				}
			}
			if calls != c.searches {
				t.Errorf("%d searches, want %d", calls, c.searches)
			}
			if line, err := r.route(orb.Point{0, 0}, orb.Point{0, 1}); err != nil || len(line) != 2 {
				t.Errorf("a cached pair after the budget: %v %v", line, err)
			}
		})
	}
}
