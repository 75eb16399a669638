package searoute

import (
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// TestHeuristicIsGeoDistance: the per-row tables give geo.Distance between
// the cells' centres to the bit, so that A* expands cells in the order it
// would with geo.Distance.
func TestHeuristicIsGeoDistance(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{coarseN, fineN} {
		centre := func(c int) orb.Point {
			return unmerc((float64(c%n)+0.5)/float64(n), (float64(c/n)+0.5)/float64(n))
		}
		for range 200 {
			goal := r.IntN(n * n)
			h := newHeuristic(n, goal)
			for range 50 {
				c := r.IntN(n * n)
				if got, want := h.at(c), geo.Distance(centre(c), centre(goal))/1000; got != want {
					t.Fatalf("n %d: h(%d → %d) = %v, geo.Distance %v", n, c, goal, got, want)
				}
			}
		}
	}
}

// TestAstarUnreachable: a search to a cell no water reaches (a land cell)
// says so rather than returning a path.
func TestAstarUnreachable(t *testing.T) {
	m, err := landMask()
	if err != nil {
		t.Fatal(err)
	}
	land := -1
	for c := 0; c < fineN*fineN; c += 997 {
		if m.land(c%fineN, c/fineN) {
			land = c
			break
		}
	}
	sea := -1
	for c := fineN * fineN / 2; c < fineN*fineN; c++ {
		if !m.land(c%fineN, c/fineN) {
			sea = c
			break
		}
	}
	if land < 0 || sea < 0 {
		t.Fatal("no land or no sea cell in the mask")
	}
	if p, _, ok := m.search(cell(sea), cell(land), allRows); ok {
		t.Fatalf("search to a land cell found %d cells", len(p))
	}
}
