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

// TestSortEntries: a band's entries, in index order with keys drawn from a
// few values (so that buckets form) or from all, come out as a full sort
// puts them.
func TestSortEntries(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 200, 256, 5000, 70000} {
		for _, bits := range []uint{20, 23} {
			for _, keys := range []int{3, 1 << 30} {
				es := make([]uint64, 0, n)
				for i := 0; i < n; i++ {
					key := mix64(uint64(r.IntN(keys))) &^ (1<<bits - 1)
					es = append(es, key|uint64(i*3))
				}
				want := slices.Clone(es)
				slices.Sort(want)
				sortEntries(es, nil, bits)
				if !slices.Equal(es, want) {
					t.Fatalf("n=%d bits=%d keys=%d: not in the order of a full sort", n, bits, keys)
				}
			}
		}
	}
}

// TestSortPairs: packed pairs of indices below 1<<bits come out as a full
// sort puts them.
func TestSortPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 255, 256, 5000, 70000} {
		for _, bits := range []uint{20, 23} {
			ps := make([]uint64, n)
			for i := range ps {
				a, b := r.Uint32N(1<<bits), r.Uint32N(1<<bits)
				ps[i] = pack(a, b)
			}
			want := slices.Clone(ps)
			slices.Sort(want)
			sortPairs(ps, nil, bits)
			if !slices.Equal(ps, want) {
				t.Fatalf("n=%d bits=%d: not in the order of a full sort", n, bits)
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
