package cli

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
)

// The guard of the memory limit: after every collection it reads the live
// heap and what else the soft limit counts (the runtime's metadata,
// stacks and the unused part of the heap's spans: the memory the runtime
// holds less the heap's objects and its free pages), and when the limit
// leaves the heap less than a quarter of the live heap to grow, raises it
// to 5/4 of the live heap plus that overhead (at most to the ceiling, 3/4
// of the machine). The overhead is a quarter of the live heap and more on a
// big story (spans half full); leaving it out, the collector ran for 11 to
// 13% of the CPU of analysing 100,000 generated articles. A
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

// heapMetrics are what checkLiveHeap reads: the live heap, and the
// memory the runtime holds (total less released) with the heap's objects
// and free pages, whose difference is what the limit counts besides the
// heap's objects.
var heapMetrics = []metrics.Sample{
	{Name: "/gc/heap/live:bytes"},
	{Name: "/memory/classes/total:bytes"},
	{Name: "/memory/classes/heap/released:bytes"},
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/heap/free:bytes"},
}

// checkLiveHeap raises the limit when the live heap is near it. It runs on
// the runtime's cleanup goroutine, one call at a time.
func checkLiveHeap() {
	metrics.Read(heapMetrics)
	var v [5]int64
	for i, m := range heapMetrics {
		if m.Value.Kind() != metrics.KindUint64 {
			return
		}
		v[i] = int64(m.Value.Uint64())
	}
	live, total, released, objects, free := v[0], v[1], v[2], v[3], v[4]
	overhead := max(total-released-objects-free, 0)
	limit := debug.SetMemoryLimit(-1)
	if want := raisedLimit(live, overhead, limit, guard.ceiling.Load()); want != limit {
		debug.SetMemoryLimit(want)
	}
}

// raisedLimit is the limit after a collection that left live bytes of
// heap objects, the limit also counting overhead bytes besides them:
// limit while it leaves the heap a quarter of live to grow (5/4 of live
// plus overhead at most limit), else 5/4 of live plus overhead, at most
// ceiling (when not 0) and never below limit.
func raisedLimit(live, overhead, limit, ceiling int64) int64 {
	want := live/4*5 + overhead
	if want <= limit {
		return limit
	}
	if ceiling > 0 {
		want = min(want, ceiling)
	}
	return max(want, limit)
}
