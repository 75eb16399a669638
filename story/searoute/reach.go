package searoute

import (
	"math"
	"sort"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// reachOpenCells is how many water cells a moved end's water must reach:
// more than a sea cut off from the world ocean holds (the Caspian, or the
// White and Kara Seas below 70°N, are a few thousand to tens of thousands
// of cells, by their areas).
const reachOpenCells = 100000

// reach moves an inland end p to the sea (Options.ReachKm): among the
// coarse cells with water within maxKm of p, it takes the one with the
// least distance from p plus reachPull times its distance to other, whose
// water is the open ocean (more than reachOpenCells cells within the
// rows lim: not the Caspian, not a lake, not the White and Kara Seas that
// the Arctic's closure cuts off), and returns that cell's fine water cell
// nearest p.
func (m *mask) reach(p, other orb.Point, maxKm float64, lim rows) (cell, bool) {
	x, y := cellOf(p)
	ci, cj := int(math.Floor(x))/coarseK, int(y)/coarseK
	type cand struct {
		i, j  int
		score float64
	}
	var cs []cand
	// Row by row, the columns within maxKm of p at that row's latitude.
	for dir := -1; dir <= 1; dir += 2 {
		for j := cj; j >= 0 && j < coarseN; j += dir {
			if dir > 0 && j == cj {
				continue
			}
			c0 := unmerc(0, (float64(j)+0.5)/coarseN)
			if geo.Distance(orb.Point{p[0], c0[1]}, p)/1000 > maxKm {
				break // farther rows are farther still
			}
			if !lim.has(j*coarseK) || !lim.has(j*coarseK+coarseK-1) {
				continue
			}
			kmPerCoarse := 2 * math.Pi * 6371 * math.Cos(c0[1]*math.Pi/180) / coarseN
			r := min(coarseN/2, int(math.Ceil(maxKm/math.Max(kmPerCoarse, 1))))
			for di := -r; di <= r; di++ {
				i := ((ci+di)%coarseN + coarseN) % coarseN
				if m.coarseLand(i, j) {
					continue
				}
				c := unmerc((float64(i)+0.5)/coarseN, (float64(j)+0.5)/coarseN)
				d := geo.Distance(p, c) / 1000
				if d > maxKm {
					continue
				}
				cs = append(cs, cand{i, j, d + reachPull*geo.Distance(c, other)/1000})
			}
		}
	}
	sort.Slice(cs, func(a, b int) bool { return cs[a].score < cs[b].score })
	pocket := floodMarks.Get().(*[]uint64)
	var pocketCells []cell
	defer func() {
		for _, q := range pocketCells {
			(*pocket)[q>>6] = 0
		}
		floodMarks.Put(pocket)
	}()
	for _, c := range cs {
		// The coarse cell's water cell nearest p.
		best, bestD := cell(-1), math.Inf(1)
		for j := c.j * coarseK; j < (c.j+1)*coarseK; j++ {
			for i := c.i * coarseK; i < (c.i+1)*coarseK; i++ {
				if m.land(i, j) {
					continue
				}
				if d := geo.Distance(p, cellCentre(cellAt(i, j))); d < bestD {
					best, bestD = cellAt(i, j), d
				}
			}
		}
		if best < 0 || (*pocket)[best>>6]>>(best&63)&1 == 1 {
			continue
		}
		if oceanKnown(best, lim) {
			return best, true
		}
		region, open := m.flood(best, reachOpenCells, lim)
		if open {
			markOcean(region, lim)
			return best, true
		}
		for _, q := range region {
			(*pocket)[q>>6] |= 1 << (q & 63)
		}
		pocketCells = append(pocketCells, region...)
	}
	return 0, false
}

// ocean holds, per band of rows, the fine cells a flood has found to be
// in the open ocean (reachOpenCells), so that a later end moved near them
// needs no flood of its own.
var ocean = struct {
	sync.Mutex
	bits map[rows][]uint64
}{bits: map[rows][]uint64{}}

func oceanKnown(c cell, lim rows) bool {
	ocean.Lock()
	defer ocean.Unlock()
	b := ocean.bits[lim]
	return b != nil && b[c>>6]>>(c&63)&1 == 1
}

func markOcean(cs []cell, lim rows) {
	ocean.Lock()
	defer ocean.Unlock()
	b := ocean.bits[lim]
	if b == nil {
		if len(ocean.bits) >= 4 { // a few bands at most (2 MB each)
			clear(ocean.bits)
		}
		b = make([]uint64, fineN*fineN/64)
		ocean.bits[lim] = b
	}
	for _, c := range cs {
		b[c>>6] |= 1 << (c & 63)
	}
}
