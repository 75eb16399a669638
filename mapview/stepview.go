package mapview

import (
	"fmt"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
)

// stepView returns the camera, highlighted places and route of step i
// (-1 last, -2 overview) for a w×h logical viewport. A step without a
// camera frames its own places and route (the analysis report's view of
// it, which leaves far-off places outside); a step that names nothing
// frames the story's overview; a story with nothing to show, the world.
func (sc *scene) stepView(i int, w, h float64) (story.Camera, []string, string, error) {
	if i == -2 || len(sc.steps) == 0 {
		return sc.fit(-2, w, h, 60), nil, "", nil
	}
	if i == -1 {
		i = len(sc.steps) - 1
	}
	if i < 0 || i >= len(sc.steps) {
		return story.Camera{}, nil, "", fmt.Errorf("mapview: step %d out of range (the story has %d steps)", i+1, len(sc.steps))
	}
	st := sc.steps[i]
	rid := ""
	if st.Route != nil {
		rid = *st.Route
	}
	if st.Camera != nil {
		return *st.Camera, st.Places, rid, nil
	}
	return sc.fit(i, w, h, 80), st.Places, rid, nil
}

// fit is the camera that frames step i (-2: the overview), falling back to
// the overview and then to the world.
func (sc *scene) fit(i int, w, h, pad float64) story.Camera {
	if b, ok := sc.viewBound(i); ok {
		return fitCamera(b, w, h, pad, maxFitZoom(b))
	}
	if i != -2 {
		if b, ok := sc.viewBound(-2); ok {
			return fitCamera(b, w, h, pad, maxFitZoom(b))
		}
	}
	return worldCamera(w, h)
}

// maxFitZoom is how far a fitted view may zoom in: 12 for an area, 10 for
// a single point (a venue placed at its city): close enough to see where it
// is, far enough to see it among the places around.
func maxFitZoom(b orb.Bound) float64 {
	if b.Max[0]-b.Min[0] < 1e-3 && b.Max[1]-b.Min[1] < 1e-3 {
		return 10
	}
	return 12
}

// World is the view when there is nothing to show.
var World = orb.Bound{Min: orb.Point{-170, -58}, Max: orb.Point{190, 75}}

func worldCamera(w, h float64) story.Camera { return fitCamera(World, w, h, 0, 12) }
