package storymapjs

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/assets/gazetteer"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/markup"
)

// Export writes s as a StoryMapJS JSON document: one slide per step, in
// order. The first step becomes an "overview" slide when it is an overview
// (imported as one, id "overview", or without camera and with other than
// exactly one place). Each other step's location is its first place (the
// marker), with its camera's zoom. The StoryMapJS player draws one line
// through every located slide, so "show_lines" is true only when that line
// is a route of the story (see playerLineIsRoute; the report says why not);
// when it is false, so is "show_history_line", the line the player draws
// from the previous slide to the current one.
// Titles are escaped; bodies become HTML with only p, em, strong and safe
// links (package story/markup), everything else escaped. The step id goes to
// the slide's "uniqueid". Fields kept from an import (Step.Extra,
// Story.Extra) are written back where the model does not set them, cleaned
// first: only http(s) and relative URLs, HTML rebuilt as the safe subset
// (see ExportReport for what was changed).
//
// When a slide's marker stands on a position from the embedded gazetteer
// (GeoNames and the others it credits), "attribution", which the player
// shows beside its map tiles' credit, names those sources (after any
// attribution kept from an import): GeoNames' licence asks for credit
// wherever its positions go.
//
// StoryMapJS has one location per slide and no story title: further places
// of a step, a camera centre away from the marker, place ids, claims, sources
// and a story title other than the overview's headline are not exported.
func Export(s *story.Story) ([]byte, error) {
	b, _, err := ExportReport(s)
	return b, err
}

// ExportReport is Export that also says what it changed in the kept fields
// (Report.Sanitised: URLs with other schemes than http and https dropped,
// HTML rebuilt as the safe subset) and which remote URLs StoryMapJS will
// load (Report.Notes), each with the JSON path in the exported file.
func ExportReport(s *story.Story) ([]byte, Report, error) {
	var rep Report
	if s == nil {
		return nil, rep, fmt.Errorf("export storymapjs: no story")
	}
	top := map[string]any{}
	opts := map[string]any{}
	for k, v := range cleanExtra(s.Extra, "", &rep) {
		if k == "storymap" {
			if m, ok := v.(map[string]any); ok {
				for k2, v2 := range m {
					opts[k2] = v2
				}
				continue
			}
		}
		top[k] = v
	}
	slides := make([]any, 0, len(s.Steps))
	for i := range s.Steps {
		sl, err := slide(s, i, &rep)
		if err != nil {
			return nil, rep, fmt.Errorf("export storymapjs: steps[%d] (%s): %w", i, s.Steps[i].ID, err)
		}
		slides = append(slides, sl)
	}
	opts["slides"] = slides
	if locatesGazetteerPlace(s) {
		opts["attribution"] = withCredit(opts["attribution"], gazetteer.Attribution)
		rep.note("storymap.attribution", "credits the gazetteer's sources (GeoNames and others), whose positions the slides use")
	}
	showLines, why := playerLineIsRoute(s)
	opts["show_lines"] = showLines
	if !showLines {
		rep.note("storymap.show_lines", "false: %s", why)
		// The player draws its "history" line from the slide before to
		// the current one whatever show_lines says (seen in StoryMapJS
		// 0.9.6 in Chromium, realclient/check.mjs): it would draw the
		// same false journey one leg at a time.
		opts["show_history_line"] = false
	}
	top["storymap"] = opts
	b, err := json.MarshalIndent(top, "", "  ")
	if err != nil {
		return nil, rep, fmt.Errorf("export storymapjs: %w", err)
	}
	return append(b, '\n'), rep, nil
}

// locatesGazetteerPlace reports whether a slide's location is a place
// whose position comes from the embedded gazetteer (story.PositionFromGazetteer).
func locatesGazetteerPlace(s *story.Story) bool {
	for i := range s.Steps {
		st := &s.Steps[i]
		if exportsAsOverview(s, i) || len(st.Places) == 0 {
			continue
		}
		if p := s.PlaceByID(st.Places[0]); p != nil && story.PositionFromGazetteer(p.Origin, p.Provenance) {
			return true
		}
	}
	return false
}

// withCredit adds credit to an attribution kept from an import (shown by
// the player beside the map tiles' own), unless it is already there.
func withCredit(kept any, credit string) string {
	old, _ := kept.(string)
	switch {
	case old == "":
		return credit
	case strings.Contains(old, credit):
		return old
	default:
		return old + " · " + credit
	}
}

// playerLineIsRoute reports whether the line the StoryMapJS player draws
// is one of the story's routes. The player (0.9.6) draws one line through
// the locations of all slides, in slide order, unless "show_lines" is
// false, and ignores a slide's "line": false. So lines are shown only when
// that line runs along a route: the located slides, repeats in a row
// dropped, are at least two and visit stops of one route in the route's
// order. Otherwise why says what the player would have drawn.
func playerLineIsRoute(s *story.Story) (ok bool, why string) {
	var path []orb.Point
	var names []string
	for i := range s.Steps {
		if exportsAsOverview(s, i) {
			continue
		}
		pt, name, located := slideLocation(s, &s.Steps[i])
		if !located || (len(path) > 0 && path[len(path)-1] == pt) {
			continue
		}
		path = append(path, pt)
		names = append(names, name)
	}
	if len(s.Routes) == 0 {
		return false, "the story has no route, and the player would draw a line through every slide's location"
	}
	if len(path) < 2 {
		return false, "fewer than two slides have a location: no line to draw"
	}
	for _, r := range s.Routes {
		if visitsInOrder(s, r, path) {
			return true, ""
		}
	}
	return false, fmt.Sprintf("the slides' locations (%s) do not follow a route's stops in order, and the player would draw a line through all of them", strings.Join(names, " → "))
}

// visitsInOrder reports whether path is a subsequence of r's stop positions.
func visitsInOrder(s *story.Story, r *story.Route, path []orb.Point) bool {
	k := 0
	for _, id := range r.Stops {
		p := s.PlaceByID(id)
		if p == nil {
			continue
		}
		if k < len(path) && samePoint(path[k], orb.Point{p.Lon, p.Lat}) {
			k++
		}
	}
	return k == len(path)
}

// samePoint compares positions to about a centimetre.
func samePoint(a, b orb.Point) bool {
	return math.Abs(a[0]-b[0]) < 1e-7 && math.Abs(a[1]-b[1]) < 1e-7
}

// slideLocation is the location slide writes for a step that is not the
// overview: its first place, else its camera's centre.
func slideLocation(s *story.Story, st *story.Step) (orb.Point, string, bool) {
	if len(st.Places) > 0 {
		if p := s.PlaceByID(st.Places[0]); p != nil {
			return orb.Point{p.Lon, p.Lat}, p.Name, true
		}
		return orb.Point{}, "", false
	}
	if st.Camera != nil {
		return orb.Point{st.Camera.Center[0], st.Camera.Center[1]}, fmt.Sprintf("%.3f, %.3f", st.Camera.Center[1], st.Camera.Center[0]), true
	}
	return orb.Point{}, "", false
}

// exportsAsOverview reports whether step i is written as an overview slide.
func exportsAsOverview(s *story.Story, i int) bool {
	st := &s.Steps[i]
	if isOverviewStep(st) {
		return true
	}
	if t, ok := st.Extra[overviewMark].(string); ok && t != "" {
		return false // another slide type kept from an import
	}
	return i == 0 && (st.ID == "overview" || (st.Camera == nil && len(st.Places) != 1))
}

func slide(s *story.Story, i int, rep *Report) (map[string]any, error) {
	st := &s.Steps[i]
	sl := map[string]any{}
	if st.ID != "" {
		sl["uniqueid"] = st.ID
	}
	overview := exportsAsOverview(s, i)
	if overview {
		sl["type"] = "overview"
	}
	sl["text"] = map[string]any{
		"headline": escapeText(st.Title),
		"text":     strings.TrimSuffix(markup.Parse(st.Body).HTML(), "\n"),
	}
	if st.Date != "" {
		sl["date"] = st.Date
	}
	if !overview {
		loc := map[string]any{}
		if len(st.Places) > 0 {
			p := s.PlaceByID(st.Places[0])
			if p == nil {
				return nil, fmt.Errorf("places: unknown place %q", st.Places[0])
			}
			loc["lat"], loc["lon"] = p.Lat, p.Lon
			loc["name"] = escapeText(p.Name)
		} else if st.Camera != nil {
			loc["lat"], loc["lon"] = st.Camera.Center[1], st.Camera.Center[0]
		}
		if lat, ok := loc["lat"].(float64); ok && lat == 0 {
			// The player (0.9.6) tests location.lat for truth: at latitude 0
			// it would show no marker and draw no line to the slide.
			loc["lat"] = equatorLat
			rep.note(fmt.Sprintf("storymap.slides[%d].location.lat", i), "0 written as %g (11 cm north): the StoryMapJS player takes latitude 0 for no location", equatorLat)
		}
		if len(loc) > 0 {
			if st.Camera != nil {
				loc["zoom"] = st.Camera.Zoom
			}
			sl["location"] = loc
		}
	}
	merge(sl, cleanExtra(st.Extra, fmt.Sprintf("storymap.slides[%d]", i), rep))
	return sl, nil
}

// equatorLat is the latitude written for 0, which the StoryMapJS player
// reads as "no location".
const equatorLat = 1e-6

// merge copies the fields of extra that dst does not set into dst, merging
// objects present in both. dst's own values win.
func merge(dst, extra map[string]any) {
	for k, v := range extra {
		cur, ok := dst[k]
		if !ok {
			dst[k] = v
			continue
		}
		dm, ok1 := cur.(map[string]any)
		em, ok2 := v.(map[string]any)
		if ok1 && ok2 {
			cp := make(map[string]any, len(dm))
			for k2, v2 := range dm {
				cp[k2] = v2
			}
			merge(cp, em)
			dst[k] = cp
		}
	}
}
