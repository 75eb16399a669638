package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/storylens/storylens/internal/safefile"
)

// dcwStates is where Debian's gmt-dcw lists the first-level regions it has.
const dcwStates = "/usr/share/gmt-dcw/dcw-states.txt"

// readDCWRegions returns the first-level region borders of the given
// countries (ISO codes) from DCW-GMT (Debian gmt-dcw, read with gmt coast
// -E). DCW has each region as a polygon, and neighbouring polygons do not
// share vertices, so the borders are found geometrically: a stretch of a
// region's outline within tolKm of another region's outline of the same
// country is a border between them (a coast or a national border is on
// one region's outline only); each border is on two outlines, so a
// stretch within tolKm of one kept before is dropped. The lines are
// lon/lat, each with the zoom it is drawn from (by the smaller of the
// region walked and the region found beside its middle point:
// regionMinZoom).
func readDCWRegions(gmt string, countries []string, tolKm float64) ([]borderLine, error) {
	states, err := listDCWStates(dcwStates)
	if err != nil {
		return nil, err
	}
	var out []borderLine
	for _, cc := range countries {
		if len(states[cc]) == 0 {
			return nil, fmt.Errorf("%s: no first-level regions of %q", dcwStates, cc)
		}
		var outlines [][]orb.LineString
		var sizes []float64
		all := newPointGrid(tolKm)
		for r, st := range states[cc] {
			pieces, err := runGMT(gmt, "-E"+cc+"."+st, "-M")
			if err != nil {
				return nil, err
			}
			var ls []orb.LineString
			for _, p := range pieces {
				ls = append(ls, p.Line)
				all.addLineTagged(p.Line, r)
			}
			outlines = append(outlines, ls)
			sizes = append(sizes, regionSize(ls))
		}
		kept := newPointGrid(tolKm)
		n := 0
		for r, ls := range outlines {
			for _, l := range ls {
				for _, run := range sharedRuns(l, r, all, kept) {
					kept.addLine(run)
					size := sizes[r]
					if o, ok := all.otherTag(run[len(run)/2], r); ok && o >= 0 {
						size = math.Min(size, sizes[o])
					}
					out = append(out, borderLine{run, regionMinZoom(size, midLat(run))})
					n++
				}
			}
		}
		fmt.Fprintf(os.Stderr, "DCW %s: %d regions, %d border lines\n", cc, len(states[cc]), n)
	}
	return out, nil
}

// Runs kept as region borders: at least minRunKm long, and a closed run
// (an enclave such as a capital city region) at least minLoopKm round.
const (
	minRunKm  = 8
	minLoopKm = 30
)

// sharedRuns splits the outline of region r into the runs of points near
// another region's outline (all, tagged by region) and not near a border
// kept before, and keeps those long enough (minRunKm, minLoopKm).
func sharedRuns(line orb.LineString, r int, all, kept *pointGrid) []orb.LineString {
	var runs []orb.LineString
	var cur orb.LineString
	flush := func() {
		if len(cur) >= 3 {
			km := lengthKm(cur)
			closed := distKm(cur[0], cur[len(cur)-1]) <= 2*all.tolKm
			if km >= minRunKm && (!closed || km >= minLoopKm) {
				runs = append(runs, cur)
			}
		}
		cur = nil
	}
	for _, p := range line {
		if !all.nearOther(p, r) || kept.near(p) {
			flush()
			continue
		}
		cur = append(cur, p)
	}
	flush()
	return runs
}

// listDCWStates reads gmt-dcw's list of regions: "CC CODE Name" lines.
func listDCWStates(path string) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("DCW regions (apt-get install gmt-dcw): %w", err)
	}
	defer f.Close()
	out := map[string][]string{}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.HasPrefix(t, "#") || strings.TrimSpace(t) == "" {
			continue
		}
		fs := strings.Fields(t)
		if len(fs) < 2 {
			return nil, fmt.Errorf("%s:%d: want country code, region code and name, got %q", path, line, t)
		}
		out[fs[0]] = append(out[fs[0]], fs[1])
	}
	return out, sc.Err()
}

// pointGrid answers "is any point (of another tag) within tol of p" for
// lon/lat points.
type pointGrid struct {
	tolKm  float64
	cellDg float64
	cells  map[[2]int32][]tagged
}

type tagged struct {
	p   orb.Point
	tag int
}

func newPointGrid(tolKm float64) *pointGrid {
	return &pointGrid{tolKm: tolKm, cellDg: tolKm / 111.32, cells: map[[2]int32][]tagged{}}
}

func (g *pointGrid) key(p orb.Point) [2]int32 {
	return [2]int32{int32(math.Floor(p[0] / g.cellDg)), int32(math.Floor(p[1] / g.cellDg))}
}

// addLine adds the line's points (tag -1), and points between them every
// half tol, so that a long straight segment is found near along its
// length.
func (g *pointGrid) addLine(l orb.LineString) { g.addLineTagged(l, -1) }

func (g *pointGrid) addLineTagged(l orb.LineString, tag int) {
	for i, p := range l {
		g.add(p, tag)
		if i == 0 {
			continue
		}
		q := l[i-1]
		d := math.Hypot(p[0]-q[0], p[1]-q[1])
		if n := int(d / (g.cellDg / 2)); n > 1 {
			for k := 1; k < n; k++ {
				t := float64(k) / float64(n)
				g.add(orb.Point{q[0] + (p[0]-q[0])*t, q[1] + (p[1]-q[1])*t}, tag)
			}
		}
	}
}

func (g *pointGrid) add(p orb.Point, tag int) {
	k := g.key(p)
	g.cells[k] = append(g.cells[k], tagged{p, tag})
}

// near reports whether a point of the grid is within tol of p (distances
// in a local equirectangular plane). Longitude cells are degrees, so at
// high latitudes more cells are looked at.
func (g *pointGrid) near(p orb.Point) bool { return g.nearOther(p, math.MinInt) }

// nearOther is near, for points whose tag is not tag.
func (g *pointGrid) nearOther(p orb.Point, tag int) bool {
	_, ok := g.otherTag(p, tag)
	return ok
}

// otherTag is the tag of a point within tol of p whose tag is not tag,
// and whether there is one.
func (g *pointGrid) otherTag(p orb.Point, tag int) (int, bool) {
	k := g.key(p)
	c := math.Max(math.Cos(p[1]*math.Pi/180), 0.05)
	span := int32(math.Ceil(1 / c))
	for dy := int32(-1); dy <= 1; dy++ {
		for dx := -span; dx <= span; dx++ {
			for _, q := range g.cells[[2]int32{k[0] + dx, k[1] + dy}] {
				if q.tag == tag {
					continue
				}
				x := (q.p[0] - p[0]) * 111.32 * c
				y := (q.p[1] - p[1]) * 111.32
				if x*x+y*y <= g.tolKm*g.tolKm {
					return q.tag, true
				}
			}
		}
	}
	return 0, false
}

// writeLinesGeoJSON writes region borders as a GeoJSON FeatureCollection,
// each with its min_zoom.
func writeLinesGeoJSON(path string, lines []borderLine) error {
	fc := geojson.NewFeatureCollection()
	for _, l := range lines {
		f := geojson.NewFeature(l.line)
		f.Properties["min_zoom"] = int(l.minZoom)
		fc.Append(f)
	}
	b, err := json.Marshal(fc)
	if err != nil {
		return err
	}
	return safefile.WriteFile(path, b, safefile.Options{Overwrite: true})
}

// distKm is the distance between two lon/lat points in a local
// equirectangular plane.
func distKm(a, b orb.Point) float64 {
	c := math.Cos((a[1] + b[1]) / 2 * math.Pi / 180)
	return math.Hypot((b[0]-a[0])*111.32*c, (b[1]-a[1])*111.32)
}

func lengthKm(l orb.LineString) float64 {
	d := 0.0
	for i := 1; i < len(l); i++ {
		d += distKm(l[i-1], l[i])
	}
	return d
}
