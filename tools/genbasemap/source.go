package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/geojson"
)

// Layer names and classes of the tiles (see meta.json's vector_layers).
const (
	layerEarth    = "earth"
	layerBoundary = "boundary"
	layerWaterway = "waterway"
)

// feat is one source ring or line in normalized Web Mercator (x, y in
// [0, 1], y growing south).
type feat struct {
	layer string
	class uint8
	// minZoom, when not 0, is the zoom from which the feature is drawn (a
	// region border's min_zoom): it is in the tiles of that zoom and above
	// (and in those of the highest zoom, which the map overzooms).
	minZoom uint8
	ring    bool
	pts     []orb.Point
	bound   orb.Bound
}

// withMinZoom sets the features' minZoom and returns them.
func withMinZoom(fs []feat, z uint8) []feat {
	for i := range fs {
		fs[i].minZoom = z
	}
	return fs
}

var world = orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}

// mercLat is the latitude limit of Web Mercator.
const mercLat = 85.05112878

// readGSHHG reads shorelines (levels 1-4, joined into rings), national
// borders and rivers of the whole world at the level's resolution.
func readGSHHG(gmt string, lv level) ([]feat, error) {
	D := "-D" + lv.Res
	shore, err := runGMT(gmt, "-Rd", D, "-M", "-W", "-A"+lv.MinArea+"/1/4")
	if err != nil {
		return nil, err
	}
	byLevel := map[int][]orb.LineString{}
	for _, p := range shore {
		byLevel[p.Level] = append(byLevel[p.Level], p.Line)
	}
	var out []feat
	for l := 1; l <= 4; l++ {
		pieces := byLevel[l]
		if l%2 == 0 {
			// Lake and pond shorelines run clockwise: reverse them so every
			// ring is counter-clockwise and closes the right way round.
			for _, p := range pieces {
				p.Reverse()
			}
		}
		rs, err := joinRings(pieces, world)
		if err != nil {
			return nil, fmt.Errorf("GSHHG %s level %d: %w", lv.Res, l, err)
		}
		for _, r := range rs {
			r = clip.Ring(orb.Bound{Min: orb.Point{-180, -mercLat}, Max: orb.Point{180, mercLat}}, r)
			if len(r) < 4 {
				continue
			}
			out = append(out, mercFeat(layerEarth, uint8(l), true, r)...)
		}
	}
	borders, err := runGMT(gmt, "-Rd", D, "-M", "-N1")
	if err != nil {
		return nil, err
	}
	var bl []orb.LineString
	for _, p := range borders {
		bl = append(bl, p.Line)
	}
	for _, l := range joinLines(bl) {
		out = append(out, mercFeat(layerBoundary, 2, false, l)...)
	}
	args := []string{"-Rd", D, "-M"}
	for r := 1; r <= lv.MaxRiver; r++ {
		args = append(args, fmt.Sprintf("-I%d", r))
	}
	rivers, err := runGMT(gmt, args...)
	if err != nil {
		return nil, err
	}
	byRiver := map[int][]orb.LineString{}
	for _, p := range rivers {
		byRiver[p.Level] = append(byRiver[p.Level], p.Line)
	}
	for r, ls := range byRiver {
		for _, l := range joinLines(ls) {
			out = append(out, mercFeat(layerWaterway, uint8(r), false, l)...)
		}
	}
	return out, nil
}

// mercFeat projects a ring (reversed, so that in Mercator's y-down plane
// it has the positive area MVT wants of exterior rings) or a line (split
// where it leaves Mercator's latitude range).
func mercFeat(layer string, class uint8, ring bool, l []orb.Point) []feat {
	if ring {
		pts := make([]orb.Point, len(l))
		for i, p := range l {
			pts[len(l)-1-i] = merc(p)
		}
		return []feat{newFeat(layer, class, true, pts)}
	}
	var out []feat
	mls := clip.LineString(orb.Bound{Min: orb.Point{-180, -mercLat}, Max: orb.Point{180, mercLat}}, orb.LineString(l))
	for _, ls := range mls {
		pts := make([]orb.Point, len(ls))
		for i, p := range ls {
			pts[i] = merc(p)
		}
		if len(pts) >= 2 {
			out = append(out, newFeat(layer, class, false, pts))
		}
	}
	return out
}

func newFeat(layer string, class uint8, ring bool, pts []orb.Point) feat {
	b := orb.Bound{Min: pts[0], Max: pts[0]}
	for _, p := range pts[1:] {
		b = b.Extend(p)
	}
	return feat{layer: layer, class: class, ring: ring, pts: pts, bound: b}
}

// merc projects lon/lat to normalized Web Mercator.
func merc(p orb.Point) orb.Point {
	lat := math.Max(-mercLat, math.Min(mercLat, p[1])) * math.Pi / 180
	return orb.Point{(p[0] + 180) / 360, (1 - math.Log(math.Tan(lat)+1/math.Cos(lat))/math.Pi) / 2}
}

// readLines reads the line geometry of a GeoJSON file (Natural Earth admin-1
// lines) as boundary class 4, and the countries (property adm0_a3, ISO
// 3166-1 alpha-3) whose lines it has.
func readLines(path string) ([]feat, map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var fc geojson.FeatureCollection
	if err := json.Unmarshal(b, &fc); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []feat
	countries := map[string]bool{}
	for i, f := range fc.Features {
		if c, _ := f.Properties["adm0_a3"].(string); c != "" {
			countries[c] = true
		}
		// Natural Earth's own min_zoom (2-3 for these lines' states and
		// provinces), no earlier than the other region borders.
		mz := uint8(minRegionZoom)
		if v, ok := f.Properties["min_zoom"].(float64); ok && v > minRegionZoom {
			mz = uint8(math.Min(maxRegionZoom, math.Ceil(v)))
		}
		switch g := f.Geometry.(type) {
		case orb.LineString:
			out = append(out, withMinZoom(mercFeat(layerBoundary, 4, false, g), mz)...)
		case orb.MultiLineString:
			for _, l := range g {
				out = append(out, withMinZoom(mercFeat(layerBoundary, 4, false, l), mz)...)
			}
		default:
			return nil, nil, fmt.Errorf("%s: feature %d: geometry %T, want lines", path, i, f.Geometry)
		}
	}
	return out, countries, nil
}
