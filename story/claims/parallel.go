package claims

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// workers returns the number of goroutines to use: n if positive, else
// GOMAXPROCS.
func workers(n int) int {
	if n > 0 {
		return n
	}
	return runtime.GOMAXPROCS(0)
}

// parallel calls fn(worker, lo, hi) over [0, n) in chunks, on w goroutines
// that take chunks as they finish (a worker pool). worker is in [0, w).
func parallel(n, w int, fn func(worker, lo, hi int)) {
	if n <= 0 {
		return
	}
	if w > n {
		w = n
	}
	chunk := chunkSize(n, w)
	if w <= 1 {
		fn(0, 0, n)
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := 0; k < w; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n {
					return
				}
				fn(k, lo, min(lo+chunk, n))
			}
		}(k)
	}
	wg.Wait()
}

// chunkSize is the size of the chunks parallel(n, w, ...) hands out; chunk
// lo/chunkSize(n, w) is the chunk's index, for callers that keep results
// per chunk to concatenate them in order.
func chunkSize(n, w int) int {
	if w > n {
		w = n
	}
	return max(1, n/(max(w, 1)*16))
}
