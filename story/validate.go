package story

import (
	"fmt"
	"math"
	"time"

	"github.com/storylens/storylens/story/markup"
)

// Validate checks a story's consistency and returns every problem: unknown
// place, claim, source and route ids in steps; duplicate ids; coordinates
// that are not finite or out of range; routes with fewer than 2 points;
// matchers that are not valid regular expressions (error) or match no
// sentence of any article (warning); articles that could not be read;
// claims that no source supports (warning); step dates that are neither a
// day YYYY-MM-DD nor a range YYYY-MM-DD/YYYY-MM-DD; camera zoom out of
// 0..22. Problems carry the file and JSON path; Load adds line numbers.
func Validate(s *Story) Problems {
	var pl problemList
	if s == nil {
		pl.errorf("", 0, "", "no story")
		return pl.ps
	}
	srcIDs := map[string]bool{}
	for _, src := range s.Sources {
		file := src.File
		if file == "" {
			file = src.ID
		}
		if src.ID == "" {
			pl.errorf(file, 0, "", "source has no id")
		} else if srcIDs[src.ID] {
			pl.errorf(file, 0, "", "duplicate source id %q (two article files with the same name?)", src.ID)
		}
		srcIDs[src.ID] = true
		if src.Article == nil {
			pl.errorf(file, 0, "", "article is missing, unreadable, empty or not UTF-8")
		}
		if src.Date != "" && !isDay(src.Date) {
			path := ""
			if src.loc != "" {
				file, path = SourcesFile, src.loc+".date"
			}
			pl.errorf(file, 0, path, "source date %q is not a day YYYY-MM-DD", src.Date)
		}
	}

	placeIDs := map[string]bool{}
	for i, p := range s.Places {
		path := locOr(p.loc, "features", i)
		checkID(&pl, PlacesFile, path+".properties.id", "place", p.ID, placeIDs)
		if p.Name == "" {
			pl.errorf(PlacesFile, 0, path+".properties", "place %q has no name", p.ID)
		}
		checkLonLat(&pl, PlacesFile, path+".geometry.coordinates", p.Lon, p.Lat)
	}

	routeIDs := map[string]bool{}
	for i, r := range s.Routes {
		path := locOr(r.loc, "features", i)
		checkID(&pl, RoutesFile, path+".properties.id", "route", r.ID, routeIDs)
		if len(r.Line) < 2 {
			pl.errorf(RoutesFile, 0, path+".geometry.coordinates", "route %q has %d point(s), want at least 2", r.ID, len(r.Line))
		}
		for j, pt := range r.Line {
			checkLonLat(&pl, RoutesFile, fmt.Sprintf("%s.geometry.coordinates[%d]", path, j), pt[0], pt[1])
		}
		for j, stop := range r.Stops {
			if !placeIDs[stop] {
				pl.errorf(RoutesFile, 0, fmt.Sprintf("%s.properties.stops[%d]", path, j), "unknown place id %q", stop)
			}
		}
		switch r.Mode {
		case "", "rail", "road", "air", "sea":
		default:
			pl.warnf(RoutesFile, 0, path+".properties.mode", "route mode %q is not rail, road, air or sea", r.Mode)
		}
	}

	// Checking that every matcher matches some sentence costs matchers x
	// text; past a budget (a hostile story) it is skipped, with a warning.
	textBytes, matchers := 0, 0
	for _, src := range s.Sources {
		if src.Article != nil {
			textBytes += len(src.Article.Text)
		}
	}
	for _, c := range s.Claims {
		matchers += len(c.Matchers)
	}
	checkMatches := int64(textBytes)*int64(matchers) <= matchCheckBudget
	if !checkMatches {
		pl.warnf(ClaimsFile, 0, "", "%d matchers over %d bytes of text: too much to check that every matcher matches a sentence", matchers, textBytes)
	}
	claimIDs := map[string]bool{}
	for i, c := range s.Claims {
		path := locOr(c.loc, "claims", i)
		checkID(&pl, ClaimsFile, path+".id", "claim", c.ID, claimIDs)
		validateClaim(&pl, s, c, path, checkMatches)
	}

	if image, why := s.MapIsImage(); image {
		pl.warnf(StoryFile, 0, "storymap", "the map is an image, not the Earth (%s): the slide positions are drawn on a plain canvas, without the world map, and distances on it mean nothing", why)
	}
	for j, id := range s.Venues {
		if !placeIDs[id] {
			pl.errorf(StoryFile, 0, fmt.Sprintf("venues[%d]", j), "unknown place id %q", id)
		}
	}
	stepIDs := map[string]bool{}
	for i, st := range s.Steps {
		path := fmt.Sprintf("steps[%d]", i)
		checkID(&pl, StoryFile, path+".id", "step", st.ID, stepIDs)
		if st.Title == "" {
			pl.warnf(StoryFile, 0, path+".title", "step %q has no title", st.ID)
		}
		if st.Date != "" && !isDayOrRange(st.Date) {
			pl.errorf(StoryFile, 0, path+".date", "date %q is not a day YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD", st.Date)
		}
		refs := func(kind, key string, ids []string, known map[string]bool) {
			for j, id := range ids {
				if !known[id] {
					pl.errorf(StoryFile, 0, fmt.Sprintf("%s.%s[%d]", path, key, j), "unknown %s id %q", kind, id)
				}
			}
		}
		refs("place", "places", st.Places, placeIDs)
		refs("claim", "claims", st.Claims, claimIDs)
		refs("source", "sources", st.Sources, srcIDs)
		if st.Route != nil && !routeIDs[*st.Route] {
			pl.errorf(StoryFile, 0, path+".route", "unknown route id %q", *st.Route)
		}
		for _, target := range markup.Parse(st.Body).DroppedLinks {
			pl.warnf(StoryFile, 0, path+".body", "link to %q is not an http, https or mailto URL; its label is shown as plain text", target)
		}
		if c := st.Camera; c != nil {
			checkLonLat(&pl, StoryFile, path+".camera.center", c.Center[0], c.Center[1])
			if math.IsNaN(c.Zoom) || c.Zoom < 0 || c.Zoom > 22 {
				pl.errorf(StoryFile, 0, path+".camera.zoom", "zoom %v is out of range 0..22", c.Zoom)
			}
		}
	}
	return pl.ps
}

// validateClaim checks a claim's matchers against the articles.
func validateClaim(pl *problemList, s *Story, c *Claim, path string, checkMatches bool) {
	if len(c.Matchers) == 0 {
		pl.errorf(ClaimsFile, 0, path+".matchers", "claim %q has no matchers", c.ID)
		return
	}
	if c.Label == "" {
		pl.warnf(ClaimsFile, 0, path+".label", "claim %q has no label", c.ID)
	}
	supported := false
	for j, m := range c.Matchers {
		one := &Claim{ID: c.ID, Matchers: []string{m}}
		cm, err := CompileClaim(one)
		mpath := fmt.Sprintf("%s.matchers[%d]", path, j)
		if err != nil {
			// Recompile alone for the message without the one-matcher index.
			_, _, cerr := compileMatcher(m)
			pl.errorf(ClaimsFile, 0, mpath, "claim %q matcher %q: %v", c.ID, m, cerr)
			continue
		}
		if !checkMatches {
			supported = true // unknown: do not warn
			continue
		}
		matched := false
		for _, src := range s.Sources {
			if src.Article == nil {
				continue
			}
			for _, sen := range src.Article.Sentences {
				if _, _, ok := cm.Match(sen.Text); ok {
					matched = true
					break
				}
			}
			if matched {
				break
			}
		}
		if matched {
			supported = true
		} else {
			pl.warnf(ClaimsFile, 0, mpath, "matcher %q of claim %q matches no sentence of any article", m, c.ID)
		}
	}
	if !supported {
		pl.warnf(ClaimsFile, 0, path, "no source supports claim %q", c.ID)
	}
}

// matchCheckBudget bounds matchers x bytes of text scanned by Validate's
// "matches no sentence" check (2 GB: about a second or two of RE2 work on a
// typical story is far below it; the bundled story is about 0.7 MB).
var matchCheckBudget int64 = 2 << 30

func locOr(loc, array string, i int) string {
	if loc != "" {
		return loc
	}
	return fmt.Sprintf("%s[%d]", array, i)
}

// checkLonLat reports non-finite or out-of-range coordinates.
func checkLonLat(pl *problemList, file, path string, lon, lat float64) {
	if math.IsNaN(lon) || math.IsInf(lon, 0) || math.IsNaN(lat) || math.IsInf(lat, 0) {
		pl.errorf(file, 0, path, "coordinates [%v, %v] are not finite numbers", lon, lat)
		return
	}
	if lon < -180 || lon > 180 {
		pl.errorf(file, 0, path, "longitude %v is out of range -180..180", lon)
	}
	if lat < -90 || lat > 90 {
		pl.errorf(file, 0, path, "latitude %v is out of range -90..90", lat)
	}
}

func isDay(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil && len(s) == 10
}

// isDayOrRange accepts "YYYY-MM-DD" or "YYYY-MM-DD/YYYY-MM-DD" with the end
// not before the start.
func isDayOrRange(s string) bool {
	if isDay(s) {
		return true
	}
	if len(s) != 21 || s[10] != '/' {
		return false
	}
	a, b := s[:10], s[11:]
	return isDay(a) && isDay(b) && a <= b
}

// checkID reports an empty id or one already in seen, and records it.
func checkID(pl *problemList, file, path, kind, id string, seen map[string]bool) {
	switch {
	case id == "":
		pl.errorf(file, 0, path, "%s has no id", kind)
	case seen[id]:
		pl.errorf(file, 0, path, "duplicate %s id %q", kind, id)
	}
	seen[id] = true
}
