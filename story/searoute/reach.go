package searoute

import (
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// reach moves an inland end p to the sea (Options.ReachKm): among the
// coarse cells with water within maxKm of p, it takes the one with the
// least distance from p plus reachPull times its distance to other, whose
// water is open sea (more than openCells cells: not the Caspian, not a
// lake), and returns that cell's fine water cell nearest p.
func (m *mask) reach(p, other orb.Point, maxKm float64, lim rows) (cell, bool) {
	x, y := cellOf(p)
	ci, cj := int(math.Floor(x))/coarseK, int(y)/coarseK
	// Coarse cells are narrowest east-west at the poleward edge of the
	// search: size the window by the most poleward latitude it reaches.
	lat := math.Min(85, math.Abs(p[1])+maxKm/111)
	kmPerCoarse := 2 * math.Pi * 6371 * math.Cos(lat*math.Pi/180) / coarseN
	r := int(math.Ceil(maxKm / math.Max(kmPerCoarse, 1)))
	r = min(r, coarseN/2)
	type cand struct {
		i, j  int
		score float64
	}
	var cs []cand
	for dj := -r; dj <= r; dj++ {
		j := cj + dj
		if j < 0 || j >= coarseN || !lim.has(j*coarseK) || !lim.has(j*coarseK+coarseK-1) {
			continue
		}
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
	sort.Slice(cs, func(a, b int) bool { return cs[a].score < cs[b].score })
	pocket := map[cell]bool{}
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
		if best < 0 || pocket[best] {
			continue
		}
		region, open := m.flood(best, openCells)
		if open {
			return best, true
		}
		for _, q := range region {
			pocket[q] = true
		}
	}
	return 0, false
}
