package analysis

import (
	"math"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/frame"
)

// stepItems are what step st frames: its places (weighted by mentions;
// venues and stops of the story's routes are core), its route's vertices
// (core, as a frame.Line). None for a step that names nothing: it frames
// the whole story (storyItems).
func stepItems(s *story.Story, st story.Step, places map[string]*PlaceReport) ([]frame.Item, []frame.Line) {
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
	var lines []frame.Line
	if st.Route != nil {
		if rt := s.RouteByID(*st.Route); rt != nil {
			if pts := stretch(rt, st.Places, places); len(pts) > 0 {
				lines = append(lines, frame.Line{ID: "route:" + rt.ID, Points: pts})
			}
		}
	}
	return items, lines
}

// stretch is the part of the route a step is about: when the step names
// two or more of the route's stops (a leg of a journey), the vertices
// between the first and the last of them; else the whole line.
func stretch(rt *story.Route, named []string, places map[string]*PlaceReport) orb.LineString {
	isStop := map[string]bool{}
	for _, id := range rt.Stops {
		isStop[id] = true
	}
	lo, hi, n := len(rt.Line), -1, 0
	for _, id := range named {
		p := places[id]
		if !isStop[id] || p == nil {
			continue
		}
		n++
		i := nearestVertex(rt.Line, orb.Point{p.Lon, p.Lat})
		lo, hi = min(lo, i), max(hi, i)
	}
	if n < 2 || hi <= lo {
		return rt.Line
	}
	return rt.Line[lo : hi+1]
}

// nearestVertex is the index of the line's vertex closest to p.
func nearestVertex(line orb.LineString, p orb.Point) int {
	best, bestD := 0, math.Inf(1)
	for i, q := range line {
		if d := geo.DistanceHaversine(p, q); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// storyItems are what the story's overview frames: every place (weighted
// by mentions), the venues and every route's vertices (core, as
// frame.Lines: a big story's routes have millions of vertices, framed
// without an item each).
func storyItems(s *story.Story, places []PlaceReport) ([]frame.Item, []frame.Line) {
	venues := map[string]bool{}
	for _, id := range s.VenueIDs() {
		venues[id] = true
	}
	items := make([]frame.Item, 0, len(places))
	for _, p := range places {
		id := p.ID
		items = append(items, frame.Item{ID: id, Point: [2]float64{p.Lon, p.Lat}, Weight: float64(p.Mentions),
			Core: venues[id], Coarse: frame.CoarseKind(p.Kind)})
	}
	lines := make([]frame.Line, 0, len(s.Routes))
	for _, rt := range s.Routes {
		lines = append(lines, frame.Line{ID: "route:" + rt.ID, Points: rt.Line})
	}
	return items, lines
}

// viewOf is the View of items and lines, or nil when they frame nothing.
func viewOf(items []frame.Item, lines []frame.Line) *View {
	f := frame.FitLines(items, lines)
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
