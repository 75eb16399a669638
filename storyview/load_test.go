package storyview

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/story"
)

// TestNewLoaderCallsReadBeforeAnalysis checks that NewLoader hands the
// story it read to read before the analysis starts, and that a story that
// cannot be read never reaches read.
func TestNewLoaderCallsReadBeforeAnalysis(t *testing.T) {
	var stages []string
	var got *story.Story
	atRead := -1
	l := NewLoader(func(s *story.Story) {
		got = s
		atRead = len(stages)
	})
	res := l("", func(stage string) { stages = append(stages, stage) })
	if res.Failed {
		t.Fatalf("the bundled story failed to load: %v", res.Problems)
	}
	if got == nil || len(got.Sources) != len(res.Story.Sources) || len(got.Sources) == 0 {
		t.Fatalf("read got %v, want the story read (%d sources)", got, len(res.Story.Sources))
	}
	if atRead < 0 {
		t.Fatal("read was not called")
	}
	for _, st := range stages[:atRead] {
		if strings.HasPrefix(st, "Analysing") {
			t.Errorf("read was called after the stage %q; want before the analysis", st)
		}
	}
	if len(stages) == atRead {
		t.Error("no analysis stage reported after read")
	}

	called := false
	bad := NewLoader(func(*story.Story) { called = true })(filepath.Join(t.TempDir(), "missing"), func(string) {})
	if !bad.Failed {
		t.Fatal("a missing folder loaded")
	}
	if called {
		t.Error("read was called for a story that could not be read")
	}
}
