package claims

import (
	"runtime"

	"github.com/storylens/storylens/internal/workers"
)

// workerCount returns the number of goroutines to use: n if positive, else
// GOMAXPROCS.
func workerCount(n int) int {
	if n > 0 {
		return n
	}
	return runtime.GOMAXPROCS(0)
}

// parallel calls fn(worker, lo, hi) over [0, n) in chunks of
// chunkSize(n, w), on w goroutines that take chunks as they finish (the
// project's pool, internal/workers). worker is in [0, w). With one worker,
// fn gets the whole range at once.
func parallel(n, w int, fn func(worker, lo, hi int)) {
	if n <= 0 {
		return
	}
	if min(w, n) <= 1 {
		fn(0, 0, n)
		return
	}
	workers.Chunks(n, w, chunkSize(n, w), fn)
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
