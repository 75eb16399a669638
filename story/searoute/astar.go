package searoute

import (
	"math"
	"sync"

	"github.com/paulmach/orb"
)

// search finds the shortest sea path of fine cells from a to b: A* over
// the coarse mask first (a coarse cell is sea if any of its fine cells
// is), then A* over the fine cells within a corridor of coarse cells
// around that path, widened when it is too narrow, and at last over the
// fine cells of every coarse sea cell.
//
// Only the rows lim allows are searched (allRows: the whole grid). work
// is the cells the searches expanded, coarse and fine.
func (m *mask) search(a, b cell, lim rows) (path []cell, work int, ok bool) {
	ai, aj := a.ij()
	bi, bj := b.ij()
	ca, cb := coarseN*(aj/coarseK)+ai/coarseK, coarseN*(bj/coarseK)+bi/coarseK
	coarse, w, ok := astar(coarseSpace{m, lim}, ca, cb)
	work += w
	if !ok {
		return nil, work, false
	}
	for _, r := range []int{2, 6} {
		sp := newFineSpace(m, lim)
		for _, c := range coarse {
			ci, cj := c%coarseN, c/coarseN
			for dj := -r; dj <= r; dj++ {
				for di := -r; di <= r; di++ {
					if cj+dj >= 0 && cj+dj < coarseN {
						sp.allow((cj+dj)*coarseN + ((ci+di)%coarseN+coarseN)%coarseN)
					}
				}
			}
		}
		p, w, ok := astar(sp, int(a), int(b))
		sp.release()
		work += w
		if ok {
			return toCells(p), work, true
		}
	}
	sp := newFineSpace(m, lim)
	for c := 0; c < coarseN*coarseN; c++ {
		if !m.coarseLand(c%coarseN, c/coarseN) {
			sp.allow(c)
		}
	}
	p, w, ok := astar(sp, int(a), int(b))
	sp.release()
	return toCells(p), work + w, ok
}

func toCells(p []int) []cell {
	out := make([]cell, len(p))
	for k, c := range p {
		out[k] = cell(c)
	}
	return out
}

// space is the set of cells of an n×n Web Mercator grid (wrapping
// east-west) that an A* search may visit, each given a dense slot so that
// the search keeps its costs in slices rather than maps.
type space interface {
	side() int
	// slot is c's index in 0..size()-1, or -1 when c may not be visited.
	slot(i, j int) int
	size() int
}

// joiner is a space whose steps between neighbouring cells may be closed.
type joiner interface {
	joins(i, j, di, dj int) bool
}

// coarseSpace is every sea cell of the coarse mask, a step between two
// of them open only where water crosses from one to the other at the fine
// level (so that a coarse path does not pass a strait the fine cells
// close).
type coarseSpace struct {
	m   *mask
	lim rows
}

// rows is the band of fine rows a search may visit, lo to hi inclusive.
type rows struct{ lo, hi int }

// allRows is the whole grid.
var allRows = rows{0, fineN - 1}

func (r rows) has(j int) bool { return j >= r.lo && j <= r.hi }

// joins reports whether some fine water cell of coarse cell (i, j) is
// 8-adjacent to one of its neighbour (i+di, j+dj) (di, dj in -1..1, the
// neighbour's column taken modulo coarseN).
func (s coarseSpace) joins(i, j, di, dj int) bool {
	water := func(fi, fj int) bool {
		return fj >= 0 && fj < fineN && !s.m.land((fi%fineN+fineN)%fineN, fj)
	}
	x0, y0 := i*coarseK, j*coarseK // the cell's first fine column and row
	last := coarseK - 1
	switch {
	case di != 0 && dj != 0: // a corner: the two corner cells
		fi, fj := x0, y0
		if di > 0 {
			fi += last
		}
		if dj > 0 {
			fj += last
		}
		return water(fi, fj) && water(fi+di, fj+dj)
	case di != 0: // the shared column edge
		fi := x0
		if di > 0 {
			fi += last
		}
		for r := 0; r < coarseK; r++ {
			if !water(fi, y0+r) {
				continue
			}
			for d := -1; d <= 1; d++ {
				if r+d >= 0 && r+d < coarseK && water(fi+di, y0+r+d) {
					return true
				}
			}
		}
		return false
	default: // the shared row edge
		fj := y0
		if dj > 0 {
			fj += last
		}
		for c := 0; c < coarseK; c++ {
			if !water(x0+c, fj) {
				continue
			}
			for d := -1; d <= 1; d++ {
				if c+d >= 0 && c+d < coarseK && water(x0+c+d, fj+dj) {
					return true
				}
			}
		}
		return false
	}
}

func (s coarseSpace) side() int { return coarseN }
func (s coarseSpace) size() int { return coarseN * coarseN }
func (s coarseSpace) slot(i, j int) int {
	if s.m.coarseLand(i, j) || !s.lim.has(j*coarseK) || !s.lim.has(j*coarseK+coarseK-1) {
		return -1
	}
	return j*coarseN + i
}

// fineSpace is the sea cells of the fine mask that lie in the coarse
// cells allowed: allowed coarse cell k owns slots 16k..16k+15. Its table
// of coarse cells is reused from search to search (a cell's entry counts
// only when its stamp is the space's).
type fineSpace struct {
	m     *mask
	lim   rows
	stamp uint32
	marks []uint32 // coarse cell → stamp when allowed
	index []int32  // coarse cell → its number among the allowed
	n     int      // coarse cells allowed
}

var fineSpaces = sync.Pool{New: func() any {
	return &fineSpace{marks: make([]uint32, coarseN*coarseN), index: make([]int32, coarseN*coarseN)}
}}

// newFineSpace returns an empty space over m; give it back with release.
func newFineSpace(m *mask, lim rows) *fineSpace {
	s := fineSpaces.Get().(*fineSpace)
	s.m, s.lim, s.n = m, lim, 0
	s.stamp++
	if s.stamp == 0 { // wrapped: clear the marks once
		clear(s.marks)
		s.stamp = 1
	}
	return s
}

func (s *fineSpace) release() { fineSpaces.Put(s) }

func (s *fineSpace) allow(c int) {
	if s.marks[c] != s.stamp {
		s.marks[c], s.index[c] = s.stamp, int32(s.n)
		s.n++
	}
}

func (s *fineSpace) side() int { return fineN }
func (s *fineSpace) size() int { return s.n * coarseK * coarseK }
func (s *fineSpace) slot(i, j int) int {
	c := (j/coarseK)*coarseN + i/coarseK
	if s.marks[c] != s.stamp || s.m.land(i, j) || !s.lim.has(j) {
		return -1
	}
	return int(s.index[c])*coarseK*coarseK + (j%coarseK)*coarseK + i%coarseK
}

// costs is an A* search's state per slot, reused from search to search:
// a slot's entries count only when its stamp is the search's.
type costs struct {
	stamp   uint32
	reached []uint32 // stamp when g and from were set
	closed  []uint32 // stamp when expanded
	g       []float64
	from    []int32 // the cell before
	open    openSet
}

var costPool = sync.Pool{New: func() any { return &costs{} }}

// newCosts returns state for a search of size slots; give it back to
// costPool.
func newCosts(size int) *costs {
	k := costPool.Get().(*costs)
	if len(k.g) < size {
		k.reached, k.closed = make([]uint32, size), make([]uint32, size)
		k.g, k.from = make([]float64, size), make([]int32, size)
		k.stamp = 0
	}
	k.stamp++
	if k.stamp == 0 {
		clear(k.reached)
		clear(k.closed)
		k.stamp = 1
	}
	k.open = k.open[:0]
	return k
}

// astar finds the shortest 8-connected path from cell a to cell b (cell
// c is row c/n, column c%n) over the cells of sp, by great-circle step
// lengths; the heuristic is the great-circle distance to b. It returns the
// cells from a to b, and how many cells it expanded.
func astar(sp space, a, b int) (path []int, expanded int, ok bool) {
	n := sp.side()
	sa, sb := sp.slot(a%n, a/n), sp.slot(b%n, b/n)
	if sa < 0 || sb < 0 {
		return nil, 0, false
	}
	// Step lengths per row (km): east-west, and north-south to the next row.
	lat := func(j float64) float64 { return unmerc(0, (j+0.5)/float64(n))[1] }
	rowEW, rowNS := make([]float64, n), make([]float64, n)
	for j := 0; j < n; j++ {
		rowEW[j] = 2 * math.Pi * 6371 * math.Cos(lat(float64(j))*math.Pi/180) / float64(n)
		rowNS[j] = 6371 * math.Abs(lat(float64(j+1))-lat(float64(j))) * math.Pi / 180
	}
	h := newHeuristic(n, b).at
	joins, _ := sp.(joiner)

	k := newCosts(sp.size())
	defer costPool.Put(k)
	st := k.stamp
	k.reached[sa], k.g[sa] = st, 0
	q := &k.open
	q.push(item{c: a, f: h(a)})
	for len(*q) > 0 {
		it := q.pop()
		c := it.c
		i, j := c%n, c/n
		s := sp.slot(i, j)
		if k.closed[s] == st {
			continue
		}
		if c == b {
			for p := b; ; p = int(k.from[sp.slot(p%n, p/n)]) {
				path = append(path, p)
				if p == a {
					break
				}
			}
			for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
				path[l], path[r] = path[r], path[l]
			}
			return path, expanded, true
		}
		k.closed[s] = st
		expanded++
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
				ns := sp.slot(ii, jj)
				if ns < 0 || k.closed[ns] == st || (joins != nil && !joins.joins(i, j, di, dj)) {
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
				ng := k.g[s] + step
				if k.reached[ns] == st && k.g[ns] <= ng {
					continue
				}
				nc := jj*n + ii
				k.reached[ns], k.g[ns], k.from[ns] = st, ng, int32(c)
				q.push(item{c: nc, f: ng + h(nc)})
			}
		}
	}
	return nil, expanded, false
}

type item struct {
	c int
	f float64
}

// openSet is a binary min-heap of items by f, ordered as container/heap
// orders them.
type openSet []item

func (q *openSet) push(it item) {
	*q = append(*q, it)
	h := *q
	for j := len(h) - 1; j > 0; {
		i := (j - 1) / 2
		if !(h[j].f < h[i].f) {
			break
		}
		h[i], h[j] = h[j], h[i]
		j = i
	}
}

func (q *openSet) pop() item {
	h := *q
	n := len(h) - 1
	h[0], h[n] = h[n], h[0]
	for i := 0; ; {
		j := 2*i + 1
		if j >= n {
			break
		}
		if j2 := j + 1; j2 < n && h[j2].f < h[j].f {
			j = j2
		}
		if !(h[j].f < h[i].f) {
			break
		}
		h[i], h[j] = h[j], h[i]
		i = j
	}
	it := h[n]
	*q = h[:n]
	return it
}

// heuristic is A*'s estimate of the km from a cell of an n×n grid to the
// goal cell: geo.Distance between their centres, with what depends on the
// row alone worked out once per row.
type heuristic struct {
	n              int
	rowLat, rowCos []float64
	goal           orb.Point
}

func newHeuristic(n, goal int) heuristic {
	h := heuristic{n: n, rowLat: make([]float64, n), rowCos: make([]float64, n)}
	for j := range h.rowLat {
		h.rowLat[j] = unmerc(0, (float64(j)+0.5)/float64(n))[1]
	}
	h.goal = orb.Point{(float64(goal%n)+0.5)/float64(n)*360 - 180, h.rowLat[goal/n]}
	for j := range h.rowCos {
		h.rowCos[j] = math.Cos(deg2rad((h.rowLat[j] + h.goal[1]) / 2.0))
	}
	return h
}

func (h heuristic) at(c int) float64 {
	i, j := c%h.n, c/h.n
	lon := (float64(i)+0.5)/float64(h.n)*360 - 180
	dLat := deg2rad(h.rowLat[j] - h.goal[1])
	dLon := math.Abs(deg2rad(lon - h.goal[0]))
	if dLon > math.Pi {
		dLon = 2*math.Pi - dLon
	}
	x := dLon * h.rowCos[j]
	return math.Sqrt(dLat*dLat+x*x) * orb.EarthRadius / 1000
}

// deg2rad is geo's conversion, so that h is geo.Distance to the bit.
func deg2rad(d float64) float64 { return d * math.Pi / 180.0 }
