package claims

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestRadixSort64(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 5, 255, 256, 1000, 70000} {
		for _, mask := range []uint64{^uint64(0), 0xffff, 0xffff0000ffff, 1<<40 - 1} {
			a := make([]uint64, n)
			for i := range a {
				a[i] = r.Uint64() & mask
			}
			want := slices.Clone(a)
			slices.Sort(want)
			radixSort64(a, nil)
			if !slices.Equal(a, want) {
				t.Fatalf("n=%d mask=%x: not sorted", n, mask)
			}
		}
	}
}

func TestSortEdgesBySim(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	es := make([]edge, 5000)
	for i := range es {
		es[i] = edge{uint32(i), uint32(i + 1), float32(0.3 + 0.7*float64(r.IntN(50))/50)}
	}
	want := slices.Clone(es)
	slices.SortStableFunc(want, func(x, y edge) int { return cmp.Compare(y.sim, x.sim) })
	sortEdgesBySim(es)
	if !slices.Equal(es, want) {
		t.Fatal("edges not sorted by similarity, stably")
	}
}
