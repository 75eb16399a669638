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
	chunk := n / (w * 16)
	if chunk < 1 {
		chunk = 1
	}
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
