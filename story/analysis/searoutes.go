package analysis

import (
	"errors"
	"math"
	"sync"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story/searoute"
)

// seaRouter routes the inferred sea legs of one analysis around land
// (story/searoute), each pair of ports once, and at most maxSeaRoutes pairs:
// a water path costs 10-120 ms of A* (story/searoute BenchmarkRoute; up to
// 0.3 s across Eurasia's coasts), and a folder of thousands of articles can
// name thousands of pairs of ports. Legs are drawn main trips
// first, so the story's own voyages get their paths; the pairs after the
// budget, and the few the router cannot route (no open sea within
// maxReachKm, or waters the mask does not join), keep their great circle,
// marked approximate as every inferred leg is.
type seaRouter struct {
	mu     sync.Mutex
	done   map[[2]orb.Point]seaPath
	search func(a, b orb.Point, opt searoute.Options) (orb.LineString, error) // searoute.RouteWith; a test may replace it
	budget int                                                                // pairs still to route
}

// maxSeaRoutes is the most distinct pairs of ports one analysis routes
// around land. It was 32 when an inland end failed at once; now that such
// an end is moved to the sea and routed, 16 keeps the cost of a
// 1,000-article tools/gencorpus folder (hundreds of random "ferry" legs
// between capitals) what it was (story/searoute/README.md). A development
// event has at most 3 pairs.
const maxSeaRoutes = 16

// errSeaBudget is the answer for a pair past maxSeaRoutes.
var errSeaBudget = errors.New("too many sea legs to route around land: great circle kept")

type seaPath struct {
	line orb.LineString
	err  error
}

func newSeaRouter() *seaRouter {
	return &seaRouter{done: map[[2]orb.Point]seaPath{}, search: searoute.RouteWith, budget: maxSeaRoutes}
}

// arcticLat is the latitude poleward of which a path between ports that
// are not in the far north (below farNorthLat) may not go: the land mask
// knows no sea ice, so its shortest water path from Shanghai to Rotterdam
// would run north of Greenland, which no ship of the news takes
// (searoute.Options.MaxLat).
const arcticLat, farNorthLat = 70.0, 60.0

// maxReachKm is how far an end with no sea near it (a country's
// representative point, an inland city) is moved to reach the open sea
// (searoute.Options.ReachKm): the leg is drawn from the sea there.
const maxReachKm = 2500

// seaOptions are the routing options for a leg from a to b.
func seaOptions(a, b orb.Point) searoute.Options {
	opt := searoute.Options{ReachKm: maxReachKm}
	if math.Abs(a[1]) < farNorthLat && math.Abs(b[1]) < farNorthLat {
		opt.MaxLat = arcticLat
	}
	return opt
}

func (r *seaRouter) route(a, b orb.Point) (orb.LineString, error) {
	key := [2]orb.Point{a, b}
	r.mu.Lock()
	p, ok := r.done[key]
	if !ok && r.budget <= 0 {
		r.mu.Unlock()
		return nil, errSeaBudget
	}
	if !ok {
		r.budget--
	}
	r.mu.Unlock()
	if ok {
		return p.line, p.err
	}
	line, err := r.search(a, b, seaOptions(a, b))
	r.mu.Lock()
	r.done[key] = seaPath{line, err}
	r.mu.Unlock()
	return line, err
}
