package searoute

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/internal/sphere"
)

// Errors Route returns (wrapped, with the place).
var (
	// ErrInland: an end lies farther than MaxSnapKm from the sea.
	ErrInland = errors.New("too far from the sea")
	// ErrNoPath: the two ends are on waters the mask does not connect.
	ErrNoPath = errors.New("no sea path")
)

// MaxSnapKm is how far from an end (a port placed at its city) the
// nearest sea cell may be.
const MaxSnapKm = 60

// Route returns a sea path from a to b (lon/lat): the great circle when
// it crosses no land cell of the mask, else the shortest path over its
// water cells, straightened where the straight (Mercator) line stays at
// sea. The path starts at a and ends at b; its longitudes are continuous
// (they may pass ±180 on a leg across the antimeridian). An end on land
// (a city inland of its harbour) is joined to the nearest sea cell within
// MaxSnapKm. It is RouteWith with the zero Options.
//
// Routes are kept (up to maxKept pairs of ends and options) so that the
// same leg asked again, by a later analysis of the same story, costs
// nothing.
func Route(a, b orb.Point) (orb.LineString, error) { return RouteWith(a, b, Options{}) }

// RouteWith is Route tuned by opt: ends farther inland moved to the sea
// (Options.ReachKm), the polar seas closed (Options.MaxLat).
func RouteWith(a, b orb.Point, opt Options) (orb.LineString, error) {
	line, _, err := RouteCounted(a, b, opt)
	return line, err
}

// RouteCounted is RouteWith, and the work it took: the cells its A*
// searches expanded (0 for a great circle at sea; a route kept from before
// reports the work it first took), so that a caller can bound the routing
// of many legs by the work done rather than by their number, and the same
// legs are routed the same however often they are asked for.
func RouteCounted(a, b orb.Point, opt Options) (orb.LineString, int, error) {
	m, err := landMask()
	if err != nil {
		return nil, 0, err
	}
	key := keptKey{a, b, opt}
	kept.Lock()
	r, ok := kept.routes[key]
	kept.Unlock()
	if !ok {
		r.line, r.work, r.err = m.route(a, b, opt)
		kept.Lock()
		if len(kept.routes) >= maxKept {
			clear(kept.routes)
		}
		kept.routes[key] = r
		kept.Unlock()
	}
	return r.line.Clone(), r.work, r.err
}

type keptKey struct {
	a, b orb.Point
	opt  Options
}

// maxKept bounds the routes Route keeps (a few hundred bytes each).
const maxKept = 4096

var kept = struct {
	sync.Mutex
	routes map[keptKey]keptRoute
}{routes: map[keptKey]keptRoute{}}

type keptRoute struct {
	line orb.LineString
	// work is what finding the route cost, reported again when it is
	// kept: a caller's budget counts the same whether the route was kept
	// or not, so that a second analysis in one process (the app's after an
	// edit) routes exactly what the first did.
	work int
	err  error
}

// ErrBadPoint: a coordinate is not a number or out of range.
var ErrBadPoint = errors.New("not a longitude/latitude")

func validPoint(p orb.Point) bool {
	return !math.IsNaN(p[0]) && !math.IsNaN(p[1]) && math.Abs(p[0]) <= 540 && math.Abs(p[1]) <= 90
}

// route is RouteCounted without the keeping.
func (m *mask) route(a, b orb.Point, opt Options) (orb.LineString, int, error) {
	for _, p := range []orb.Point{a, b} {
		if !validPoint(p) {
			return nil, 0, fmt.Errorf("searoute: %v: %w", p, ErrBadPoint)
		}
	}
	lim := opt.rows()
	var ends [2]cell
	for k, p := range []orb.Point{a, b} {
		other := b
		if k == 1 {
			other = a
		}
		c, ok := m.snap(p, lim)
		if !ok && opt.ReachKm > MaxSnapKm {
			// Inland (a country's point, a city far up a river): the end
			// moves to the sea, and the path starts there.
			if c, ok = m.reach(p, other, opt.ReachKm, lim); ok {
				if k == 0 {
					a = cellCentre(c)
				} else {
					b = cellCentre(c)
				}
			}
		}
		if !ok {
			return nil, 0, fmt.Errorf("searoute: %.3f,%.3f: %w (more than %d km)", p[0], p[1], ErrInland, max(MaxSnapKm, int(opt.ReachKm)))
		}
		ends[k] = c
	}
	sa, sb := ends[0], ends[1]
	// The great circle, a point every 20 km or so.
	if gc := sphere.GreatCircle(a, b, int(geo.Distance(a, b)/20000)); lim.hasLine(gc) && m.clearPath(gc) {
		return gc, 0, nil
	}
	cells, work, ok := m.search(sa, sb, lim)
	if !ok {
		return nil, work, fmt.Errorf("searoute: %.3f,%.3f to %.3f,%.3f: %w", a[0], a[1], b[0], b[1], ErrNoPath)
	}
	cells = m.straighten(cells)
	line := orb.LineString{a}
	for _, c := range cells {
		if p := cellCentre(c); p != a && p != b {
			line = append(line, p)
		}
	}
	line = append(line, b)
	return sphere.Unwrap(line), work, nil
}

// cell is a fine cell index (j*fineN + i).
type cell int32

func cellAt(i, j int) cell    { return cell(j*fineN + (i%fineN+fineN)%fineN) }
func (c cell) ij() (int, int) { return int(c) % fineN, int(c) / fineN }
func cellCentre(c cell) orb.Point {
	i, j := c.ij()
	return unmerc((float64(i)+0.5)/fineN, (float64(j)+0.5)/fineN)
}

// snap returns the sea cell nearest p within MaxSnapKm (p's own, if it is
// at sea) that is open sea: one whose water reaches more than openCells
// cells, so that an end in a pocket of water the mask closes (an estuary
// whose mouth is narrower than a cell) snaps past it to the sea.
func (m *mask) snap(p orb.Point, lim rows) (cell, bool) {
	x, y := cellOf(p)
	i, j := int(math.Floor(x)), int(y)
	if j < 0 || j >= fineN {
		return 0, false
	}
	type cand struct {
		c cell
		d float64
	}
	kmPerCell := 2 * math.Pi * 6371 * math.Cos(p[1]*math.Pi/180) / fineN
	rmax := int(math.Ceil(MaxSnapKm / math.Max(kmPerCell, 0.5)))
	var cs []cand
	for dj := -rmax; dj <= rmax; dj++ {
		if !lim.has(j + dj) {
			continue
		}
		for di := -rmax; di <= rmax; di++ {
			ii := ((i+di)%fineN + fineN) % fineN
			if m.land(ii, j+dj) {
				continue
			}
			c := cellAt(ii, j+dj)
			if d := geo.Distance(p, cellCentre(c)); d <= MaxSnapKm*1000 {
				cs = append(cs, cand{c, d})
			}
		}
	}
	sort.Slice(cs, func(a, b int) bool { return cs[a].d < cs[b].d })
	pocket := map[cell]bool{}
	for _, c := range cs {
		if pocket[c.c] {
			continue
		}
		region, open := m.flood(c.c, openCells, lim)
		if open {
			return c.c, true
		}
		for _, r := range region {
			pocket[r] = true
		}
	}
	return 0, false
}

// openCells is how many water cells a sea end's water must reach.
const openCells = 20000

// flood returns the water cells 8-connected to c within the rows lim,
// stopping past limit (open true: c's water is larger than limit; the
// cells are then those it reached).
func (m *mask) flood(c cell, limit int, lim rows) ([]cell, bool) {
	seen := floodMarks.Get().(*[]uint64)
	defer floodMarks.Put(seen)
	queue := []cell{c}
	mark := func(c cell) { (*seen)[c>>6] |= 1 << (c & 63) }
	marked := func(c cell) bool { return (*seen)[c>>6]>>(c&63)&1 == 1 }
	defer func() { // leave the bitset clear for the next flood
		for _, q := range queue {
			(*seen)[q>>6] = 0
		}
	}()
	mark(c)
	for k := 0; k < len(queue); k++ {
		if len(queue) > limit {
			return queue, true
		}
		i, j := queue[k].ij()
		for dj := -1; dj <= 1; dj++ {
			for di := -1; di <= 1; di++ {
				jj := j + dj
				if !lim.has(jj) || (di == 0 && dj == 0) {
					continue
				}
				ii := ((i+di)%fineN + fineN) % fineN
				n := cellAt(ii, jj)
				if !marked(n) && !m.land(ii, jj) {
					mark(n)
					queue = append(queue, n)
				}
			}
		}
	}
	return queue, false
}

// floodMarks holds bitsets of the fine cells, all clear, for flood.
var floodMarks = sync.Pool{New: func() any {
	b := make([]uint64, fineN*fineN/64)
	return &b
}}

// clearPath reports whether line stays on sea cells, leaving aside its
// land at each end within MaxSnapKm (from a city to its harbour).
func (m *mask) clearPath(line orb.LineString) bool {
	if len(line) < 2 {
		return true
	}
	a, b := line[0], line[len(line)-1]
	first, last := 0, len(line)-1
	for first < len(line) && m.landAt(cellOf(line[first])) && geo.Distance(a, line[first]) <= MaxSnapKm*1000 {
		first++
	}
	for last >= 0 && m.landAt(cellOf(line[last])) && geo.Distance(b, line[last]) <= MaxSnapKm*1000 {
		last--
	}
	if first > last {
		return true // both ends' land stretches meet: a short hop
	}
	for k := first; k <= last; k++ {
		if m.landAt(cellOf(line[k])) {
			return false
		}
		if k == first {
			continue
		}
		ax, ay := cellOf(line[k-1])
		bx, by := cellOf(line[k])
		if math.Abs(bx-ax) > fineN/2 { // across the antimeridian
			if bx > ax {
				bx -= fineN
			} else {
				bx += fineN
			}
		}
		if !m.lineClear(ax, ay, bx, by) {
			return false
		}
	}
	return true
}

func (m *mask) landAt(x, y float64) bool {
	i, j := int(math.Floor(x)), int(y)
	if j < 0 || j >= fineN {
		return true
	}
	return m.land((i%fineN+fineN)%fineN, j)
}

// lineClear reports whether the Mercator segment between two fine-grid
// positions crosses no land cell (sampled at a quarter cell).
func (m *mask) lineClear(ax, ay, bx, by float64) bool {
	n := int(math.Ceil(math.Max(math.Abs(bx-ax), math.Abs(by-ay))*4)) + 1
	for s := 0; s <= n; s++ {
		t := float64(s) / float64(n)
		if m.landAt(ax+(bx-ax)*t, ay+(by-ay)*t) {
			return false
		}
	}
	return true
}

// straighten drops the cells of a path that a straight line from the last
// kept one to a later one makes needless (a greedy string-pull, looking
// at most maxLook cells ahead).
func (m *mask) straighten(cs []cell) []cell {
	const maxLook = 600
	if len(cs) < 3 {
		return cs
	}
	out := []cell{cs[0]}
	k := 0
	for k < len(cs)-1 {
		next := k + 1
		for j := min(len(cs)-1, k+maxLook); j > k+1; j-- {
			if m.cellsClear(cs[k], cs[j]) {
				next = j
				break
			}
		}
		out = append(out, cs[next])
		k = next
	}
	return out
}

func (m *mask) cellsClear(a, b cell) bool {
	ai, aj := a.ij()
	bi, bj := b.ij()
	if bi-ai > fineN/2 {
		bi -= fineN
	} else if ai-bi > fineN/2 {
		bi += fineN
	}
	return m.lineClear(float64(ai)+0.5, float64(aj)+0.5, float64(bi)+0.5, float64(bj)+0.5)
}

// OnLand reports whether p (lon/lat) is on a land cell of the mask (false
// when the mask cannot be built). It fits itinerary.Options.OnLand.
func OnLand(p orb.Point) bool {
	m, err := landMask()
	if err != nil || !validPoint(p) {
		return false
	}
	return m.landAt(cellOf(p))
}

// LongestLandKm is the longest stretch of l (lon/lat, drawn as straight
// Web Mercator segments, as the map draws it) over land cells of the mask,
// in km, sampled every km or so; land within endSlackKm of l's first or
// last point (a port inland of its harbour) is not counted. It is 0 when
// the mask cannot be built.
func LongestLandKm(l orb.LineString, endSlackKm float64) float64 {
	m, err := landMask()
	if err != nil || len(l) == 0 {
		return 0
	}
	first, last := l[0], l[len(l)-1]
	longest, run := 0.0, 0.0
	var prev orb.Point
	for k := 1; k < len(l); k++ {
		ax, ay := cellOf(l[k-1])
		bx, by := cellOf(l[k])
		n := int(math.Ceil(geo.Distance(l[k-1], l[k])/1000)) + 1
		for s := 0; s <= n; s++ {
			if s == 0 && k > 1 {
				continue // the previous segment's last sample
			}
			t := float64(s) / float64(n)
			p := unmerc((ax+(bx-ax)*t)/fineN, (ay+(by-ay)*t)/fineN)
			land := m.landAt(ax+(bx-ax)*t, ay+(by-ay)*t) &&
				geo.Distance(p, first) > endSlackKm*1000 && geo.Distance(p, last) > endSlackKm*1000
			switch {
			case land && run > 0:
				run += geo.Distance(prev, p) / 1000
			case land:
				run = 1e-9
			default:
				run = 0
			}
			longest = math.Max(longest, run)
			prev = p
		}
	}
	return longest
}
