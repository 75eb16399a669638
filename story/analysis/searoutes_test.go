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

// A water path through the Arctic between ports of the temperate world is
// refused (the mask knows no sea ice), and each pair is routed once.
func TestSeaRouterRefusesTheArctic(t *testing.T) {
	r := newSeaRouter()
	shanghai, rotterdam := orb.Point{121.5, 31.2}, orb.Point{4.48, 51.92}
	if _, err := r.route(shanghai, rotterdam); !errors.Is(err, errArctic) {
		t.Errorf("Shanghai → Rotterdam: %v, want the Arctic refused", err)
	}
	bergen, plymouth := orb.Point{5.32, 60.39}, orb.Point{-4.14, 50.37}
	line, err := r.route(bergen, plymouth)
	if err != nil || len(line) < 2 {
		t.Fatalf("Bergen → Plymouth: %v %v", line, err)
	}
	if len(r.done) != 2 {
		t.Errorf("%d pairs cached, want 2", len(r.done))
	}
}

// One analysis routes at most maxSeaRoutes pairs of ports around land; the
// pairs after them keep their great circle, and a pair already routed is
// still answered from the cache.
func TestSeaRouterBudget(t *testing.T) {
	r := newSeaRouter()
	calls := 0
	r.search = func(a, b orb.Point) (orb.LineString, error) {
		calls++
		return orb.LineString{a, b}, nil
	}
	for i := 0; i < maxSeaRoutes+5; i++ {
		_, err := r.route(orb.Point{float64(i), 0}, orb.Point{float64(i), 1})
		if (i < maxSeaRoutes) != (err == nil) {
			t.Fatalf("pair %d: %v", i, err)
		}
		if i >= maxSeaRoutes && !errors.Is(err, errSeaBudget) {
			t.Fatalf("pair %d: %v, want the budget refused", i, err)
		}
	}
	if calls != maxSeaRoutes {
		t.Errorf("%d searches, want %d", calls, maxSeaRoutes)
	}
	if line, err := r.route(orb.Point{0, 0}, orb.Point{0, 1}); err != nil || len(line) != 2 {
		t.Errorf("a cached pair after the budget: %v %v", line, err)
	}
}
