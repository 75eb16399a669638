package testfixture

import "testing"

// TestMapStoryIsWhole: every id a step, route or report names is a place of
// the story, at the same position in the report.
func TestMapStoryIsWhole(t *testing.T) {
	s, r := MapStory()
	pos := map[string][2]float64{}
	for _, p := range s.Places {
		pos[p.ID] = [2]float64{p.Lon, p.Lat}
	}
	if len(pos) != 5 || len(s.Routes) != 1 || len(s.Steps) != 3 {
		t.Fatalf("%d places, %d routes, %d steps; want 5, 1, 3", len(pos), len(s.Routes), len(s.Steps))
	}
	for _, st := range s.Steps {
		for _, id := range st.Places {
			if _, ok := pos[id]; !ok {
				t.Errorf("step %s names %q, not a place", st.ID, id)
			}
		}
		if st.Route != nil && *st.Route != s.Routes[0].ID {
			t.Errorf("step %s names route %q", st.ID, *st.Route)
		}
	}
	for _, id := range s.Routes[0].Stops {
		if _, ok := pos[id]; !ok {
			t.Errorf("route stop %q is not a place", id)
		}
	}
	if len(r.Places) != len(pos) {
		t.Errorf("report has %d places, story %d", len(r.Places), len(pos))
	}
	for _, p := range r.Places {
		if pos[p.ID] != [2]float64{p.Lon, p.Lat} || p.Mentions == 0 {
			t.Errorf("report place %s at %v with %d mentions, story at %v", p.ID, [2]float64{p.Lon, p.Lat}, p.Mentions, pos[p.ID])
		}
	}
}
