package analysis

import (
	"strings"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/frame"
)

// stepItems are what step st frames: its places (weighted by mentions;
// venues and stops of the story's routes are core), its route's vertices
// (core). A step that names nothing frames the whole story (storyItems).
func stepItems(s *story.Story, st story.Step, places map[string]*PlaceReport, all []PlaceReport) []frame.Item {
	venues := map[string]bool{}
	for _, id := range s.VenueIDs() {
		venues[id] = true
	}
	for _, rt := range s.Routes {
		for _, id := range rt.Stops {
			venues[id] = true
		}
	}
	var items []frame.Item
	for _, id := range st.Places {
		if p := places[id]; p != nil {
			items = append(items, frame.Item{ID: id, Point: [2]float64{p.Lon, p.Lat}, Weight: float64(p.Mentions),
				Core: venues[id], Coarse: frame.CoarseKind(p.Kind)})
		}
	}
	if st.Route != nil {
		if rt := s.RouteByID(*st.Route); rt != nil {
			for _, pt := range rt.Line {
				items = append(items, frame.Item{ID: "route:" + rt.ID, Point: pt, Core: true})
			}
		}
	}
	if len(items) == 0 {
		return storyItems(s, all)
	}
	return items
}

// storyItems are what the story's overview frames: every place (weighted
// by mentions), the venues and every route's vertices (core).
func storyItems(s *story.Story, places []PlaceReport) []frame.Item {
	venues := map[string]bool{}
	for _, id := range s.VenueIDs() {
		venues[id] = true
	}
	var items []frame.Item
	for _, p := range places {
		id := p.ID
		items = append(items, frame.Item{ID: id, Point: [2]float64{p.Lon, p.Lat}, Weight: float64(p.Mentions),
			Core: venues[id], Coarse: frame.CoarseKind(p.Kind)})
	}
	for _, rt := range s.Routes {
		for _, pt := range rt.Line {
			items = append(items, frame.Item{ID: "route:" + rt.ID, Point: pt, Core: true})
		}
	}
	return items
}

// viewOf is the step's View, or nil when it frames nothing.
func viewOf(items []frame.Item) *View {
	f := frame.Fit(items)
	if !f.OK {
		return nil
	}
	v := &View{Bounds: [2][2]float64{{round4(f.Bound.Min[0]), round4(f.Bound.Min[1])}, {round4(f.Bound.Max[0]), round4(f.Bound.Max[1])}}}
	seen := map[string]bool{}
	for _, it := range f.Outside {
		if !seen[it.ID] && !strings.HasPrefix(it.ID, "route:") {
			seen[it.ID] = true
			v.Outside = append(v.Outside, it.ID)
		}
	}
	return v
}

func round4(x float64) float64 {
	if x < 0 {
		return -float64(int64(-x*1e4+0.5)) / 1e4
	}
	return float64(int64(x*1e4+0.5)) / 1e4
}
