package searoute

import (
	"container/heap"
	"errors"
	"fmt"
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
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
// MaxSnapKm.
func Route(a, b orb.Point) (orb.LineString, error) {
	m, err := landMask()
	if err != nil {
		return nil, err
	}
	return m.route(a, b)
}

// ErrBadPoint: a coordinate is not a number or out of range.
var ErrBadPoint = errors.New("not a longitude/latitude")

func validPoint(p orb.Point) bool {
	return !math.IsNaN(p[0]) && !math.IsNaN(p[1]) && math.Abs(p[0]) <= 540 && math.Abs(p[1]) <= 90
}

func (m *mask) route(a, b orb.Point) (orb.LineString, error) {
	for _, p := range []orb.Point{a, b} {
		if !validPoint(p) {
			return nil, fmt.Errorf("searoute: %v: %w", p, ErrBadPoint)
		}
	}
	sa, ok := m.snap(a)
	if !ok {
		return nil, fmt.Errorf("searoute: %.3f,%.3f: %w (more than %d km)", a[0], a[1], ErrInland, MaxSnapKm)
	}
	sb, ok := m.snap(b)
	if !ok {
		return nil, fmt.Errorf("searoute: %.3f,%.3f: %w (more than %d km)", b[0], b[1], ErrInland, MaxSnapKm)
	}
	if gc := greatCircle(a, b); m.clearPath(gc) {
		return continuous(gc), nil
	}
	cells, ok := m.search(sa, sb)
	if !ok {
		return nil, fmt.Errorf("searoute: %.3f,%.3f to %.3f,%.3f: %w", a[0], a[1], b[0], b[1], ErrNoPath)
	}
	cells = m.straighten(cells)
	line := orb.LineString{a}
	for _, c := range cells {
		line = append(line, cellCentre(c))
	}
	line = append(line, b)
	return continuous(line), nil
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
func (m *mask) snap(p orb.Point) (cell, bool) {
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
		if j+dj < 0 || j+dj >= fineN {
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
		region, open := m.flood(c.c, openCells)
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

// flood returns the water cells 8-connected to c, stopping past limit
// (open true: c's water is larger than limit).
func (m *mask) flood(c cell, limit int) ([]cell, bool) {
	seen := map[cell]bool{c: true}
	queue := []cell{c}
	for k := 0; k < len(queue); k++ {
		if len(seen) > limit {
			return nil, true
		}
		i, j := queue[k].ij()
		for dj := -1; dj <= 1; dj++ {
			for di := -1; di <= 1; di++ {
				jj := j + dj
				if jj < 0 || jj >= fineN || (di == 0 && dj == 0) {
					continue
				}
				ii := ((i+di)%fineN + fineN) % fineN
				n := cellAt(ii, jj)
				if !seen[n] && !m.land(ii, jj) {
					seen[n] = true
					queue = append(queue, n)
				}
			}
		}
	}
	return queue, false
}

// greatCircle is the great circle from a to b with a point every 20 km or
// so.
func greatCircle(a, b orb.Point) orb.LineString {
	d := geo.Distance(a, b)
	n := max(1, int(d/20000))
	line := make(orb.LineString, 0, n+1)
	for k := 0; k <= n; k++ {
		line = append(line, geo.PointAtBearingAndDistance(a, geo.Bearing(a, b), d*float64(k)/float64(n)))
	}
	line[n] = b
	return line
}

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

// continuous shifts longitudes by ±360 so that no step jumps across the
// antimeridian.
func continuous(line orb.LineString) orb.LineString {
	for k := 1; k < len(line); k++ {
		for line[k][0]-line[k-1][0] > 180 {
			line[k][0] -= 360
		}
		for line[k][0]-line[k-1][0] < -180 {
			line[k][0] += 360
		}
	}
	return line
}

// search finds the shortest sea path of fine cells from a to b: A* over
// the coarse mask first (a coarse cell is sea if any of its fine cells
// is), then A* over the fine cells within a corridor of coarse cells
// around that path, widened when it is too narrow, and at last over the
// whole fine mask.
func (m *mask) search(a, b cell) ([]cell, bool) {
	ai, aj := a.ij()
	bi, bj := b.ij()
	ca, cb := coarseN*(aj/coarseK)+ai/coarseK, coarseN*(bj/coarseK)+bi/coarseK
	coarse, ok := astar(coarseN, ca, cb, func(i, j int) bool { return !m.coarseLand(i, j) }, nil)
	if !ok {
		return nil, false
	}
	for _, r := range []int{2, 6} {
		allowed := map[int]bool{}
		for _, c := range coarse {
			ci, cj := c%coarseN, c/coarseN
			for dj := -r; dj <= r; dj++ {
				for di := -r; di <= r; di++ {
					if cj+dj >= 0 && cj+dj < coarseN {
						allowed[(cj+dj)*coarseN+((ci+di)%coarseN+coarseN)%coarseN] = true
					}
				}
			}
		}
		in := func(i, j int) bool { return allowed[(j/coarseK)*coarseN+i/coarseK] }
		if p, ok := astar(fineN, int(a), int(b), func(i, j int) bool { return !m.land(i, j) }, in); ok {
			return toCells(p), true
		}
	}
	p, ok := astar(fineN, int(a), int(b), func(i, j int) bool { return !m.land(i, j) }, nil)
	return toCells(p), ok
}

func toCells(p []int) []cell {
	out := make([]cell, len(p))
	for k, c := range p {
		out[k] = cell(c)
	}
	return out
}

// astar finds the shortest 8-connected path from cell a to cell b of an
// n×n Web Mercator grid (wrapping east-west) over the cells sea accepts
// (and in, when not nil), by great-circle step lengths; the heuristic is
// the great-circle distance to b. It returns the cells from a to b.
func astar(n, a, b int, sea func(i, j int) bool, in func(i, j int) bool) ([]int, bool) {
	// Step lengths per row (km): east-west, and north-south to the next row.
	lat := func(j float64) float64 { return unmerc(0, (j+0.5)/float64(n))[1] }
	ew := func(j int) float64 { return 2 * math.Pi * 6371 * math.Cos(lat(float64(j))*math.Pi/180) / float64(n) }
	ns := func(j int) float64 { return 6371 * math.Abs(lat(float64(j+1))-lat(float64(j))) * math.Pi / 180 }
	rowEW, rowNS := make([]float64, n), make([]float64, n)
	for j := 0; j < n; j++ {
		rowEW[j], rowNS[j] = ew(j), ns(j)
	}
	centre := func(c int) orb.Point {
		return unmerc((float64(c%n)+0.5)/float64(n), (float64(c/n)+0.5)/float64(n))
	}
	goal := centre(b)
	h := func(c int) float64 { return geo.Distance(centre(c), goal) / 1000 }

	g := map[int]float64{a: 0}
	from := map[int]int{}
	closed := map[int]bool{}
	q := &pq{{c: a, f: h(a)}}
	for q.Len() > 0 {
		it := heap.Pop(q).(item)
		c := it.c
		if closed[c] {
			continue
		}
		if c == b {
			var path []int
			for k := b; ; k = from[k] {
				path = append(path, k)
				if k == a {
					break
				}
			}
			for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
				path[l], path[r] = path[r], path[l]
			}
			return path, true
		}
		closed[c] = true
		i, j := c%n, c/n
		for dj := -1; dj <= 1; dj++ {
			jj := j + dj
			if jj < 0 || jj >= n {
				continue
			}
			for di := -1; di <= 1; di++ {
				if di == 0 && dj == 0 {
					continue
				}
				ii := ((i+di)%n + n) % n
				nc := jj*n + ii
				if closed[nc] || !sea(ii, jj) || (in != nil && !in(ii, jj)) {
					continue
				}
				var step float64
				switch {
				case dj == 0:
					step = rowEW[j]
				case di == 0:
					step = rowNS[min(j, jj)]
				default:
					step = math.Hypot((rowEW[j]+rowEW[jj])/2, rowNS[min(j, jj)])
				}
				ng := g[c] + step
				if old, ok := g[nc]; ok && old <= ng {
					continue
				}
				g[nc], from[nc] = ng, c
				heap.Push(q, item{c: nc, f: ng + h(nc)})
			}
		}
	}
	return nil, false
}

type item struct {
	c int
	f float64
}

// pq is a min-heap of items by f.
type pq []item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].f < q[j].f }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)        { *q = append(*q, x.(item)) }
func (q *pq) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
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
