package mapview

import (
	"fmt"
	"testing"

	"github.com/storylens/storylens/data"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// TestBundledStoryGolden renders three steps of the bundled story (the
// overview, the 2019 train and the 2019 summit), with the analysis report, as
// the export does. If the bundled story's places or routes change, look at
// testdata/failed/ and regenerate with -update.
func TestBundledStoryGolden(t *testing.T) {
	s, probs := story.LoadFS(data.Bundled(), "bundled")
	if s == nil {
		t.Fatalf("bundled story: %v", probs)
	}
	r, err := analysis.Run(s, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range s.Steps {
		switch s.Steps[i].ID {
		case "overview", "2019-train", "2019-summit":
		default:
			continue
		}
		t.Run(s.Steps[i].ID, func(t *testing.T) {
			img, err := Render(s, r, RenderOptions{Step: i, Width: 1000, Height: 640})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, fmt.Sprintf("bundled_%d_%s.png", i+1, s.Steps[i].ID), img)
		})
	}
}
