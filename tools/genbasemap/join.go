package main

import (
	"fmt"
	"math"
	"sort"

	"github.com/paulmach/orb"
)

// key snaps a point to 1e-6 degrees so pieces that share an end point on a
// bin boundary match despite printing round-off.
type key [2]int64

func keyOf(p orb.Point) key {
	return key{int64(math.Round(p[0] * 1e6)), int64(math.Round(p[1] * 1e6))}
}

// joinRings joins GSHHG shoreline pieces of one level (cut at 1-degree bin
// boundaries) into closed rings. Chains that leave the region box are closed
// along the box, walking counter-clockwise (GSHHG keeps land on the left).
func joinRings(pieces []orb.LineString, box orb.Bound) ([]orb.Ring, error) {
	var rings []orb.Ring
	var open []orb.LineString
	for _, p := range pieces {
		if len(p) < 2 {
			continue
		}
		if keyOf(p[0]) == keyOf(p[len(p)-1]) {
			rings = append(rings, orb.Ring(p))
			continue
		}
		open = append(open, p)
	}
	byStart := map[key][]int{}
	hasPred := make([]bool, len(open))
	for i, p := range open {
		byStart[keyOf(p[0])] = append(byStart[keyOf(p[0])], i)
	}
	for _, p := range open {
		for _, j := range byStart[keyOf(p[len(p)-1])] {
			hasPred[j] = true
		}
	}
	used := make([]bool, len(open))
	follow := func(i int) orb.LineString {
		var chain orb.LineString
		for {
			used[i] = true
			p := open[i]
			if len(chain) > 0 {
				p = p[1:]
			}
			chain = append(chain, p...)
			next := -1
			for _, j := range byStart[keyOf(chain[len(chain)-1])] {
				if !used[j] {
					next = j
					break
				}
			}
			if next < 0 {
				return chain
			}
			i = next
		}
	}
	var chains []orb.LineString
	for i := range open {
		if !used[i] && !hasPred[i] {
			chains = append(chains, follow(i))
		}
	}
	for i := range open {
		if !used[i] { // cycles made of several pieces
			c := follow(i)
			if keyOf(c[0]) == keyOf(c[len(c)-1]) {
				rings = append(rings, orb.Ring(c))
			} else {
				chains = append(chains, c)
			}
		}
	}
	closed, err := closeAlongBox(chains, box)
	if err != nil {
		return nil, err
	}
	return append(rings, closed...), nil
}

// perim maps a point on the box boundary to a counter-clockwise perimeter
// parameter in [0, 4): bottom, right, top, left.
func perim(p orb.Point, b orb.Bound) (float64, bool) {
	const eps = 1e-6
	w, h := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]
	switch {
	case math.Abs(p[1]-b.Min[1]) < eps:
		return (p[0] - b.Min[0]) / w, true
	case math.Abs(p[0]-b.Max[0]) < eps:
		return 1 + (p[1]-b.Min[1])/h, true
	case math.Abs(p[1]-b.Max[1]) < eps:
		return 2 + (b.Max[0]-p[0])/w, true
	case math.Abs(p[0]-b.Min[0]) < eps:
		return 3 + (b.Max[1]-p[1])/h, true
	}
	return 0, false
}

func closeAlongBox(chains []orb.LineString, b orb.Bound) ([]orb.Ring, error) {
	type end struct{ in, out float64 }
	ends := make([]end, len(chains))
	for i, c := range chains {
		in, ok1 := perim(c[0], b)
		out, ok2 := perim(c[len(c)-1], b)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("open shoreline chain %d (%d points, %v .. %v) does not end on the region box", i, len(c), c[0], c[len(c)-1])
		}
		ends[i] = end{in, out}
	}
	corners := []orb.Point{{b.Max[0], b.Min[1]}, {b.Max[0], b.Max[1]}, {b.Min[0], b.Max[1]}, {b.Min[0], b.Min[1]}}
	order := make([]int, len(chains))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, c int) bool { return ends[order[a]].in < ends[order[c]].in })
	used := make([]bool, len(chains))
	var rings []orb.Ring
	for _, first := range order {
		if used[first] {
			continue
		}
		var ring orb.Ring
		cur := first
		for guard := 0; guard <= len(chains); guard++ {
			used[cur] = true
			ring = append(ring, chains[cur]...)
			t := ends[cur].out
			// next entry counter-clockwise from t
			best, bestD := -1, 5.0
			for _, j := range order {
				if used[j] && j != first {
					continue
				}
				d := ends[j].in - t
				if d < 0 {
					d += 4
				}
				if d < bestD {
					best, bestD = j, d
				}
			}
			// add the corners passed between t and t+bestD
			for k := math.Floor(t) + 1; k <= t+bestD; k++ {
				ring = append(ring, corners[(int(k)+3)%4])
			}
			if best == first || best < 0 {
				break
			}
			cur = best
		}
		ring = append(ring, ring[0])
		rings = append(rings, ring)
	}
	return rings, nil
}

// joinLines joins polylines that share end points (pieces cut at bins).
func joinLines(ls []orb.LineString) []orb.LineString {
	byStart := map[key]int{}
	for i, l := range ls {
		if len(l) > 1 {
			byStart[keyOf(l[0])] = i
		}
	}
	hasPred := make([]bool, len(ls))
	for _, l := range ls {
		if len(l) > 1 {
			if j, ok := byStart[keyOf(l[len(l)-1])]; ok {
				hasPred[j] = true
			}
		}
	}
	used := make([]bool, len(ls))
	var out []orb.LineString
	run := func(i int) {
		var c orb.LineString
		for !used[i] {
			used[i] = true
			p := ls[i]
			if len(c) > 0 {
				p = p[1:]
			}
			c = append(c, p...)
			j, ok := byStart[keyOf(c[len(c)-1])]
			if !ok {
				break
			}
			i = j
		}
		out = append(out, c)
	}
	for i := range ls {
		if len(ls[i]) > 1 && !hasPred[i] && !used[i] {
			run(i)
		}
	}
	for i := range ls {
		if len(ls[i]) > 1 && !used[i] {
			run(i)
		}
	}
	return out
}
