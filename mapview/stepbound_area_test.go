package mapview

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// TestStepViewShowsTheAreaItNames frames steps without the report's views
// (mapview's own bound) over made-up places whose report gives an area's
// box: a step about a capital and the small island nation it is in shows
// the whole island; a step about a town in a big country stays on the
// town.
func TestStepViewShowsTheAreaItNames(t *testing.T) {
	box := func(w, s, e, n float64) *[2][2]float64 { return &[2][2]float64{{w, s}, {e, n}} }
	r := &analysis.Report{Places: []analysis.PlaceReport{
		{ID: "island", Name: "Island", Kind: "country", Lon: -77.3, Lat: 18.1, Bounds: box(-78.3, 17.7, -76.2, 18.5)},
		{ID: "capital", Name: "Capital", Kind: "capital", Lon: -76.79, Lat: 18.0},
		{ID: "airport", Name: "Airport", Kind: "airport", Lon: -76.79, Lat: 17.94},
		{ID: "big", Name: "Big", Kind: "country", Lon: 101, Lat: 15, Bounds: box(97.3, 5.6, 105.6, 20.5)},
		{ID: "town", Name: "Town", Kind: "town", Lon: 99.88, Lat: 20.43},
		{ID: "cave", Name: "Cave", Kind: "venue", Lon: 99.87, Lat: 20.38},
	}}
	s := &story.Story{Steps: []story.Step{
		{ID: "island", Title: "The island", Places: []string{"capital", "island", "airport"}},
		{ID: "town", Title: "The town", Places: []string{"town", "big", "cave"}},
	}}
	const w, h = 800, 500
	sc := newScene(s, r)
	cam, _, _, err := sc.stepView(0, w, h)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []orb.Point{{-78.3, 17.7}, {-76.2, 18.5}} {
		if x, y := nearestCopyPx(cam, w, h, p); x < 0 || x > w || y < 0 || y > h {
			t.Errorf("island step: its corner %v at (%.0f, %.0f), outside the view %v", p, x, y, cam)
		}
	}
	if cam.Zoom < 6 || cam.Zoom > 9 {
		t.Errorf("island step: zoom %.1f, want the island (6..9)", cam.Zoom)
	}
	cam, _, _, err = sc.stepView(1, w, h)
	if err != nil {
		t.Fatal(err)
	}
	if cam.Zoom < 10 {
		t.Errorf("town step: zoom %.1f, want the town (≥ 10), not the big country", cam.Zoom)
	}
}
