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

func TestMergeUnique(t *testing.T) {
	many := make([][]uint64, 10)
	for i := range many {
		many[i] = []uint64{uint64(i), uint64(i + 5), 100}
	}
	for _, c := range []struct {
		name  string
		lists [][]uint64
		want  []uint64
	}{
		{"none", nil, []uint64{}},
		{"one", [][]uint64{{1, 2, 9}}, []uint64{1, 2, 9}},
		{"interleaved with shared values", [][]uint64{{1, 4, 6, 9}, {2, 4, 9, 12}, {}}, []uint64{1, 2, 4, 6, 9, 12}},
		{"many lists", many, []uint64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 100}},
	} {
		total := 0
		for _, l := range c.lists {
			total += len(l)
		}
		if got := mergeUnique(c.lists, total); !slices.Equal(got, c.want) {
			t.Errorf("%s: mergeUnique = %v, want %v", c.name, got, c.want)
		}
	}
}
