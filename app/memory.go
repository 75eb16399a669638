package app

import (
	"runtime/debug"
	"sync"
)

// The app's memory policy is the command line's (Config.MemoryLimit,
// cli.MemoryLimit: a soft limit of 5/4 of the heap the analysis of a story
// of that size needs at its peak, at most 3/4 of the machine) plus
// appHeap, what the window holds beside the analysis. Without a limit the
// garbage collector lets the heap grow to twice what is live: on a
// 5,000-article story (tools/gencorpus -n 5000) the resident size of the
// app reached 1.1 GB; under the limit it stays below 1 GB
// (BenchmarkBigStoryResident, storyview/README.md).
//
// The limit is set once a story is read, before its analysis starts
// (storyview.NewLoader), and only ever raised: while a second story loads
// the first is still shown and live, and a limit below what is live would
// make the collector run back to back.
const (
	// appHeap is the heap of the window apart from the analysis: the map's
	// scene, path cache and labels, the fonts, the figures, the claims
	// cache, the charts panel (about 130 MB in a heap profile of the window
	// on app/bigstory_test.go's 5,000 articles), with room above it
	// (160 MiB).
	appHeap = 160 << 20
)

var (
	memoryMu       sync.Mutex
	memoryLimitSet int64 // the limit this process set last, 0 before any
)

// raiseMemoryLimit sets the soft memory limit to analysis (the analysis'
// limit, Config.MemoryLimit) plus appHeap when that is above the limit set
// before; analysis <= 0 (GOMEMLIMIT set, or no policy) changes nothing.
// It returns the limit in force.
func raiseMemoryLimit(analysis int64) int64 {
	memoryMu.Lock()
	defer memoryMu.Unlock()
	if analysis <= 0 {
		return memoryLimitSet
	}
	if l := analysis + appHeap; l > memoryLimitSet {
		memoryLimitSet = l
		debug.SetMemoryLimit(l)
	}
	return memoryLimitSet
}
