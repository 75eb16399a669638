package workers

import (
	"fmt"
	"sync/atomic"
	"testing"
)

func TestEachVisitsEveryIndexOnce(t *testing.T) {
	for _, tc := range []struct{ n, w int }{{0, 4}, {1, 4}, {7, 1}, {100, 3}, {1000, 0}, {5, 50}} {
		seen := make([]atomic.Int32, tc.n)
		Each(tc.n, tc.w, func(i int) { seen[i].Add(1) })
		for i := range seen {
			if c := seen[i].Load(); c != 1 {
				t.Fatalf("n=%d w=%d: index %d visited %d times", tc.n, tc.w, i, c)
			}
		}
	}
}

func TestChunksCoverInOrderPerChunk(t *testing.T) {
	const n, chunk = 1003, 10
	seen := make([]atomic.Int32, n)
	Chunks(n, 3, chunk, func(worker, lo, hi int) {
		if hi-lo > chunk || lo >= hi || worker < 0 || worker >= 3 {
			t.Errorf("chunk [%d,%d) worker %d", lo, hi, worker)
		}
		for i := lo; i < hi; i++ {
			seen[i].Add(1)
		}
	})
	for i := range seen {
		if seen[i].Load() != 1 {
			t.Fatalf("index %d visited %d times", i, seen[i].Load())
		}
	}
}

func TestOneWorkerRunsInOrderOnTheCaller(t *testing.T) {
	var order []int
	Each(5, 1, func(i int) { order = append(order, i) }) // no lock: one goroutine
	for i, v := range order {
		if v != i {
			t.Fatalf("order %v", order)
		}
	}
	if Count(5, 1) != 1 || Count(0, 8) != 1 || Count(3, 8) != 3 {
		t.Errorf("Count: %d %d %d", Count(5, 1), Count(0, 8), Count(3, 8))
	}
}

// Each squares a slice in place on four workers; the results are in input
// order whatever the number of workers.
func ExampleEach() {
	xs := []int{1, 2, 3, 4, 5}
	Each(len(xs), 4, func(i int) { xs[i] *= xs[i] })
	fmt.Println(xs)
	// Output: [1 4 9 16 25]
}
