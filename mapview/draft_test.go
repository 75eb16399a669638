package mapview

import (
	"testing"
	"testing/fstest"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// A plain folder of articles about a voyage far from the bundled story:
// every step's camera frames that step's own places, and no two steps of
// different places share one view.
func TestDraftStepsFrameTheirOwnPlaces(t *testing.T) {
	fsys := fstest.MapFS{
		"articles/01.md": {Data: []byte("---\ntitle: Leaving Bergen\ndate: 2025-06-02\n---\nThe tall ship left Bergen in Norway on Monday. Bergen gave her a warm send-off.\n")},
		"articles/02.md": {Data: []byte("---\ntitle: In Plymouth\ndate: 2025-06-06\n---\nThe tall ship arrived in Plymouth on Friday. Crowds in Plymouth watched.\n")},
		"articles/03.md": {Data: []byte("---\ntitle: In Lisbon\ndate: 2025-06-20\n---\nThe tall ship reached Lisbon on Friday. Lisbon will host the fleet.\n")},
	}
	s, ps := story.LoadFS(fsys, "voyage")
	if ps.HasErrors() {
		t.Fatal(ps)
	}
	r, err := analysis.Run(s, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s = analysis.Resolve(s, r)
	sc := newScene(s, r)
	seen := map[story.Camera]int{}
	for i, st := range s.Steps {
		cam, hi, _, err := sc.stepView(i, 1000, 640)
		if err != nil {
			t.Fatal(err)
		}
		if len(hi) == 0 {
			t.Fatalf("step %d (%s) highlights nothing", i, st.ID)
		}
		v := newView(cam, 1000, 640, 1)
		for _, id := range hi {
			p := sc.place(id)
			if p == nil || p.Kind == "country" {
				continue
			}
			x, y := v.toPx(p.M)
			if x < 0 || y < 0 || x > 1000 || y > 640 {
				t.Errorf("step %d: %s at (%.0f, %.0f) is off the map", i, p.Name, x, y)
			}
		}
		if j, ok := seen[cam]; ok && i > 0 && j > 0 {
			t.Errorf("steps %d and %d show the same view %+v", j, i, cam)
		}
		seen[cam] = i
		if cam.Zoom < 4 {
			t.Errorf("step %d zoom %.1f: a view of the world, not of its places", i, cam.Zoom)
		}
	}
}

// With nothing to show, the map shows the world, not any story's region.
func TestEmptyStoryShowsTheWorld(t *testing.T) {
	sc := newScene(&story.Story{Title: "empty"}, nil)
	cam, _, _, err := sc.stepView(-2, 1000, 640)
	if err != nil {
		t.Fatal(err)
	}
	if cam.Zoom > MinZoom+0.01 {
		t.Errorf("empty story zoom %.2f, want the world at %.0f", cam.Zoom, MinZoom)
	}
}
