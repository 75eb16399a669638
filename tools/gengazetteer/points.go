package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// Named points of Natural Earth's physical layers: capes ("Cape Cod",
// "Cape of Good Hope"), waterfalls ("Victoria Falls"), small islands the
// polygons lack ("Diego Garcia"), mountain passes ("Khyber Pass"),
// depressions and plateaus ("Qattara Depression"). Mountains are not
// used: many of their names are single words of other meanings ("Nun",
// "Volna", "Talo").
const (
	neRegionPoints    = "10m/physical/ne_10m_geography_regions_points.json"
	neElevationPoints = "10m/physical/ne_10m_geography_regions_elevation_points.json"
)

// pointKinds maps the featurecla values used to the gazetteer kind.
var pointKinds = map[string]string{
	"cape": "cape", "waterfall": "waterfall", "island": "island", "island group": "island", "plain": "region",
	"pass": "pass", "depression": "region", "plateau": "region",
}

// pointAbbrev spells out the abbreviations of Natural Earth's point names
// that start a name ("Pt. Conception", "Mt. Victoria"); pointSuffix those
// that end one ("Norfolk I.", "Cocos Is."). A leading "I." or "Is." is
// Spanish or Portuguese ("I. Clarión": Isla) and is not guessed: such
// names are dropped, as are names with brackets ("Fuji Station (Japan)").
var (
	pointAbbrev = strings.NewReplacer("Pt. ", "Point ", "Pk. ", "Peak ", "Mt. ", "Mount ", "Mts. ", "Mountains ")
	pointSuffix = []struct{ from, to string }{{" I.", " Island"}, {" Is.", " Islands"}, {" Pk.", " Peak"}}
)

// pointName tidies a point's name: abbreviations spelt out (pointAbbrev,
// pointSuffix), then as physicalName (names with other abbreviations are
// dropped).
func pointName(s string) (string, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if strings.ContainsAny(s, "()") {
		return "", false
	}
	for _, x := range pointSuffix {
		if strings.HasSuffix(s, x.from) {
			s = strings.TrimSuffix(s, x.from) + x.to
		}
	}
	return physicalName(strings.TrimSpace(pointAbbrev.Replace(s + " ")))
}

// addPoints adds the named points of Natural Earth's physical layers
// (pointKinds): a name already taken (a city, region, sea, ...) or an
// island already there from the polygons is left out, and so is a
// second point of one name (two "Cape York"s are namesakes the data does
// not tell apart; the first is kept).
func (g *gazetteer) addPoints(ne neSource, taken map[string]string) error {
	have := map[string]bool{}
	for _, e := range g.entries {
		if e.kind == "island" {
			have[fold.Key(e.name)] = true
		}
	}
	type point struct {
		id, kind, name string
		alts           []string
		lat, lon       float64
	}
	var ps []point
	for _, path := range []string{neRegionPoints, neElevationPoints} {
		data, err := ne.read(path)
		if err != nil {
			return err
		}
		fs, err := readFeatures(path, data)
		if err != nil {
			return err
		}
		for i := range fs {
			f := &fs[i]
			kind, ok := pointKinds[strings.ToLower(f.str("featurecla"))]
			if !ok {
				continue
			}
			name, ok := pointName(f.str("name"))
			if !ok || kind == "island" && !strings.Contains(name, " ") {
				// a one-word island name is often a word or a surname
				// ("Pagan", "Bikini", "Jarvis"): the polygons' islands are
				// large ones, these are not
				continue
			}
			ls, err := f.lines()
			if err != nil || len(ls) != 1 || len(ls[0]) != 1 {
				return fmt.Errorf("%s: feature %d (%s): want a point (%v)", path, i, name, err)
			}
			var alts []string
			if a, ok := pointName(f.str("name_alt")); ok {
				alts = append(alts, a)
			}
			k := fold.Key(name)
			ps = append(ps, point{id: "nept:" + strings.ReplaceAll(k, " ", "-"), kind: kind, name: name, alts: alts,
				lat: ls[0][0][1], lon: ls[0][0][0]})
		}
	}
	sort.SliceStable(ps, func(a, b int) bool { return ps[a].id < ps[b].id })
	g.sources = append(g.sources, fmt.Sprintf("Natural Earth 10m physical region points and elevation points (public domain), GitHub %s at %s: capes, waterfalls, small islands, passes, depressions", neRepo, neCommit))
	seen := map[string]bool{}
	for _, p := range ps {
		k := fold.Key(p.name)
		if seen[k] || have[k] {
			continue
		}
		seen[k] = true
		if g.addFeature(taken, p.id, p.kind, p.name, p.alts, p.lat, p.lon, nil) {
			g.nPoint++
		}
	}
	return nil
}
