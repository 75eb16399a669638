package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// regionPolygon is one first-level region: its country and its rings
// (lon/lat, exterior and holes alike).
type regionPolygon struct {
	country string
	rings   []orb.Ring
}

// polygonBorders returns the first-level region borders derived from the
// region polygons in path (see readRegionPolygons and regionBorders) of
// every country but those whose borders come from finer sources: the
// countries of the admin-1 lines (lineA3, ISO 3166-1 alpha-3 codes) and
// the DCW countries (dcwA2, alpha-2 codes). It also returns how many
// countries it has borders of.
func polygonBorders(path string, lineA3 map[string]bool, dcwA2 []string) ([]borderLine, int, error) {
	a2 := map[string]bool{}
	for _, c := range dcwA2 {
		a2[c] = true
	}
	polys, err := readRegionPolygons(path, "adm0_a3", func(p geojson.Properties) bool {
		c, _ := p["iso_a2"].(string)
		return lineA3[p.MustString("adm0_a3", "")] || a2[c]
	})
	if err != nil {
		return nil, 0, err
	}
	lines, countries := regionBorders(polys)
	points := 0
	for _, l := range lines {
		points += len(l.line)
	}
	fmt.Fprintf(os.Stderr, "region polygons %s: %d regions of %d countries, %d border lines, %d points\n", path, len(polys), len(countries), len(lines), points)
	return lines, len(countries), nil
}

// readRegionPolygons reads first-level region polygons from a GeoJSON
// FeatureCollection of Polygon or MultiPolygon features (the QGIS world
// map's states_provinces layer, converted with ogr2ogr), each naming its
// country in the property countryKey. Features for which skip is true, or
// with no country, are left out.
func readRegionPolygons(path, countryKey string, skip func(geojson.Properties) bool) ([]regionPolygon, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var fc geojson.FeatureCollection
	if err := json.Unmarshal(b, &fc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []regionPolygon
	for i, f := range fc.Features {
		c, _ := f.Properties[countryKey].(string)
		if c == "" || (skip != nil && skip(f.Properties)) {
			continue
		}
		rp := regionPolygon{country: c}
		switch g := f.Geometry.(type) {
		case orb.Polygon:
			rp.rings = append(rp.rings, g...)
		case orb.MultiPolygon:
			for _, p := range g {
				rp.rings = append(rp.rings, p...)
			}
		case nil:
			continue
		default:
			return nil, fmt.Errorf("%s: feature %d (%s): geometry %T, want polygons", path, i, c, f.Geometry)
		}
		out = append(out, rp)
	}
	return out, nil
}

// segKey is an edge of a ring, its end points in a fixed order so that
// the same edge walked either way has the same key.
type segKey [2]orb.Point

func edgeKey(a, b orb.Point) segKey {
	if b[0] < a[0] || (b[0] == a[0] && b[1] < a[1]) {
		a, b = b, a
	}
	return segKey{a, b}
}

// regionBorders returns the borders between regions of the same country:
// the edges that two of its regions share, joined into lines along the
// rings. The polygons must share the vertices of their common borders
// exactly, as a topological generalization (GRASS v.generalize, which made
// the QGIS world map) leaves them; edges on one region only are coasts or
// national borders, and edges shared by regions of two countries are
// national borders, which come from WDBII. Each border is returned once
// (by the first region that has it), with the zoom it is drawn from (by
// the smaller of the two regions it divides, at its middle edge:
// regionMinZoom), and the set of countries that have borders.
func regionBorders(polys []regionPolygon) ([]borderLine, map[string]bool) {
	// owner is, for each edge, the first region that has it and whether a
	// later region of the same country has it too (the first such: second).
	type owner struct {
		first, second int
		shared        bool
	}
	edges := map[segKey]*owner{}
	for i, rp := range polys {
		for _, r := range rp.rings {
			for k := 1; k < len(r); k++ {
				if r[k] == r[k-1] {
					continue
				}
				key := edgeKey(r[k-1], r[k])
				o := edges[key]
				switch {
				case o == nil:
					edges[key] = &owner{first: i}
				case o.first != i && polys[o.first].country == rp.country && !o.shared:
					o.shared, o.second = true, i
				}
			}
		}
	}
	sizes := make([]float64, len(polys))
	for i, rp := range polys {
		sizes[i] = regionSize(rp.rings)
	}
	var out []borderLine
	countries := map[string]bool{}
	for i, rp := range polys {
		for _, r := range rp.rings {
			runs := borderRuns(r, func(a, b orb.Point) bool {
				o := edges[edgeKey(a, b)]
				return o != nil && o.shared && o.first == i
			})
			if len(runs) > 0 {
				countries[rp.country] = true
			}
			for _, run := range runs {
				m := len(run) / 2 // run has 2 points at least
				size := sizes[i]
				if o := edges[edgeKey(run[m-1], run[m])]; o != nil {
					size = math.Min(size, sizes[o.second])
				}
				out = append(out, borderLine{run, regionMinZoom(size, midLat(run))})
			}
		}
	}
	return out, countries
}

// borderRuns splits a ring into the runs of consecutive edges for which
// keep is true; a run through the ring's first point is one line.
func borderRuns(r orb.Ring, keep func(a, b orb.Point) bool) []orb.LineString {
	n := len(r)
	if n < 2 {
		return nil
	}
	closed := r[0] == r[n-1]
	// Start the walk just after an edge that is not kept, so that no run
	// is cut at the ring's first point.
	start := 0
	if closed {
		start = -1
		for k := 1; k < n; k++ {
			if !keep(r[k-1], r[k]) {
				start = k
				break
			}
		}
		if start < 0 {
			// The whole ring is a border (an enclave).
			return []orb.LineString{append(orb.LineString(nil), r...)}
		}
	}
	var out []orb.LineString
	var cur orb.LineString
	flush := func() {
		if len(cur) >= 2 {
			out = append(out, cur)
		}
		cur = nil
	}
	edgesN := n - 1
	for e := 0; e < edgesN; e++ {
		k := e + 1
		if closed {
			k = (e+start-1)%edgesN + 1
		}
		a, b := r[k-1], r[k]
		if a == b {
			continue
		}
		if !keep(a, b) {
			flush()
			continue
		}
		if len(cur) == 0 {
			cur = append(cur, a)
		}
		cur = append(cur, b)
	}
	flush()
	return out
}
