// Package workers is the project's one worker pool: it runs a function over
// the indexes 0..n-1 on a number of goroutines and waits for them, item by
// item (Each) or in chunks (Chunks). Results go where the caller's function
// puts them (usually slot i of a slice), so they come out in input order
// whatever the number of workers.
package workers

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Count is the number of workers for n items when the caller asks for w: w
// when it is positive, else GOMAXPROCS; never more than n, never less than 1.
func Count(n, w int) int {
	if w <= 0 {
		w = runtime.GOMAXPROCS(0)
	}
	return max(1, min(w, n))
}

// Each calls fn(i) for every i in 0..n-1 on Count(n, w) goroutines, each
// taking the next index, and returns when all calls have returned. With one
// worker the calls run in order on the calling goroutine.
func Each(n, w int, fn func(i int)) {
	Chunks(n, w, 1, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			fn(i)
		}
	})
}

// Chunks calls fn(worker, lo, hi) for consecutive ranges of at most chunk
// indexes covering 0..n-1, on Count(n, w) goroutines numbered 0.. (worker),
// so that fn may keep per-worker scratch space; it returns when all calls
// have returned. A chunk below 1 counts as 1.
func Chunks(n, w, chunk int, fn func(worker, lo, hi int)) {
	if n <= 0 {
		return
	}
	chunk = max(chunk, 1)
	w = Count(n, w)
	if w == 1 {
		for lo := 0; lo < n; lo += chunk {
			fn(0, lo, min(lo+chunk, n))
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n {
					return
				}
				fn(k, lo, min(lo+chunk, n))
			}
		}()
	}
	wg.Wait()
}
