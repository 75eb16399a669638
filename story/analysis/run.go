package analysis

import (
	"fmt"
	"runtime"
	"sort"
	"sync/atomic"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/internal/workers"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/quantity"
)

// SchemaVersion names the JSON schema of a Report.
const SchemaVersion = "storylens/analyze/v1"

// Options tune an analysis.
type Options struct {
	// Workers is how many articles are analysed at once (GOMAXPROCS when 0).
	Workers int
	// Progress, when set, is called as stages advance: stage is a short
	// description, done and total count articles (or 0, 0 for a stage
	// without a count). It may be called from several goroutines.
	Progress func(stage string, done, total int)
	// NoDiscovery skips finding shared claims automatically.
	NoDiscovery bool
	// NoGazetteer resolves only the story's own places, not the embedded gazetteer.
	NoGazetteer bool
	// NoJourney skips finding the trips and the venue in the text.
	NoJourney bool
	// NoRouteLines drops the inferred routes' vertices once the report has
	// measured and framed them (their lengths, points and views are in
	// the Report): Resolve then gives those routes no Line. For a caller
	// that needs only the Report, as `analyze --json` does: a big story's
	// inferred routes have millions of vertices.
	NoRouteLines bool
}

func (o Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return runtime.GOMAXPROCS(0)
}

func (o Options) progress(stage string, done, total int) {
	if o.Progress != nil {
		o.Progress(stage, done, total)
	}
}

// Run analyses a story. It reads only the story; it never changes it.
func Run(s *story.Story, opt Options) (*Report, error) {
	if s == nil {
		return nil, fmt.Errorf("analyze: no story")
	}
	docs := docsOf(s)
	curated, err := curatedClaims(s, docs)
	if err != nil {
		return nil, fmt.Errorf("analyze: %w", err)
	}
	geo, err := newPlaceFinder(s, opt)
	if err != nil {
		return nil, fmt.Errorf("analyze: %w", err)
	}

	// Finding shared claims needs only the articles' sentences: it runs
	// while the articles are read (places and quantities, which do not
	// need the claims) and, when it outlasts them (its clustering runs on
	// one core), while the journey is found, so that the parts of each
	// that run on one core overlap. The claims are taken before the
	// quantities and the routes' reports start.
	discovered := make(chan []ClaimReport, 1)
	if !opt.NoDiscovery {
		opt.progress("finding shared claims", 0, 0)
		go func() { discovered <- discoverClaims(s, docs, curated, opt.workers()) }()
	} else {
		discovered <- nil
	}

	per := make([]sourceResult, len(s.Sources))
	var done atomic.Int64
	total := len(s.Sources)
	opt.progress("reading articles", 0, total)
	workers.Each(total, opt.workers(), func(i int) {
		per[i] = analyseSource(s.Sources[i], geo)
		if d := int(done.Add(1)); d%64 == 0 || d == total {
			opt.progress("reading articles", d, total)
		}
	})

	r := &Report{Schema: SchemaVersion, Title: s.Title}
	unifyVenues(per)
	spellAsWritten(s, per)
	r.Places = placeReports(s, per)
	j := &journey{legs: map[string][]LegReport{}}
	if !opt.NoJourney {
		opt.progress("finding the journey and the venue", 0, 0)
		j = findJourney(s, per)
		r.Places = addVenuePlaces(r.Places, j.venues)
	}
	// discoverClaims is done with curated (it folds groups into them)
	// and with the story once this returns; nothing above reads curated.
	found := <-discovered
	geo.addBounds(r.Places)
	shown := showStory(s, j, r.Places)
	r.shown = shown
	r.Venues = venueReports(s, shown, j, r.Places)
	r.Notes = append([]string{}, j.notes...)
	// The quantities and checks read the places and the articles; the
	// routes, the claims and the views read the places and the routes:
	// neither changes what the other reads, so the two run at once (a big
	// story's routes have millions of vertices to measure and frame).
	opt.progress("quantities and checks", 0, 0)
	quantitiesDone := make(chan struct{})
	all := takeQuantities(per)
	go func() {
		defer close(quantitiesDone)
		r.Quantities, r.Conflicts, r.Checks = quantities(s, all, per, r.Places)
	}()
	r.Routes = routeReports(shown, j)
	r.Claims = append(curated, found...)
	// The claims of the legs read the routes and the claims; the views
	// read the places and the routes: neither changes what the other
	// reads, so the legs' claims are found while the story and its steps
	// are framed (on a big story both take seconds).
	legs := make(chan []ClaimReport, 1)
	if len(curated) == 0 && !opt.NoDiscovery {
		// legs that several sources tell, in words too different to group
		// (a story package's own claims win)
		go func(routes []RouteReport, have []ClaimReport) { legs <- legClaims(routes, have) }(r.Routes, r.Claims)
	} else {
		legs <- nil
	}
	r.View = viewOf(storyItems(shown, r.Places))
	r.Steps = stepReports(shown, per, r.Places, r.View, opt.workers())
	r.Claims = append(r.Claims, <-legs...)
	r.Claims = dropRejectedClaims(s, r.Claims)
	r.Sources = sourceReports(s, per, r.Claims)
	r.Coverage = CoverageOf(r.Sources, r.Claims)
	if opt.NoRouteLines {
		for _, rt := range j.routes { // the inferred routes shown, none of the story's own
			rt.Line = nil
		}
	}
	<-quantitiesDone
	opt.progress("done", total, total)
	return r, nil
}

// sourceResult is what one article yields.
type sourceResult struct {
	mentions []mention
	focus    string
	quants   []quantity.Quantity
}

func routeReports(s *story.Story, j *journey) []RouteReport {
	out := make([]RouteReport, 0, len(s.Routes))
	for _, rt := range s.Routes {
		origin := rt.Origin
		if origin == "" {
			origin = story.OriginStory
		}
		out = append(out, RouteReport{
			ID: rt.ID, Name: rt.Name, Mode: rt.Mode,
			LengthKm: round1(geo.LengthHaversine(rt.Line) / 1000),
			Points:   len(rt.Line),
			Origin:   origin, Stops: nonNil(rt.Stops), Legs: j.legs[rt.ID],
		})
	}
	return out
}

// showStory is the story as Storylens shows it: s with, when s has no
// routes of its own, the routes inferred from the text, when it names no
// venue, the venues found, and, for a draft, steps told from the journey.
// s is not changed.
func showStory(s *story.Story, j *journey, places []PlaceReport) *story.Story {
	out := *s
	if len(s.Routes) == 0 && len(j.routes) > 0 {
		out.Routes = j.routes
	} else {
		j.routes = nil
	}
	if len(s.VenueIDs()) == 0 {
		known := map[string]bool{}
		for _, p := range places {
			known[p.ID] = true
		}
		for _, v := range topVenues(j.venues) {
			if known[v.ID] {
				out.Venues = append(out.Venues, v.ID)
			}
		}
	}
	if s.Draft {
		names := make(map[string]string, len(places))
		at := make(map[string]orb.Point, len(places))
		for _, p := range places {
			names[p.ID] = p.Name
			at[p.ID] = orb.Point{p.Lon, p.Lat}
		}
		out.Steps = draftSteps(&out, j, names, at)
	}
	return &out
}

// addVenuePlaces adds to places the venues that no place stands for (a
// venue phrase no gazetteer has), as inferred places at the place they are
// in: approximate, precision "city".
func addVenuePlaces(places []PlaceReport, venues []VenueReport) []PlaceReport {
	known := make(map[string]bool, len(places))
	for _, p := range places {
		known[p.ID] = true
	}
	for _, v := range venues {
		if known[v.ID] {
			continue
		}
		known[v.ID] = true
		places = append(places, PlaceReport{ID: v.ID, Name: v.Name, Lat: v.Lat, Lon: v.Lon, Kind: "venue",
			Origin: story.OriginInferred, Approximate: true, Precision: "city", Mentions: len(v.Evidence),
			Sources: nonNil(append([]string(nil), v.Sources...)), Evidence: v.Evidence})
	}
	return places
}

// venueReports are the story's own venues or, without any, the venues
// found in the text.
func venueReports(s, shown *story.Story, j *journey, places []PlaceReport) []VenueReport {
	own := s.VenueIDs()
	if len(own) == 0 {
		out := []VenueReport{}
		return append(out, j.venues...)
	}
	byID := map[string]PlaceReport{}
	for _, p := range places {
		byID[p.ID] = p
	}
	out := make([]VenueReport, 0, len(own))
	for _, id := range own {
		p, ok := byID[id]
		if !ok {
			continue
		}
		vr := VenueReport{ID: id, Name: p.Name, Lat: p.Lat, Lon: p.Lon, Origin: story.OriginStory,
			Approximate: p.Approximate, Sources: nonNil(p.Sources), Evidence: []Evidence{}}
		out = append(out, vr)
	}
	_ = shown
	return out
}

func sourceReports(s *story.Story, per []sourceResult, claims []ClaimReport) []SourceReport {
	bySource := map[string][]string{}
	for _, c := range claims {
		for _, src := range c.Sources {
			bySource[src] = append(bySource[src], c.ID)
		}
	}
	supporters := map[string]int{}
	for _, c := range claims {
		supporters[c.ID] = len(c.Sources)
	}
	out := make([]SourceReport, 0, len(s.Sources))
	seen := map[string]bool{} // the places of one source, cleared for the next
	for i, src := range s.Sources {
		a := src.Article
		sr := SourceReport{
			ID: src.ID, Title: src.Title, Outlet: src.Outlet, Date: src.Date,
			DateInferred: src.DateInferred, DateReason: src.DateReason,
			FocusPlace: per[i].focus,
			Places:     []string{}, Claims: []string{}, UniqueClaims: []string{},
		}
		if a != nil {
			sr.Words = a.Words
			sr.Paragraphs = len(a.Paragraphs) + len(a.Duplicates)
			sr.DuplicateParagraphs = len(a.Duplicates)
		}
		clear(seen)
		for _, m := range per[i].mentions {
			if !seen[m.placeID] {
				seen[m.placeID] = true
				sr.Places = append(sr.Places, m.placeID)
			}
		}
		for _, id := range bySource[src.ID] {
			sr.Claims = append(sr.Claims, id)
			if supporters[id] == 1 {
				sr.UniqueClaims = append(sr.UniqueClaims, id)
			}
		}
		out = append(out, sr)
	}
	return out
}

// CoverageOf builds the source × claim matrix from each source's Claims,
// sources and claims in the order given: Run's, and the app's when claim
// edits change which claims there are.
func CoverageOf(sources []SourceReport, claims []ClaimReport) Coverage {
	cv := Coverage{Sources: []string{}, Claims: []string{}, Matrix: [][]bool{}}
	col := map[string]int{}
	for j, c := range claims {
		cv.Claims = append(cv.Claims, c.ID)
		col[c.ID] = j
	}
	for _, s := range sources {
		cv.Sources = append(cv.Sources, s.ID)
		row := make([]bool, len(claims))
		for _, id := range s.Claims {
			row[col[id]] = true
		}
		cv.Matrix = append(cv.Matrix, row)
	}
	return cv
}

// stepReports are the steps of s; a step that frames nothing gets whole,
// the view of the story's overview (viewOf(storyItems(s, places))).
func stepReports(s *story.Story, per []sourceResult, places []PlaceReport, whole *View, nworkers int) []StepReport {
	byID := make(map[string]*PlaceReport, len(places))
	for i := range places {
		byID[places[i].ID] = &places[i]
	}
	var placesOf map[string][]placeCount
	if s.Draft {
		placesOf = mentionsBySource(s, per)
	}
	out := make([]StepReport, len(s.Steps))
	// Each step is framed on its own (a step on a route measures the
	// route's vertices): the steps are shared among nworkers goroutines,
	// each writing only its own report.
	workers.Each(len(s.Steps), nworkers, func(i int) {
		st := s.Steps[i]
		sr := StepReport{ID: st.ID, Title: st.Title, Date: st.Date,
			Places: nonNil(st.Places), Claims: nonNil(st.Claims), Sources: nonNil(st.Sources)}
		if s.Draft && len(st.Places) == 0 {
			sr.Places = draftStepPlaces(st, placesOf)
		}
		framed := st
		framed.Places = sr.Places
		if items, lines := stepItems(s, framed, byID); len(items) > 0 || len(lines) > 0 {
			sr.View = viewOf(items, lines)
		} else {
			sr.View = whole
		}
		out[i] = sr
	})
	return out
}

// placeCount is how often one source mentions one place.
type placeCount struct {
	id string
	n  int
}

// mentionsBySource counts, per source, the mentions of each place, in order
// of first mention.
func mentionsBySource(s *story.Story, per []sourceResult) map[string][]placeCount {
	out := make(map[string][]placeCount, len(s.Sources))
	for i, src := range s.Sources {
		idx := map[string]int{}
		var pcs []placeCount
		for _, m := range per[i].mentions {
			j, ok := idx[m.placeID]
			if !ok {
				j = len(pcs)
				idx[m.placeID] = j
				pcs = append(pcs, placeCount{id: m.placeID})
			}
			pcs[j].n++
		}
		out[src.ID] = pcs
	}
	return out
}

// maxDraftStepPlaces caps the places a draft step shows.
const maxDraftStepPlaces = 12

// draftStepPlaces gives a draft step (built from articles alone) the places
// its sources mention, most mentioned first.
func draftStepPlaces(st story.Step, placesOf map[string][]placeCount) []string {
	total := map[string]int{}
	var order []string
	for _, src := range st.Sources {
		for _, pc := range placesOf[src] {
			if _, ok := total[pc.id]; !ok {
				order = append(order, pc.id)
			}
			total[pc.id] += pc.n
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return total[order[i]] > total[order[j]] })
	if len(order) > maxDraftStepPlaces {
		order = order[:maxDraftStepPlaces]
	}
	return append([]string{}, order...)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func round1(x float64) float64 {
	return float64(int64(x*10+0.5)) / 10
}
