package mapview

import (
	"fmt"
	"image"
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
	s, r := bundled(t)
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

// bundled loads the bundled story and its analysis.
func bundled(t *testing.T) (*story.Story, *analysis.Report) {
	t.Helper()
	s, probs := story.LoadFS(data.Bundled(), "bundled")
	if s == nil {
		t.Fatalf("bundled story: %v", probs)
	}
	r, err := analysis.Run(s, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s, r
}

// stepIndex is the index of the step with id, or fails the test.
func stepIndex(t *testing.T, s *story.Story, id string) int {
	t.Helper()
	for i := range s.Steps {
		if s.Steps[i].ID == id {
			return i
		}
	}
	t.Fatalf("bundled story has no step %q", id)
	return -1
}

// bundledRoutesCamera shows the three routes of the bundled story.
var bundledRoutesCamera = story.Camera{Center: [2]float64{129.6, 41.3}, Zoom: 6.3}

// TestBundledRoutesGolden renders a step without a route (every route
// drawn, with smaller names) and a step with one (the others dimmed and
// unlabelled) over the same view of all three routes.
func TestBundledRoutesGolden(t *testing.T) {
	s, r := bundled(t)
	for _, id := range []string{"2023-forum", "2023-border"} {
		t.Run(id, func(t *testing.T) {
			img, err := Render(s, r, RenderOptions{Step: stepIndex(t, s, id), Width: 1000, Height: 640, Camera: &bundledRoutesCamera})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "bundled_routes_"+id+".png", img)
		})
	}
}

// TestOtherRoutesDimmed checks, on the 2019 summit step (the road route
// highlighted), that the rail route leaving the top of the view is drawn
// translucent: none of its pixels has the opaque route colour, which it has
// when the same view shows a step without a route.
func TestOtherRoutesDimmed(t *testing.T) {
	s, r := bundled(t)
	summit := stepIndex(t, s, "2019-summit")
	cam, _, rid, err := newScene(s, r).stepView(summit, 1000, 640)
	if err != nil || rid == "" {
		t.Fatalf("summit step: route %q, %v", rid, err)
	}
	// The top right corner, crossed only by the rail line.
	corner := image.Rect(600, 0, 1000, 120)
	opaque := func(step int) int {
		img, err := Render(s, r, RenderOptions{Step: step, Width: 1000, Height: 640, Camera: &cam})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		want := lightPalette.route
		for y := corner.Min.Y; y < corner.Max.Y; y++ {
			for x := corner.Min.X; x < corner.Max.X; x++ {
				c := img.RGBAAt(x, y)
				if c.R == want.R && c.G == want.G && c.B == want.B {
					n++
				}
			}
		}
		return n
	}
	if n := opaque(stepIndex(t, s, "overview")); n == 0 {
		t.Fatal("no route pixels in the corner without a highlighted route: the view has moved")
	}
	if n := opaque(summit); n != 0 {
		t.Errorf("%d opaque route pixels in the corner: the rail route is not dimmed", n)
	}
}
