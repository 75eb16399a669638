package analysis

import (
	"math"
	"sort"
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
				Core: venues[id], Coarse: frame.CoarseKind(p.Kind), Box: frame.AreaBox(p.Kind, p.Bounds)})
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
// two or more of the route's stops (a leg of a journey), the shortest run
// of vertices that passes near each of them; else the whole line. A stop
// the route passes twice (the home of a round trip, a city left and come
// back to) counts where it is nearest the others: "Apia to London" on
// London – Sydney – Apia – London is the last leg, not the whole trip.
func stretch(rt *story.Route, named []string, places map[string]*PlaceReport) orb.LineString {
	isStop := map[string]bool{}
	for _, id := range rt.Stops {
		isStop[id] = true
	}
	var cands [][]int // per named stop, the vertices where the route passes it
	for _, id := range named {
		p := places[id]
		if !isStop[id] || p == nil {
			continue
		}
		if c := passes(rt.Line, orb.Point{p.Lon, p.Lat}); len(c) > 0 {
			cands = append(cands, c)
		}
	}
	if len(cands) < 2 {
		return rt.Line
	}
	lo, hi, ok := shortestWindow(cands)
	if !ok || hi <= lo {
		return rt.Line
	}
	return rt.Line[lo : hi+1]
}

// passTolM is how much farther than its nearest vertex a vertex may be
// from a stop and still be a pass of the route by it.
const passTolM = 2000

// passes are the vertices of line nearest p on each of the line's passes
// by it: among the vertices within passTolM of the nearest distance, the
// nearest of each run of consecutive ones.
func passes(line orb.LineString, p orb.Point) []int {
	if len(line) == 0 {
		return nil
	}
	d := make([]float64, len(line))
	best := math.Inf(1)
	for i, q := range line {
		d[i] = geo.DistanceHaversine(p, q)
		best = math.Min(best, d[i])
	}
	var out []int
	run := -1 // the best vertex of the current run, or -1
	for i := range line {
		if d[i] > best+passTolM {
			if run >= 0 {
				out = append(out, run)
			}
			run = -1
			continue
		}
		if run < 0 || d[i] < d[run] {
			run = i
		}
	}
	if run >= 0 {
		out = append(out, run)
	}
	return out
}

// shortestWindow is the narrowest range lo..hi of indices holding at least
// one index of each list of cands, and whether there is one.
func shortestWindow(cands [][]int) (lo, hi int, ok bool) {
	type ev struct{ at, list int }
	var evs []ev
	for k, c := range cands {
		for _, i := range c {
			evs = append(evs, ev{i, k})
		}
	}
	sort.Slice(evs, func(a, b int) bool { return evs[a].at < evs[b].at })
	count := make([]int, len(cands))
	have, start := 0, 0
	bestW := math.MaxInt
	for _, e := range evs {
		if count[e.list] == 0 {
			have++
		}
		count[e.list]++
		for have == len(cands) {
			if w := e.at - evs[start].at; w < bestW {
				bestW, lo, hi, ok = w, evs[start].at, e.at, true
			}
			s := evs[start]
			count[s.list]--
			if count[s.list] == 0 {
				have--
			}
			start++
		}
	}
	return lo, hi, ok
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
			Core: venues[id], Coarse: frame.CoarseKind(p.Kind), Box: frame.AreaBox(p.Kind, p.Bounds)})
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
