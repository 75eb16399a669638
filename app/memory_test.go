package app

import (
	"runtime/debug"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/storylens/storylens/story"
)

// TestMemoryLimitFollowsTheStory opens the bundled story with a memory
// policy (Config.MemoryLimit) and checks the soft limit it leaves: the
// analysis' limit for that story plus appHeap, set before the analysis, and
// never lowered by a smaller story.
func TestMemoryLimitFollowsTheStory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	memoryMu.Lock()
	saved := memoryLimitSet
	memoryLimitSet = 0
	memoryMu.Unlock()
	t.Cleanup(func() {
		debug.SetMemoryLimit(before)
		memoryMu.Lock()
		memoryLimitSet = saved
		memoryMu.Unlock()
	})

	const perSource = 1 << 20
	var asked []int
	policy := func(s *story.Story) int64 {
		asked = append(asked, len(s.Sources))
		return int64(len(s.Sources)) * perSource
	}
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	u := NewUI(a, w, Config{Version: "test", MemoryLimit: policy}, testOpts...)
	res := u.Loader("", func(string) {})
	if res.Failed {
		t.Fatalf("the bundled story failed: %v", res.Problems)
	}
	n := len(res.Story.Sources)
	if len(asked) != 1 || asked[0] != n {
		t.Fatalf("the policy was asked for %v sources, want once for %d", asked, n)
	}
	want := int64(n)*perSource + appHeap
	if got := debug.SetMemoryLimit(-1); got != want {
		t.Errorf("memory limit %d MiB after the load, want %d MiB (the story's %d MiB + appHeap)", got>>20, want>>20, n)
	}

	// A smaller story (or GOMEMLIMIT: the policy says 0) keeps the limit.
	for _, lower := range []int64{0, perSource} {
		if got := raiseMemoryLimit(lower); got != want {
			t.Errorf("raiseMemoryLimit(%d) = %d, want %d kept", lower, got, want)
		}
		if got := debug.SetMemoryLimit(-1); got != want {
			t.Errorf("after raiseMemoryLimit(%d) the limit is %d, want %d kept", lower, got, want)
		}
	}
	if got := raiseMemoryLimit(want); got != want+appHeap {
		t.Errorf("raiseMemoryLimit(%d) = %d, want %d", want, got, want+appHeap)
	}

	// Without a policy the app sets no limit.
	debug.SetMemoryLimit(before)
	u2 := NewUI(a, test.NewTempWindow(t, nil), Config{Version: "test"}, testOpts...)
	if res := u2.Loader("", func(string) {}); res.Failed {
		t.Fatalf("the bundled story failed: %v", res.Problems)
	}
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("with no policy the limit became %d, want %d unchanged", got, before)
	}
}
