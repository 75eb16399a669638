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
// (storyview.NewLoader, limitForLoad). While it loads, the story shown is
// still live: the limit then counts both, since a limit below what is live
// would make the collector run back to back. Once the new story is shown
// (or its load failed) the limit is that of the story shown alone
// (limitForShown, limitForFailedLoad).
const (
	// appHeap is the heap of the window apart from the analysis: the map's
	// scene, path cache and labels, the fonts, the figures, the claims
	// cache, the charts panel (about 130 MB in a heap profile of the window
	// on app/bigstory_test.go's 5,000 articles), with room above it
	// (160 MiB).
	appHeap = 160 << 20
)

var (
	memoryMu sync.Mutex
	// shownLimit is the analysis' limit of the story shown, 0 before any.
	shownLimit int64
)

// limitForLoad sets the soft memory limit while a story whose analysis
// needs a limit of analysis (Config.MemoryLimit) loads: that, the shown
// story's and appHeap. analysis <= 0 (GOMEMLIMIT set) changes nothing. It
// returns the limit set, 0 when none.
func limitForLoad(analysis int64) int64 {
	if analysis <= 0 {
		return 0
	}
	memoryMu.Lock()
	defer memoryMu.Unlock()
	l := shownLimit + analysis + appHeap
	debug.SetMemoryLimit(l)
	return l
}

// limitForShown sets the limit once the story whose analysis' limit is
// analysis is shown (the story shown before is garbage): that and appHeap.
// analysis <= 0 changes nothing. It returns the limit set, 0 when none.
func limitForShown(analysis int64) int64 {
	if analysis <= 0 {
		return 0
	}
	memoryMu.Lock()
	defer memoryMu.Unlock()
	shownLimit = analysis
	debug.SetMemoryLimit(analysis + appHeap)
	return analysis + appHeap
}

// limitForFailedLoad sets the limit back to the shown story's after a load
// failed; nothing when no limit was set for one.
func limitForFailedLoad() {
	memoryMu.Lock()
	defer memoryMu.Unlock()
	if shownLimit > 0 {
		debug.SetMemoryLimit(shownLimit + appHeap)
	}
}

// limitMemoryAfterLoad applies the policy to a finished load (the latest
// one: an older load superseded leaves the limit to the newer).
func (u *UI) limitMemoryAfterLoad(res Loaded) {
	if u.cfg.MemoryLimit == nil {
		return
	}
	if res.Failed || res.Story == nil {
		limitForFailedLoad()
		return
	}
	limitForShown(u.cfg.MemoryLimit(res.Story))
}
