package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/paulmach/orb/encoding/mvt"
	"github.com/storylens/storylens/internal/pmtiles"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestParseMultiSegment(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		pieces  int
		level   int
		points  int
		wantErr string
	}{
		{"two pieces", "> Shore Bin # 1, Level 1\n1 2\n3 4\n> Shore Bin # 2, Level 2\n5\t6\n", 2, 1, 2, ""},
		{"comment and blank", "# gmt\n\n> River Bin # 3, Level 3\n1 2\n", 1, 3, 1, ""},
		{"point before header", "1 2\n", 0, 0, 0, "line 1: point before any segment header"},
		{"bad number", "> x, Level 1\n1 abc\n", 0, 0, 0, "line 2: bad number"},
		{"one column", "> x, Level 1\n1\n", 0, 0, 0, "line 2: want lon lat"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ps, err := parseMultiSegment([]byte(c.in))
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("error %v, want %q", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) != c.pieces || ps[0].Level != c.level || len(ps[0].Line) != c.points {
				t.Errorf("got %+v", ps)
			}
		})
	}
}

func TestJoinRings(t *testing.T) {
	box := orb.Bound{Min: orb.Point{0, 0}, Max: orb.Point{10, 10}}
	// An island cut in two pieces at a bin boundary (x = 5), counter-clockwise.
	island := []orb.LineString{
		{{5, 2}, {6, 2}, {6, 3}, {5, 3}},
		{{5, 3}, {4, 3}, {4, 2}, {5, 2}},
	}
	// A coast entering the box on the bottom edge and leaving on the right
	// edge, land on its left: the north-west part is land.
	coast := []orb.LineString{{{3, 0}, {4, 4}, {10, 6}}}
	rings, err := joinRings(append(island, coast...), box)
	if err != nil {
		t.Fatal(err)
	}
	if len(rings) != 2 {
		t.Fatalf("got %d rings, want 2: %v", len(rings), rings)
	}
	for _, r := range rings {
		if !r.Closed() {
			t.Errorf("ring not closed: %v", r)
		}
		if a := planar.Area(r); a <= 0 {
			t.Errorf("ring %v has area %g, want positive (counter-clockwise land)", r, a)
		}
	}
	// The coast ring closes through the north-east, north-west and
	// south-west corners: 100 minus the south-east part (32).
	land := rings[1]
	if a := planar.Area(land); a != 68 {
		t.Errorf("coast polygon area %g, want 68: %v", a, land)
	}
	if _, err := joinRings([]orb.LineString{{{3, 0}, {4, 4}}}, box); err == nil {
		t.Error("a chain ending inside the box should be an error")
	}
}

func TestJoinRingsWorld(t *testing.T) {
	// An island cut by the antimeridian (two chains, land on the left) and
	// an Antarctica-like coast running west from 180 to -180 with land to
	// the south: both close along the world box.
	pieces := []orb.LineString{
		{{-180, 65}, {-179, 65}, {-179, 66}, {-180, 66}},
		{{180, 66}, {179, 66}, {179, 65}, {180, 65}},
		{{180, -70}, {0, -68}, {-180, -70}},
	}
	rings, err := joinRings(pieces, world)
	if err != nil {
		t.Fatal(err)
	}
	if len(rings) != 3 {
		t.Fatalf("got %d rings, want 3: %v", len(rings), rings)
	}
	var areas []float64
	for _, r := range rings {
		areas = append(areas, planar.Area(r))
	}
	// Two 1°×1° halves of the island and Antarctica: 360° × ~20°, all
	// counter-clockwise (positive).
	small := 0
	for _, a := range areas {
		if a <= 0 {
			t.Errorf("ring area %g, want positive: %v", a, areas)
		}
		if a == 1 {
			small++
		}
	}
	if small != 2 {
		t.Errorf("areas %v, want two island halves of 1", areas)
	}
}

func TestTileTree(t *testing.T) {
	// A square island in the middle of tile 1/0/0 and a border line
	// across the world.
	island := []orb.Point{merc(orb.Point{-120, 20}), merc(orb.Point{-120, 60}), merc(orb.Point{-60, 60}), merc(orb.Point{-60, 20}), merc(orb.Point{-120, 20})}
	src := []feat{newFeat(layerEarth, 1, true, island)}
	src = append(src, mercFeat(layerBoundary, 2, false, []orb.Point{{-170, 10}, {170, 10}})...)
	r := treeArchive(t, src, level{MinZ: 0, MaxZ: 2}, 2)
	// The island covers part of z2 tiles x 0..1, y 1; the line runs along
	// row y 1 at zoom 2 (10°N), so tiles of rows 0 and 3 are empty.
	for x := uint32(0); x < 4; x++ {
		for y := uint32(0); y < 4; y++ {
			data, ok, err := r.Tile(2, x, y)
			if err != nil {
				t.Fatal(err)
			}
			if ok != (y == 1) {
				t.Errorf("tile 2/%d/%d present %v", x, y, ok)
			}
			if !ok {
				continue
			}
			ls, err := mvt.Unmarshal(data)
			if err != nil {
				t.Fatal(err)
			}
			names := map[string]bool{}
			for _, l := range ls {
				names[l.Name] = true
				if l.Name == layerEarth {
					for _, f := range l.Features {
						mp, _ := f.Geometry.(orb.Polygon)
						if mp == nil || mp[0].Orientation() != orb.CCW {
							t.Errorf("tile 2/%d/%d: earth geometry %T not one exterior (positive area) ring", x, y, f.Geometry)
						}
					}
				}
			}
			if wantEarth := x <= 1; names[layerEarth] != wantEarth || !names[layerBoundary] {
				t.Errorf("tile 2/%d/%d layers %v", x, y, names)
			}
		}
	}
}

// A region border drawn from zoom 2 is left out of the zoom-0 and zoom-1
// tiles and written with its min_zoom at zoom 2; one drawn from beyond the
// highest zoom is still in the highest zoom's tiles, which the map
// overzooms.
func TestTileTreeMinZoom(t *testing.T) {
	src := withMinZoom(mercFeat(layerBoundary, 4, false, []orb.Point{{10, 10}, {20, 12}}), 2)
	src = append(src, withMinZoom(mercFeat(layerBoundary, 4, false, []orb.Point{{10, 20}, {20, 22}}), 9)...)
	r := treeArchive(t, src, level{MinZ: 0, MaxZ: 3}, 3)
	minZooms := func(z uint8, x, y uint32) []int {
		data, ok, err := r.Tile(z, x, y)
		if err != nil || !ok {
			return nil
		}
		ls, err := mvt.Unmarshal(data)
		if err != nil {
			t.Fatal(err)
		}
		var out []int
		for _, l := range ls {
			for _, f := range l.Features {
				if v, ok := f.Properties["min_zoom"].(float64); ok {
					out = append(out, int(v))
				} else if v, ok := f.Properties["min_zoom"].(int64); ok {
					out = append(out, int(v))
				} else {
					t.Errorf("tile %d/%d/%d: a region border without min_zoom: %v", z, x, y, f.Properties)
				}
			}
		}
		return out
	}
	if got := minZooms(0, 0, 0); got != nil {
		t.Errorf("zoom 0 has borders from zoom %v", got)
	}
	if got := minZooms(1, 1, 0); got != nil {
		t.Errorf("zoom 1 has borders from zoom %v", got)
	}
	if got := minZooms(2, 2, 1); len(got) != 1 || got[0] != 2 {
		t.Errorf("zoom 2: borders from zoom %v, want [2]", got)
	}
	if got := minZooms(3, 4, 3); len(got) != 2 {
		t.Errorf("zoom 3 (highest): borders from zoom %v, want both", got)
	}
}

// A tile writes each layer and class once, even when the first feature of
// a class is simplified away (it was written twice then: every lake of
// such a tile drawn twice).
func TestEncodeTileOneFeatureAClass(t *testing.T) {
	// Tile 0/0/0: a lake ring too small to survive the simplification
	// first, then two real lakes, and a line of each kind likewise.
	tiny := []orb.Point{{0.5, 0.5}, {0.5000001, 0.5}, {0.5000001, 0.5000001}, {0.5, 0.5}}
	lake := func(x float64) []orb.Point {
		// Positive area in tile coordinates (y down), as MVT wants.
		return []orb.Point{{x, 0.2}, {x, 0.25}, {x + 0.05, 0.25}, {x + 0.05, 0.2}, {x, 0.2}}
	}
	fs := []feat{newFeat(layerEarth, 2, true, tiny), newFeat(layerEarth, 2, true, lake(0.1)), newFeat(layerEarth, 2, true, lake(0.3)),
		newFeat(layerWaterway, 1, false, []orb.Point{{0.7, 0.7}, {0.7000001, 0.7}}), newFeat(layerWaterway, 1, false, []orb.Point{{0.6, 0.6}, {0.9, 0.9}})}
	b := encodeTile(0, 0, 0, fs, tolTile, &tileStats{})
	data, err := pmtiles.Gunzip(b)
	if err != nil {
		t.Fatal(err)
	}
	ls, err := mvt.Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != 2 {
		t.Fatalf("%d layers, want earth and waterway", len(ls))
	}
	for _, l := range ls {
		if len(l.Features) != 1 {
			t.Errorf("layer %s: %d features, want 1", l.Name, len(l.Features))
		}
		if l.Name == layerEarth {
			rings := 0
			switch g := l.Features[0].Geometry.(type) {
			case orb.Polygon:
				rings = len(g)
			case orb.MultiPolygon:
				for _, p := range g {
					rings += len(p)
				}
			}
			if rings != 2 {
				t.Errorf("lakes: %d rings, want 2", rings)
			}
		}
	}
}

// treeArchive cuts src into the tiles of lv with tileTree (maxZ the
// archive's highest zoom) and opens the archive written.
func treeArchive(t *testing.T, src []feat, lv level, maxZ uint8) *pmtiles.Reader {
	t.Helper()
	w := pmtiles.NewWriter()
	tileTree(w, src, lv, maxZ, &tileStats{})
	b, err := w.Bytes([]byte("{}"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := pmtiles.Open("t", bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	return r
}
