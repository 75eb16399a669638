package mapview

import (
	"math"
	"slices"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	"github.com/storylens/storylens/assets/basemap"
	"github.com/storylens/storylens/assets/gazetteer"
	"github.com/storylens/storylens/internal/sphere"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
	storyframe "github.com/storylens/storylens/story/frame"
)

// place is a point drawn on the map.
type place struct {
	ID, Name, Kind string
	Mentions       int
	LL             orb.Point // lon, lat
	M              orb.Point // normalized Mercator
	Approximate    bool
	// Precision is "city" for a venue placed at its city (drawn with a
	// dashed halo), else "".
	Precision string
	// Venue marks one of the event's venues (the star).
	Venue bool
	// Gazetteer is true for a place whose position comes from the
	// gazetteer (its credit is then drawn).
	Gazetteer bool
	// Bounds is the place's own box from the report (analysis.PlaceReport's
	// Bounds), nil when not known: a view of an area's places may grow to it.
	Bounds *[2][2]float64
}

// route is a line drawn on the map, with cumulative distances for the train.
type route struct {
	ID, Name, Mode string
	Line           orb.LineString
	M              []orb.Point
	Stops          []string
	Approximate    bool
	// src is the story's own line (shared, never changed): a scene built
	// from an edited story reuses the projection of a line it still has.
	src orb.LineString
	cum []float64 // metres from the start at each vertex
	// minX, maxX bound M's x (normalized Mercator; Line's longitudes are
	// continuous, so they may lie beyond 0..1).
	minX, maxX float64
}

// scene is what a story puts on the map.
type scene struct {
	// imageMap is true for a story whose positions are on an image, not
	// the Earth (story.MapIsImage): drawn on a plain canvas.
	imageMap bool
	places   []*place
	routes   []*route
	steps    []story.Step
	// views are the report's views of each step (nil entries: none) and
	// overview the story's; nil without a report.
	views    []*analysis.View
	overview *analysis.View
	// venues are the event's venues (the star symbol).
	venues map[string]bool
	// gazetteer is true when some place's position comes from the
	// gazetteer (its credit is then drawn).
	gazetteer bool
}

// Scene is what a story puts on the map, built once by BuildScene and shown
// by Painter.SetScene (or mapwidget.Map.SetScene).
type Scene struct{ sc *scene }

// BuildScene builds the scene of s, with the places of r when r is not nil
// (else the story's). It projects every place and route point, which takes
// a while for a big story (a quarter of a second for 1.5 million route
// points), so it may run on any goroutine, off the UI thread; it reads s and
// r and changes neither, and neither may change while it runs.
func BuildScene(s *story.Story, r *analysis.Report) *Scene { return &Scene{newScene(s, r)} }

// scene returns what sc holds (an empty scene for a nil or zero Scene).
func (sc *Scene) scene() *scene {
	if sc == nil || sc.sc == nil {
		return newScene(nil, nil)
	}
	return sc.sc
}

// newScene collects places (from the report when there is one, else the
// story) and routes (from the story).
func newScene(s *story.Story, r *analysis.Report) *scene { return newSceneFrom(nil, s, r) }

// newSceneFrom is newScene, except that a route whose line is one of prev's
// (the same points, shared: an edit that left the route alone) takes prev's
// projection instead of projecting every point again; prev may be nil.
func newSceneFrom(prev *scene, s *story.Story, r *analysis.Report) *scene {
	sc := &scene{venues: map[string]bool{}}
	if s != nil {
		sc.imageMap, _ = s.MapIsImage()
		sc.steps = s.Steps
		for _, id := range s.VenueIDs() {
			sc.venues[id] = true
		}
	}
	if r != nil {
		sc.overview = r.View
		if len(r.Steps) == len(sc.steps) {
			for _, st := range r.Steps {
				sc.views = append(sc.views, st.View)
			}
		}
	}
	if r != nil {
		for _, p := range r.Places {
			pl := &place{ID: p.ID, Name: p.Name, Kind: p.Kind, Mentions: p.Mentions, LL: orb.Point{p.Lon, p.Lat},
				Gazetteer: p.Origin == story.OriginGazetteer, Bounds: p.Bounds}
			if s != nil {
				if sp := s.PlaceByID(p.ID); sp != nil {
					pl.Approximate, pl.Precision = sp.Approximate, sp.Precision
				}
				if p.Approximate {
					pl.Approximate, pl.Precision = true, p.Precision
				}
			}
			sc.places = append(sc.places, pl)
		}
	} else if s != nil {
		for _, p := range s.Places {
			sc.places = append(sc.places, &place{ID: p.ID, Name: p.Name, Kind: p.Kind, LL: orb.Point{p.Lon, p.Lat},
				Approximate: p.Approximate, Precision: p.Precision, Gazetteer: p.Origin == story.OriginGazetteer})
		}
	}
	for _, p := range sc.places {
		p.M = merc(p.LL)
		p.Venue = sc.venues[p.ID]
		sc.gazetteer = sc.gazetteer || p.Gazetteer
	}
	if s != nil {
		projected := map[*orb.Point]*route{}
		if prev != nil {
			for _, ro := range prev.routes {
				projected[&ro.src[0]] = ro
			}
		}
		for _, rt := range s.Routes {
			if len(rt.Line) < 2 {
				continue
			}
			if old := projected[&rt.Line[0]]; old != nil && len(old.src) == len(rt.Line) {
				sc.routes = append(sc.routes, &route{ID: rt.ID, Name: rt.Name, Mode: rt.Mode, Line: old.Line, M: old.M,
					Stops: rt.Stops, Approximate: rt.Approximate, src: rt.Line, cum: old.cum, minX: old.minX, maxX: old.maxX})
				continue
			}
			// Longitudes made continuous (a copy: the story's line is
			// left alone), so that a leg over the antimeridian is drawn as
			// the short arc whether its line jumps by a turn or not.
			line := sphere.Unwrap(slices.Clone(rt.Line))
			ro := &route{ID: rt.ID, Name: rt.Name, Mode: rt.Mode, Line: line, Stops: rt.Stops, Approximate: rt.Approximate,
				src: rt.Line, minX: math.Inf(1), maxX: math.Inf(-1)}
			ro.cum = make([]float64, len(line))
			ro.M = make([]orb.Point, len(line))
			for i, p := range line {
				ro.M[i] = merc(p)
				ro.minX, ro.maxX = math.Min(ro.minX, ro.M[i][0]), math.Max(ro.maxX, ro.M[i][0])
				if i > 0 {
					ro.cum[i] = ro.cum[i-1] + geo.Distance(line[i-1], p)
				}
			}
			sc.routes = append(sc.routes, ro)
		}
	}
	return sc
}

// moved is a copy of the scene with the places of pos (id → lon/lat) at
// those positions (a marker being dragged); the rest is shared.
func (sc *scene) moved(pos map[string]orb.Point) *scene {
	out := *sc
	out.places = make([]*place, len(sc.places))
	for i, p := range sc.places {
		if ll, ok := pos[p.ID]; ok {
			c := *p
			c.LL, c.M = ll, merc(ll)
			p = &c
		}
		out.places[i] = p
	}
	return &out
}

func (sc *scene) place(id string) *place {
	for _, p := range sc.places {
		if p.ID == id {
			return p
		}
	}
	return nil
}

func (sc *scene) route(id string) *route {
	for _, r := range sc.routes {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// length is the route's length in metres along the great circle.
func (r *route) length() float64 { return r.cum[len(r.cum)-1] }

// at returns the point at fraction f (0..1) of the route's length, and the
// index of the segment it lies on.
func (r *route) at(f float64) (orb.Point, int) {
	f = math.Max(0, math.Min(1, f))
	if f == 1 {
		return r.Line[len(r.Line)-1], len(r.Line) - 2
	}
	d := f * r.length()
	i := sort.SearchFloat64s(r.cum, d)
	if i <= 0 {
		return r.Line[0], 0
	}
	if i >= len(r.cum) {
		return r.Line[len(r.Line)-1], len(r.Line) - 2
	}
	seg := r.cum[i] - r.cum[i-1]
	t := 0.0
	if seg > 0 {
		t = (d - r.cum[i-1]) / seg
	}
	return geo.PointAtBearingAndDistance(r.Line[i-1], geo.Bearing(r.Line[i-1], r.Line[i]), t*seg), i - 1
}

// attribution is the credit line for what the scene draws: the basemap's
// sources, and the gazetteer's when places come from it or the basemap's
// labels (names) are drawn.
func (sc *scene) attribution(names bool) string {
	if sc.imageMap {
		return imageMapNote
	}
	if sc.usesGazetteer() || names {
		return basemap.Attribution + " · " + gazetteer.Attribution
	}
	return basemap.Attribution
}

// shortAttribution names the same sources without their licences (which
// the About box and the README give), for maps too narrow for the long one.
func (sc *scene) shortAttribution(names bool) string {
	if sc.imageMap {
		return imageMapNote
	}
	if sc.usesGazetteer() || names {
		return "Map: GSHHG, Natural Earth, DCW · Places: GeoNames, world-countries, Natural Earth, OurAirports"
	}
	return "Map: GSHHG, Natural Earth, DCW"
}

func (sc *scene) usesGazetteer() bool { return sc.gazetteer }

// imageMapNote is the credit line of a story whose positions are on an
// image (story.MapIsImage): no basemap is drawn, so none is credited.
const imageMapNote = "Positions on the story's own image, not on the Earth: no world map drawn"

// viewBound is the lon/lat box step i (-2: the overview) frames: the
// report's view when there is one, else the bound of its places and route
// (of everything, for the overview).
func (sc *scene) viewBound(i int) (orb.Bound, bool) {
	var v *analysis.View
	switch {
	case i == -2:
		v = sc.overview
	case i >= 0 && i < len(sc.views):
		v = sc.views[i]
	}
	if v != nil {
		return orb.Bound{Min: orb.Point{v.Bounds[0][0], v.Bounds[0][1]}, Max: orb.Point{v.Bounds[1][0], v.Bounds[1][1]}}, true
	}
	if i == -2 {
		return sc.allBound()
	}
	if i >= 0 && i < len(sc.steps) {
		return sc.stepBound(sc.steps[i])
	}
	return orb.Bound{}, false
}

// outside lists the places step i (-2: the overview) leaves out of its
// view because they lie far from the rest: the map points to them from
// its edge.
func (sc *scene) outside(i int) []string {
	switch {
	case i == -2 && sc.overview != nil:
		return sc.overview.Outside
	case i >= 0 && i < len(sc.views) && sc.views[i] != nil:
		return sc.views[i].Outside
	}
	return nil
}

// stepBound is the lon/lat bound of a step's places and route, and whether
// it has any. It is story/frame's bound of them all (each one framed, none
// left outside): across the antimeridian it runs past 180° (Suva and Apia:
// 178..188) instead of spanning the world, as the analysis report's views
// do; it is what a step frames without a report's view. As in the report's
// views, countries, seas and regions frame only when nothing finer is named,
// and the bound grows to a small area the step names (story/frame.FitLines).
func (sc *scene) stepBound(st story.Step) (orb.Bound, bool) {
	var items []storyframe.Item
	for _, id := range st.Places {
		if p := sc.place(id); p != nil {
			items = append(items, storyframe.Item{ID: id, Point: p.LL, Core: true, Coarse: storyframe.CoarseKind(p.Kind),
				Box: storyframe.AreaBox(p.Kind, p.Bounds)})
		}
	}
	var lines []storyframe.Line
	if st.Route != nil {
		if r := sc.route(*st.Route); r != nil {
			lines = append(lines, storyframe.Line{ID: r.ID, Points: r.Line})
		}
	}
	res := storyframe.FitLines(items, lines)
	return res.Bound, res.OK
}

// allBound is the bound of every place and route (stepBound's).
func (sc *scene) allBound() (orb.Bound, bool) {
	items := make([]storyframe.Item, 0, len(sc.places))
	for _, p := range sc.places {
		items = append(items, storyframe.Item{ID: p.ID, Point: p.LL, Core: true, Coarse: storyframe.CoarseKind(p.Kind),
			Box: storyframe.AreaBox(p.Kind, p.Bounds)})
	}
	lines := make([]storyframe.Line, 0, len(sc.routes))
	for _, r := range sc.routes {
		lines = append(lines, storyframe.Line{ID: r.ID, Points: r.Line})
	}
	res := storyframe.FitLines(items, lines)
	return res.Bound, res.OK
}
