package main

import (
	"fmt"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/orb/simplify"
	"github.com/storylens/storylens/internal/pmtiles"
)

// extent is the MVT tile extent (tile coordinates 0..extent).
const extent = 4096

type tileStats struct{ tiles, points, bytes int }

// Douglas-Peucker tolerances in tile units (1/16 px at 256 px a tile): a
// quarter pixel where the tile is drawn at about its own zoom, finer at the
// highest zoom, which the map overzooms (up to 2^7 times).
const (
	tolTile = 4
	tolMax  = 1
)

// tileTree cuts src into the tiles of zooms lv.MinZ..lv.MaxZ, clipping each
// tile's features from its parent's (a quadtree), so that every point is
// handled once per zoom. Tiles with no feature (open sea) are left out.
// maxZ is the archive's highest zoom.
func tileTree(w *pmtiles.Writer, src []feat, lv level, maxZ uint8, st *tileStats) {
	var rec func(z uint8, x, y uint32, fs []feat)
	rec = func(z uint8, x, y uint32, fs []feat) {
		if len(fs) == 0 {
			return
		}
		if z >= lv.MinZ {
			tol := float64(tolTile)
			if z == maxZ {
				tol = tolMax
			}
			// Features drawn from a higher zoom only are left out (they
			// stay in fs for the children).
			enc := fs
			if z < maxZ {
				enc = make([]feat, 0, len(fs))
				for _, f := range fs {
					if f.minZoom <= z {
						enc = append(enc, f)
					}
				}
			}
			if b := encodeTile(z, x, y, enc, tol, st); b != nil {
				w.Add(z, x, y, b)
			}
		}
		if z == lv.MaxZ {
			return
		}
		for i := uint32(0); i < 4; i++ {
			cx, cy := 2*x+i%2, 2*y+i/2
			rec(z+1, cx, cy, clipFeats(fs, tileBound(z+1, cx, cy)))
		}
	}
	rec(0, 0, 0, src)
}

// tileBound is tile z/x/y in normalized Mercator.
func tileBound(z uint8, x, y uint32) orb.Bound {
	n := float64(uint32(1) << z)
	return orb.Bound{Min: orb.Point{float64(x) / n, float64(y) / n}, Max: orb.Point{float64(x+1) / n, float64(y+1) / n}}
}

// clipFeats clips features to b: rings with orb/clip's polygon clipping
// (orientation kept; a tile inside land becomes its square), lines into
// the pieces inside.
func clipFeats(fs []feat, b orb.Bound) []feat {
	var out []feat
	for _, f := range fs {
		if !f.bound.Intersects(b) {
			continue
		}
		if b.Contains(f.bound.Min) && b.Contains(f.bound.Max) {
			out = append(out, f)
			continue
		}
		if f.ring {
			r := clip.Ring(b, orb.Ring(append([]orb.Point(nil), f.pts...)))
			if len(r) >= 4 && planar.Area(r) != 0 {
				out = append(out, withMinZoom([]feat{newFeat(f.layer, f.class, true, r)}, f.minZoom)...)
			}
			continue
		}
		for _, l := range clip.LineString(b, orb.LineString(f.pts)) {
			if len(l) >= 2 {
				out = append(out, withMinZoom([]feat{newFeat(f.layer, f.class, false, l)}, f.minZoom)...)
			}
		}
	}
	return out
}

// encodeTile converts fs to tile coordinates, simplifies them with
// Douglas-Peucker (tol in tile units), rounds them and encodes a gzipped
// MVT with one feature per layer, class and min zoom (the property
// min_zoom, when not 0). It returns nil when nothing is left.
func encodeTile(z uint8, x, y uint32, fs []feat, tol float64, st *tileStats) []byte {
	n := float64(uint32(1) << z)
	type key struct {
		layer   string
		class   uint8
		minZoom uint8
	}
	polys := map[key]orb.MultiPolygon{}
	lines := map[key]orb.MultiLineString{}
	var order []key
	seen := map[key]bool{}
	points := 0
	dp := simplify.DouglasPeucker(tol)
	for _, f := range fs {
		pts := make([]orb.Point, len(f.pts))
		for i, p := range f.pts {
			pts[i] = orb.Point{(p[0]*n - float64(x)) * extent, (p[1]*n - float64(y)) * extent}
		}
		k := key{f.layer, f.class, f.minZoom}
		if !seen[k] {
			// Once, even when this feature is simplified away: keyed on
			// polys and lines, a key whose first feature vanished was
			// listed again by the next, and the whole layer and class
			// written twice (every lake of a tile, in places).
			seen[k] = true
			order = append(order, k)
		}
		if f.ring {
			r := round(dp.Ring(orb.Ring(pts)))
			if len(r) < 4 || planar.Area(orb.Ring(r)) == 0 {
				continue
			}
			polys[k] = append(polys[k], orb.Polygon{orb.Ring(r)})
			points += len(r)
		} else {
			l := round(dp.LineString(orb.LineString(pts)))
			if len(l) < 2 {
				continue
			}
			lines[k] = append(lines[k], orb.LineString(l))
			points += len(l)
		}
	}
	byLayer := map[string]*mvt.Layer{}
	var layers mvt.Layers
	for _, k := range order {
		var g orb.Geometry
		if p, ok := polys[k]; ok && len(p) > 0 {
			g = p
		} else if l, ok := lines[k]; ok && len(l) > 0 {
			g = l
		} else {
			continue
		}
		l := byLayer[k.layer]
		if l == nil {
			l = &mvt.Layer{Name: k.layer, Version: 2, Extent: extent}
			byLayer[k.layer] = l
			layers = append(layers, l)
		}
		f := geojson.NewFeature(g)
		f.Properties["class"] = int(k.class)
		if k.minZoom > 0 {
			f.Properties["min_zoom"] = int(k.minZoom)
		}
		l.Features = append(l.Features, f)
	}
	if len(layers) == 0 {
		return nil
	}
	b, err := mvt.MarshalGzipped(layers)
	if err != nil {
		panic(fmt.Sprintf("tile %d/%d/%d: %v", z, x, y, err)) // generator bug: geometry is ours
	}
	st.tiles++
	st.points += points
	st.bytes += len(b)
	return b
}

// round rounds points to integer tile units and drops repeated points.
func round[T ~[]orb.Point](pts T) []orb.Point {
	out := make([]orb.Point, 0, len(pts))
	for _, p := range pts {
		q := orb.Point{math.Round(p[0]), math.Round(p[1])}
		if len(out) > 0 && out[len(out)-1] == q {
			continue
		}
		out = append(out, q)
	}
	return out
}
