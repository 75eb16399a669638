package app

import (
	"runtime/debug"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/storylens/storylens/story"
)

// TestMemoryLimitFollowsTheStory opens the bundled story twice with a
// memory policy (Config.MemoryLimit) and checks the soft limit: while a
// story loads, its analysis' limit plus the shown story's plus appHeap, set
// before the analysis; once shown, its own plus appHeap; after a failed
// load, the shown story's again; no limit without a policy.
func TestMemoryLimitFollowsTheStory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	memoryMu.Lock()
	saved := shownLimit
	shownLimit = 0
	memoryMu.Unlock()
	t.Cleanup(func() {
		debug.SetMemoryLimit(before)
		memoryMu.Lock()
		shownLimit = saved
		memoryMu.Unlock()
	})

	const perSource = 1 << 20
	var asked []int
	var during []int64 // the limit in force when the analysis starts
	policy := func(s *story.Story) int64 {
		asked = append(asked, len(s.Sources))
		return int64(len(s.Sources)) * perSource
	}
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	u := NewUI(a, w, Config{Version: "test", MemoryLimit: policy}, testOpts...)
	load := u.Loader
	u.Loader = func(path string, progress func(string)) Loaded {
		analysing := false
		return load(path, func(stage string) {
			if !analysing && strings.HasPrefix(stage, "Analysing") {
				analysing = true
				during = append(during, debug.SetMemoryLimit(-1))
			}
			progress(stage)
		})
	}
	open := func() {
		t.Helper()
		u.loads++
		gen := u.loads
		res := u.Loader("", func(string) {})
		u.loaded(gen, res, "", false)
	}

	open()
	n := int64(len(u.nav.Story().Sources))
	if len(asked) == 0 || int64(asked[0]) != n {
		t.Fatalf("the policy was asked for %v sources, want %d", asked, n)
	}
	one := n*perSource + appHeap
	if len(during) != 1 || during[0] != one {
		t.Errorf("limit during the first load %v, want [%d] (the story's + appHeap)", during, one)
	}
	if got := debug.SetMemoryLimit(-1); got != one {
		t.Errorf("limit once shown %d, want %d", got, one)
	}

	open() // the same story again: while it loads, both are live
	if len(during) != 2 || during[1] != 2*n*perSource+appHeap {
		t.Errorf("limit during the second load %v, want [%d %d] (both stories' + appHeap)", during, one, 2*n*perSource+appHeap)
	}
	if got := debug.SetMemoryLimit(-1); got != one {
		t.Errorf("limit once the second is shown %d, want %d (the first is garbage)", got, one)
	}

	u.loads++
	debug.SetMemoryLimit(one * 3)
	u.loaded(u.loads, Loaded{Failed: true, Problems: []string{"x: broken"}}, "x", false)
	if got := debug.SetMemoryLimit(-1); got != one {
		t.Errorf("limit after a failed load %d, want the shown story's %d", got, one)
	}

	// Without a policy the app sets no limit.
	debug.SetMemoryLimit(before)
	u2 := NewUI(a, test.NewTempWindow(t, nil), Config{Version: "test"}, testOpts...)
	u2.loads++
	res := u2.Loader("", func(string) {})
	u2.loaded(u2.loads, res, "", false)
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("with no policy the limit became %d, want %d unchanged", got, before)
	}
}
