package analysis

import (
	"errors"
	"math"
	"sync"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story/searoute"
)

// seaRouter routes the inferred sea legs of one analysis around land
// (story/searoute), each pair of ports once, within a budget: at most
// maxSeaRoutes pairs, and searches of at most maxSeaWork cells in all (a
// pair is searched while some of it is left). A water path costs 3-120 ms
// of A* (story/searoute BenchmarkRoute), and a folder of thousands of
// articles can name thousands of pairs of ports. Legs are drawn main trips
// first, so the story's own voyages get their paths; the pairs after the
// budget, and the few the router cannot route (no open sea within
// maxReachKm, or waters the mask does not join), keep their great circle,
// marked approximate as every inferred leg is.
type seaRouter struct {
	mu     sync.Mutex
	done   map[[2]orb.Point]seaPath
	search func(a, b orb.Point, opt searoute.Options) (orb.LineString, int, error) // searoute.RouteCounted; a test may replace it
	pairs  int                                                                     // pairs still to route
	work   int                                                                     // A* cells still to expand
}

// maxSeaRoutes is the most distinct pairs of ports one analysis routes,
// and maxSeaWork the most cells its A* searches expand (a search that
// starts within it may end past it). A development event's sea legs take
// up to 142,000 cells (the Ever Given's three: China's point → Rotterdam is
// most of it); a cruise of short legs a few thousand a leg. 400,000 keeps
// the cost of a 1,000-article tools/gencorpus folder (hundreds of random
// "ferry" legs between capitals) what it was when an inland end failed at
// once and 32 pairs were the budget (story/searoute/README.md).
const (
	maxSeaRoutes = 64
	maxSeaWork   = 400_000
)

// errSeaBudget is the answer for a pair past the budget.
var errSeaBudget = errors.New("too many sea legs to route around land: great circle kept")

type seaPath struct {
	line orb.LineString
	err  error
}

func newSeaRouter() *seaRouter {
	return &seaRouter{done: map[[2]orb.Point]seaPath{}, search: searoute.RouteCounted, pairs: maxSeaRoutes, work: maxSeaWork}
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
	if !ok && (r.pairs <= 0 || r.work <= 0) {
		r.mu.Unlock()
		return nil, errSeaBudget
	}
	if !ok {
		r.pairs--
	}
	r.mu.Unlock()
	if ok {
		return p.line, p.err
	}
	line, work, err := r.search(a, b, seaOptions(a, b))
	r.mu.Lock()
	r.work -= work
	r.done[key] = seaPath{line, err}
	r.mu.Unlock()
	return line, err
}
