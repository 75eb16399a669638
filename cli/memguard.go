package cli

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
)

// The guard of the memory limit: after every collection it reads the live
// heap and, when that has come within 4/5 of the soft limit, raises the
// limit to 5/4 of it (at most to the ceiling, 3/4 of the machine). A
// limit set from an estimate (memoryLimit) can be too low for a story
// whose text needs more memory than the estimate's; without the guard the
// collector would then run back to back, as near its limit it collects
// again as soon as the heap grows at all.
var guard struct {
	once    sync.Once
	ceiling atomic.Int64 // 0: no ceiling
}

// guardLimit starts the guard (once in a process) with the given ceiling,
// or changes its ceiling (0 for none).
func guardLimit(ceiling int64) {
	guard.ceiling.Store(ceiling)
	guard.once.Do(armGuard)
}

// sentinel is allocated for each collection to come; its cleanup runs once
// that collection has found it unreachable. The pointer keeps it out of the
// tiny allocator, whose objects may never be cleaned up.
type sentinel struct{ _ *int }

func armGuard() {
	runtime.AddCleanup(new(sentinel), func(struct{}) {
		checkLiveHeap()
		armGuard()
	}, struct{}{})
}

var liveHeap = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}

// checkLiveHeap raises the limit when the live heap is near it. It runs on
// the runtime's cleanup goroutine, one call at a time.
func checkLiveHeap() {
	metrics.Read(liveHeap)
	if liveHeap[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := int64(liveHeap[0].Value.Uint64())
	limit := debug.SetMemoryLimit(-1)
	if want := raisedLimit(live, limit, guard.ceiling.Load()); want != limit {
		debug.SetMemoryLimit(want)
	}
}

// raisedLimit is the limit after a collection that left live bytes under
// limit: limit while live is at most 4/5 of it, else 5/4 of live, at most
// ceiling (when not 0) and never below limit.
func raisedLimit(live, limit, ceiling int64) int64 {
	if live <= limit/5*4 {
		return limit
	}
	want := live / 4 * 5
	if ceiling > 0 {
		want = min(want, ceiling)
	}
	return max(want, limit)
}
