package analysis

import (
	"errors"
	"math"
	"sync"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story/searoute"
)

// seaRouter routes the inferred sea legs of one analysis around land
// (story/searoute), each pair of ports once.
type seaRouter struct {
	mu   sync.Mutex
	done map[[2]orb.Point]seaPath
}

type seaPath struct {
	line orb.LineString
	err  error
}

func newSeaRouter() *seaRouter { return &seaRouter{done: map[[2]orb.Point]seaPath{}} }

// errArctic refuses a path through the Arctic between ports that are not
// in the far north: the land mask knows no sea ice, so its shortest water
// path from Shanghai to Rotterdam runs north of Greenland, which no ship
// of the news takes. The leg keeps its great circle, marked approximate.
var errArctic = errors.New("the water path runs through the Arctic")

// arcticLat is the latitude above which a path counts as Arctic, and
// farNorthLat the latitude from which a port may take such a path.
const arcticLat, farNorthLat = 70.0, 60.0

func (r *seaRouter) route(a, b orb.Point) (orb.LineString, error) {
	key := [2]orb.Point{a, b}
	r.mu.Lock()
	p, ok := r.done[key]
	r.mu.Unlock()
	if ok {
		return p.line, p.err
	}
	line, err := searoute.Route(a, b)
	if err == nil && math.Abs(a[1]) < farNorthLat && math.Abs(b[1]) < farNorthLat {
		for _, q := range line {
			if math.Abs(q[1]) > arcticLat {
				line, err = nil, errArctic
				break
			}
		}
	}
	r.mu.Lock()
	r.done[key] = seaPath{line, err}
	r.mu.Unlock()
	return line, err
}
