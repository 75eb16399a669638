// Command genbasemap generates assets/basemap/basemap.bin.gz: GSHHG full
// resolution shorelines (joined into closed land and lake polygons), WDBII
// borders and rivers for the region of interest, simplified per zoom level
// with Douglas-Peucker and cut into grid cells, plus Natural Earth 50m land
// and borders for world context.
//
// It needs the Debian packages gmt and gmt-gshhg-full, and world-atlas's
// countries-50m.json (`npm pack world-atlas@2.0.2`). See
// assets/basemap/README.md.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/orb/simplify"
	"github.com/storylens/storylens/assets/basemap"
	"github.com/storylens/storylens/internal/safefile"
)

// lod is one level of detail of the region data.
type lod struct {
	Name             string
	Tol              float64 // Douglas-Peucker tolerance, degrees
	MinZoom, MaxZoom float64
	Cell             float64 // grid cell size for fills, degrees
	MaxRiver         int     // highest GSHHG river level kept
}

var lods = []lod{
	{"z0", 0.02, 0, 6.5, 5, 1},
	{"z1", 0.005, 6.5, 8.5, 2, 2},
	{"z2", 0.0012, 8.5, 10.5, 1, 3},
	{"z3", 0.0003, 10.5, 30, 0.5, 4},
}

func main() {
	gmt := flag.String("gmt", "gmt", "gmt executable")
	atlas := flag.String("world", "", "path to world-atlas countries-50m.json (required)")
	out := flag.String("out", "assets/basemap", "output folder")
	region := flag.String("R", "120/142/32/51", "region west/east/south/north, degrees")
	flag.Parse()
	if *atlas == "" {
		log.Fatal("genbasemap: -world path/to/countries-50m.json is required")
	}
	var w, e, s, n float64
	if _, err := fmt.Sscanf(*region, "%g/%g/%g/%g", &w, &e, &s, &n); err != nil {
		log.Fatalf("genbasemap: -R %q: %v", *region, err)
	}
	box := orb.Bound{Min: orb.Point{w, s}, Max: orb.Point{e, n}}
	layers, meta, err := build(*gmt, *atlas, *region, box)
	if err != nil {
		log.Fatal("genbasemap: ", err)
	}
	var buf bytes.Buffer
	if err := basemap.Encode(&buf, layers); err != nil {
		log.Fatal("genbasemap: ", err)
	}
	meta["bytes"] = buf.Len()
	if err := safefile.WriteFile(filepath.Join(*out, "basemap.bin.gz"), buf.Bytes(), safefile.Options{Overwrite: true}); err != nil {
		log.Fatal("genbasemap: ", err)
	}
	mj, _ := json.MarshalIndent(meta, "", "  ")
	if err := safefile.WriteFile(filepath.Join(*out, "meta.json"), append(mj, '\n'), safefile.Options{Overwrite: true}); err != nil {
		log.Fatal("genbasemap: ", err)
	}
	fmt.Fprintf(os.Stderr, "wrote %d bytes\n%s\n", buf.Len(), mj)
}

func build(gmt, atlas, region string, box orb.Bound) ([]basemap.Layer, map[string]any, error) {
	meta := map[string]any{
		"region":  region,
		"sources": []string{"GSHHG 2.3.7 full (Debian gmt-gshhg-full)", "Natural Earth 50m (npm world-atlas@2.0.2)"},
	}
	counts := map[string]int{}
	var layers []basemap.Layer

	// World context.
	topo, arcs, err := readTopology(atlas)
	if err != nil {
		return nil, nil, err
	}
	wrings, err := ringsOf(topo, arcs, "countries")
	if err != nil {
		return nil, nil, err
	}
	wb, err := borderArcs(topo, arcs)
	if err != nil {
		return nil, nil, err
	}
	for i, r := range wrings {
		wrings[i] = unwrapRing(r)
	}
	const wtol = 0.02
	wsimp := simplifyRings(wrings, wtol)
	layers = append(layers,
		fillLayer("world_land", 0, 30, cellClip(wsimp, 10, orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}, 1)),
		lineLayer("world_coast", 0, 30, chunk(ringLines(wsimp, nil), 1)),
		lineLayer("world_borders", 0, 30, chunk(simplifyLines(wb, wtol), 1)),
		fillLayer("region_box", 0, 30, []basemap.Feature{{Class: 0, Parts: [][][2]int32{toMicro(orb.LineString(boxRing(box)))}}}),
	)

	// Region: shorelines by level, borders, rivers.
	R := "-R" + region
	shore, err := runGMT(gmt, R, "-Df", "-M", "-W", "-A0/1/3")
	if err != nil {
		return nil, nil, err
	}
	byLevel := map[int][]orb.LineString{}
	for _, p := range shore {
		byLevel[p.Level] = append(byLevel[p.Level], p.Line)
	}
	type lvRings struct {
		level int
		rings []orb.Ring
	}
	var all []lvRings
	for lv := 1; lv <= 3; lv++ {
		pieces := byLevel[lv]
		if lv%2 == 0 {
			// Lake shorelines run clockwise (land on the left): reverse
			// them so that every ring is counter-clockwise and chains cut
			// by the region box close the right way round.
			for _, p := range pieces {
				p.Reverse()
			}
		}
		rs, err := joinRings(pieces, box)
		if err != nil {
			return nil, nil, fmt.Errorf("level %d: %w", lv, err)
		}
		all = append(all, lvRings{lv, rs})
		counts[fmt.Sprintf("shore_level%d_rings", lv)] = len(rs)
	}
	borders, err := runGMT(gmt, R, "-Df", "-M", "-N1")
	if err != nil {
		return nil, nil, err
	}
	rivers, err := runGMT(gmt, R, "-Df", "-M", "-Ia")
	if err != nil {
		return nil, nil, err
	}
	var bl []orb.LineString
	for _, p := range borders {
		bl = append(bl, p.Line)
	}
	bl = joinLines(bl)
	for _, l := range lods {
		var fills []basemap.Feature
		var coast []basemap.Feature
		for _, lr := range all {
			sr := simplifyRings(lr.rings, l.Tol)
			fills = append(fills, cellClip(sr, l.Cell, box, uint8(lr.level))...)
			coast = append(coast, chunk(ringLines(sr, &box), uint8(lr.level))...)
		}
		var rv []basemap.Feature
		for lv := 0; lv <= l.MaxRiver; lv++ {
			var ls []orb.LineString
			for _, p := range rivers {
				if p.Level == lv {
					ls = append(ls, p.Line)
				}
			}
			rv = append(rv, chunk(simplifyLines(joinLines(ls), l.Tol), uint8(lv))...)
		}
		layers = append(layers,
			fillLayer("land_"+l.Name, l.MinZoom, l.MaxZoom, fills),
			lineLayer("coast_"+l.Name, l.MinZoom, l.MaxZoom, coast),
			lineLayer("borders_"+l.Name, l.MinZoom, l.MaxZoom, chunk(simplifyLines(bl, l.Tol), 1)),
			lineLayer("rivers_"+l.Name, l.MinZoom, l.MaxZoom, rv),
		)
	}
	for _, l := range layers {
		pts := 0
		for _, f := range l.Features {
			for _, p := range f.Parts {
				pts += len(p)
			}
		}
		counts[l.Name+"_points"] = pts
	}
	meta["counts"] = counts
	return layers, meta, nil
}

// unwrapRing makes a ring that crosses the antimeridian continuous (Chukotka
// continues east of 180° instead of jumping to -180°), so that in the plane
// it does not sweep a band around the whole world. Rings that really go
// round the globe (Antarctica) are kept as they are.
func unwrapRing(r orb.Ring) orb.Ring {
	out := make(orb.Ring, len(r))
	off := 0.0
	jumped := false
	for i, p := range r {
		if i > 0 {
			d := p[0] - r[i-1][0]
			if d > 180 {
				off -= 360
				jumped = true
			} else if d < -180 {
				off += 360
				jumped = true
			}
		}
		out[i] = orb.Point{p[0] + off, p[1]}
	}
	if !jumped || off != 0 {
		return r
	}
	// Keep most of the ring inside [-180, 180]: shift it back when its
	// centre ended up outside.
	b := out.Bound()
	if c := (b.Min[0] + b.Max[0]) / 2; c > 180 {
		for i := range out {
			out[i][0] -= 360
		}
	} else if c < -180 {
		for i := range out {
			out[i][0] += 360
		}
	}
	return out
}

func boxRing(b orb.Bound) orb.Ring {
	return orb.Ring{b.Min, {b.Max[0], b.Min[1]}, b.Max, {b.Min[0], b.Max[1]}, b.Min}
}

func simplifyRings(rs []orb.Ring, tol float64) []orb.Ring {
	var out []orb.Ring
	for _, r := range rs {
		b := r.Bound()
		if b.Max[0]-b.Min[0] < tol && b.Max[1]-b.Min[1] < tol {
			continue
		}
		s := simplify.DouglasPeucker(tol).Ring(r.Clone())
		if len(s) >= 4 {
			out = append(out, s)
		}
	}
	return out
}

func simplifyLines(ls []orb.LineString, tol float64) []orb.LineString {
	var out []orb.LineString
	for _, l := range ls {
		s := simplify.DouglasPeucker(tol).LineString(l.Clone())
		if len(s) >= 2 {
			out = append(out, s)
		}
	}
	return out
}

// joinLines joins polylines that share end points (pieces cut at bins).
func joinLines(ls []orb.LineString) []orb.LineString {
	byStart := map[key]int{}
	for i, l := range ls {
		if len(l) > 1 {
			byStart[keyOf(l[0])] = i
		}
	}
	hasPred := make([]bool, len(ls))
	for _, l := range ls {
		if len(l) > 1 {
			if j, ok := byStart[keyOf(l[len(l)-1])]; ok {
				hasPred[j] = true
			}
		}
	}
	used := make([]bool, len(ls))
	var out []orb.LineString
	run := func(i int) {
		var c orb.LineString
		for !used[i] {
			used[i] = true
			p := ls[i]
			if len(c) > 0 {
				p = p[1:]
			}
			c = append(c, p...)
			j, ok := byStart[keyOf(c[len(c)-1])]
			if !ok {
				break
			}
			i = j
		}
		out = append(out, c)
	}
	for i := range ls {
		if len(ls[i]) > 1 && !hasPred[i] && !used[i] {
			run(i)
		}
	}
	for i := range ls {
		if len(ls[i]) > 1 && !used[i] {
			run(i)
		}
	}
	return out
}

// ringLines turns rings into coastline polylines, dropping edges that run
// along the region box (added when closing chains, not real shoreline).
func ringLines(rs []orb.Ring, box *orb.Bound) []orb.LineString {
	on := func(a, b orb.Point) bool {
		if box == nil {
			return false
		}
		const eps = 1e-6
		for k := 0; k < 2; k++ {
			for _, v := range []float64{box.Min[k], box.Max[k]} {
				if math.Abs(a[k]-v) < eps && math.Abs(b[k]-v) < eps {
					return true
				}
			}
		}
		return false
	}
	var out []orb.LineString
	for _, r := range rs {
		cur := orb.LineString{}
		for i := 1; i < len(r); i++ {
			if on(r[i-1], r[i]) {
				if len(cur) >= 2 {
					out = append(out, cur)
				}
				cur = orb.LineString{}
				continue
			}
			if len(cur) == 0 {
				cur = append(cur, r[i-1])
			}
			cur = append(cur, r[i])
		}
		if len(cur) >= 2 {
			out = append(out, cur)
		}
	}
	return out
}

// cellClip cuts rings into grid cells so a renderer can skip what is off
// screen. Rings keep their orientation; shared cell edges cancel when the
// cells are filled together with the non-zero rule.
func cellClip(rs []orb.Ring, cell float64, box orb.Bound, class uint8) []basemap.Feature {
	var out []basemap.Feature
	for _, r := range rs {
		rb := r.Bound()
		i0 := math.Floor((rb.Min[0] - box.Min[0]) / cell)
		i1 := math.Floor((rb.Max[0] - box.Min[0]) / cell)
		j0 := math.Floor((rb.Min[1] - box.Min[1]) / cell)
		j1 := math.Floor((rb.Max[1] - box.Min[1]) / cell)
		if i0 == i1 && j0 == j1 {
			out = append(out, basemap.Feature{Class: class, Parts: [][][2]int32{toMicro(orb.LineString(r))}})
			continue
		}
		for i := i0; i <= i1; i++ {
			for j := j0; j <= j1; j++ {
				cb := orb.Bound{
					Min: orb.Point{box.Min[0] + i*cell, box.Min[1] + j*cell},
					Max: orb.Point{box.Min[0] + (i+1)*cell, box.Min[1] + (j+1)*cell},
				}
				c := clip.Ring(cb, r.Clone())
				if len(c) >= 4 && planar.Area(c) != 0 {
					out = append(out, basemap.Feature{Class: class, Parts: [][][2]int32{toMicro(orb.LineString(c))}})
				}
			}
		}
	}
	return out
}

// chunk splits polylines into features of at most 256 points for culling.
func chunk(ls []orb.LineString, class uint8) []basemap.Feature {
	const max = 256
	var out []basemap.Feature
	for _, l := range ls {
		for start := 0; start < len(l)-1; start += max - 1 {
			end := min(start+max, len(l))
			out = append(out, basemap.Feature{Class: class, Parts: [][][2]int32{toMicro(l[start:end])}})
		}
	}
	return out
}

func toMicro(l orb.LineString) [][2]int32 {
	out := make([][2]int32, len(l))
	for i, p := range l {
		out[i] = [2]int32{int32(math.Round(p[0] * 1e6)), int32(math.Round(p[1] * 1e6))}
	}
	return out
}

func fillLayer(name string, z0, z1 float64, fs []basemap.Feature) basemap.Layer {
	return basemap.Layer{Name: name, Kind: basemap.Fill, MinZoom: z0, MaxZoom: z1, Features: fs}
}

func lineLayer(name string, z0, z1 float64, fs []basemap.Feature) basemap.Layer {
	return basemap.Layer{Name: name, Kind: basemap.Line, MinZoom: z0, MaxZoom: z1, Features: fs}
}
