package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// TestRegionBorders: of polygons that share the vertices of their common
// borders, only the edges two regions of one country share are borders,
// each once, joined along the ring even where it passes the ring's first
// point; a national border (regions of two countries) and coasts are not.
func TestRegionBorders(t *testing.T) {
	// Country A: the unit square cut at x = 1 into west (0..1) and east
	// (1..2) regions; country B east of it (2..3), sharing x = 2 with A's
	// east region.
	west := orb.Ring{{0, 0}, {1, 0}, {1, 0.5}, {1, 1}, {0, 1}, {0, 0}}
	// The east region's ring starts in the middle of the border with the
	// west region, so that its border run passes its first point.
	east := orb.Ring{{1, 0.5}, {1, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 0.5}}
	b := orb.Ring{{2, 0}, {3, 0}, {3, 1}, {2, 1}, {2, 0}}
	// An enclave region inside the west region (a hole of it).
	encl := orb.Ring{{0.2, 0.2}, {0.4, 0.2}, {0.4, 0.4}, {0.2, 0.4}, {0.2, 0.2}}
	westHole := orb.Ring{{0.2, 0.2}, {0.2, 0.4}, {0.4, 0.4}, {0.4, 0.2}, {0.2, 0.2}}
	polys := []regionPolygon{
		{country: "AAA", rings: []orb.Ring{west, westHole}},
		{country: "AAA", rings: []orb.Ring{east}},
		{country: "BBB", rings: []orb.Ring{b}},
		{country: "AAA", rings: []orb.Ring{encl}},
	}
	lines, countries := regionBorders(polys)
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2 (x = 1 and the enclave): %v", len(lines), lines)
	}
	border := lines[0].line
	if len(border) != 3 {
		t.Errorf("west-east border %v: want the 3 points of x = 1 in one line", border)
	}
	for _, p := range border {
		if p[0] != 1 {
			t.Errorf("border point %v is not on x = 1", p)
		}
	}
	if got := lengthOf(lines[1].line); got < 0.799 || got > 0.801 {
		t.Errorf("enclave border %v: length %g, want 0.8 (its whole ring)", lines[1].line, got)
	}
	// Each border is drawn from the zoom its smaller region asks for: the
	// west–east one by the 1°×1° squares, the enclave's by the enclave.
	if want := regionMinZoom(regionSize([]orb.Ring{east}), 0.5); lines[0].minZoom != want {
		t.Errorf("west-east border from zoom %d, want %d", lines[0].minZoom, want)
	}
	if want := regionMinZoom(regionSize([]orb.Ring{encl}), 0.3); lines[1].minZoom != want || want <= lines[0].minZoom {
		t.Errorf("enclave border from zoom %d, want %d (later than %d)", lines[1].minZoom, want, lines[0].minZoom)
	}
	if !countries["AAA"] || countries["BBB"] {
		t.Errorf("countries with borders %v, want AAA only", countries)
	}
}

func lengthOf(l orb.LineString) float64 {
	d := 0.0
	for i := 1; i < len(l); i++ {
		dx, dy := l[i][0]-l[i-1][0], l[i][1]-l[i-1][1]
		if dx < 0 {
			dx = -dx
		}
		if dy < 0 {
			dy = -dy
		}
		d += dx + dy // axis-parallel edges only
	}
	return d
}

func TestBorderRuns(t *testing.T) {
	r := orb.Ring{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {3, 1}, {0, 0}}
	onX := func(a, b orb.Point) bool {
		return a[1] == 0 && b[1] == 0 && a[0] != 1 && b[0] != 1 || (a[0] >= 2 && b[0] >= 2)
	}
	runs := borderRuns(r, onX)
	// kept: 2-3 (x axis), 3,0-3,1 (x >= 2); not: 0-1, 1-2, 3,1-0,0.
	if len(runs) != 1 || len(runs[0]) != 3 {
		t.Fatalf("runs %v, want one of 3 points", runs)
	}
	if got := borderRuns(r, func(a, b orb.Point) bool { return false }); len(got) != 0 {
		t.Errorf("nothing kept: runs %v", got)
	}
	if got := borderRuns(r, func(a, b orb.Point) bool { return true }); len(got) != 1 || len(got[0]) != len(r) {
		t.Errorf("all kept: runs %v, want the whole ring", got)
	}
}

func TestReadRegionPolygons(t *testing.T) {
	dir := t.TempDir()
	fc := geojson.NewFeatureCollection()
	f := geojson.NewFeature(orb.Polygon{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}})
	f.Properties = geojson.Properties{"adm0_a3": "AAA", "iso_a2": "AA"}
	fc.Append(f)
	g := geojson.NewFeature(orb.MultiPolygon{{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}, {{{5, 5}, {6, 5}, {6, 6}, {5, 5}}}})
	g.Properties = geojson.Properties{"adm0_a3": "BBB", "iso_a2": "BB"}
	fc.Append(g)
	b, _ := fc.MarshalJSON()
	p := filepath.Join(dir, "r.geojson")
	os.WriteFile(p, b, 0o644)
	polys, err := readRegionPolygons(p, "adm0_a3", func(pr geojson.Properties) bool { return pr["iso_a2"] == "AA" })
	if err != nil {
		t.Fatal(err)
	}
	if len(polys) != 1 || polys[0].country != "BBB" || len(polys[0].rings) != 2 {
		t.Errorf("polygons %+v, want BBB's two rings only", polys)
	}

	line := geojson.NewFeature(orb.LineString{{0, 0}, {1, 1}})
	line.Properties = geojson.Properties{"adm0_a3": "CCC"}
	bad := geojson.NewFeatureCollection()
	bad.Append(line)
	b, _ = bad.MarshalJSON()
	os.WriteFile(p, b, 0o644)
	if _, err := readRegionPolygons(p, "adm0_a3", nil); err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "feature 0") {
		t.Errorf("lines: error %v, want one naming %s and feature 0", err, p)
	}
	os.WriteFile(p, []byte("{"), 0o644)
	if _, err := readRegionPolygons(p, "adm0_a3", nil); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("bad JSON: error %v, want one naming %s", err, p)
	}
}
