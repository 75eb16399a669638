package mapview

import (
	"fmt"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/storylens/storylens/internal/pmtiles"
)

// tpath is a ring or polyline of a decoded tile in tile units (0..extent,
// y growing south), as x0, y0, x1, y1, ..., with its bounding box for
// culling.
type tpath struct {
	pts                    []float32
	minX, minY, maxX, maxY float32
}

// Region borders are drawn from zoom regionZoom unless a tile's min_zoom
// says later (the embedded basemap's do, by the size of the regions; user
// archives have none); maxRegionZoom is the latest a border waits for.
const (
	regionZoom    = 4
	maxRegionZoom = 16
)

// Classes of the tiles' "earth" layer are GSHHG levels: 1 land, 2 lake,
// 3 island in a lake, 4 pond on such an island (earth on odd levels, water
// on even ones). maxLevel is the highest.
const maxLevel = 4

// ptile is one decoded basemap tile, ready to draw.
type ptile struct {
	z      uint8
	x, y   uint32
	extent float32
	// fills are the earth layer's rings by level (index 0 unused); coast
	// the same rings without the edges that lie on the tile border (cuts,
	// not shoreline).
	fills [maxLevel + 1][]tpath
	coast []tpath
	// borders are national borders (boundary class 2); regions are
	// first-level region borders (class 4) by the zoom they are drawn
	// from (their min_zoom; regionZoom when the tile has none).
	borders []tpath
	regions [maxRegionZoom + 1][]tpath
	// rivers by WDBII level 1-3 (index 0 unused).
	rivers [4][]tpath
	// water are water polygons of user archives (OpenMapTiles / Protomaps
	// "water" layers) drawn over the earth background.
	water []tpath
	// roads of user archives.
	roads []tpath
	// userSchema says the tile came from a user archive: earth background,
	// water on top.
	userSchema bool
	// bytes estimates the memory the tile holds (for the cache bound).
	bytes int64
	// err is set when the tile could not be read or decoded; such a tile
	// draws nothing and is not retried.
	err error
}

// decodeTile decodes an MVT tile (uncompressed or gzipped) of our schema
// (earth, boundary, waterway) or of the OpenMapTiles / Protomaps schemas
// (water, boundary/boundaries, transportation/roads, landuse ignored).
func decodeTile(z uint8, x, y uint32, data []byte) (t *ptile, err error) {
	// orb's MVT decoder indexes some malformed input out of range (a
	// one-byte tile, for one): a broken tile is an error, never a crash.
	defer func() {
		if r := recover(); r != nil {
			t, err = nil, fmt.Errorf("bad vector tile: %v", r)
		}
	}()
	if len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
		// Gzipped tiles in an archive that says they are not.
		if data, err = pmtiles.Gunzip(data); err != nil {
			return nil, err
		}
	}
	ls, err := mvt.Unmarshal(data)
	if err != nil {
		return nil, fmt.Errorf("bad vector tile: %w", err)
	}
	t = &ptile{z: z, x: x, y: y, extent: 4096}
	for _, l := range ls {
		if l.Extent > 0 {
			t.extent = float32(l.Extent)
		}
		for _, f := range l.Features {
			class := classOf(f.Properties["class"])
			switch l.Name {
			case "earth":
				if _, ok := f.Properties["class"]; !ok {
					class = 1 // Protomaps: land polygons, no class
				}
				if class < 1 || class > maxLevel {
					continue
				}
				for _, r := range ringsOf(f.Geometry) {
					t.fills[class] = append(t.fills[class], toPath(r))
					t.coast = append(t.coast, coastRuns(r, float64(t.extent))...)
				}
			case "water":
				t.userSchema = true
				for _, r := range ringsOf(f.Geometry) {
					t.water = append(t.water, toPath(r))
				}
			case "waterway":
				if f.Properties["class"] == "river" {
					class = 2 // OpenMapTiles
				}
				if class < 1 || class > 3 {
					class = 3
				}
				for _, l := range linesOf(f.Geometry) {
					t.rivers[class] = append(t.rivers[class], toPath(l))
				}
			case "boundary", "boundaries":
				lvl := classOf(f.Properties["admin_level"])
				if lvl == 0 {
					lvl = classOf(f.Properties["kind_detail"])
				}
				if class == 0 {
					class = lvl
				}
				mz := classOf(f.Properties["min_zoom"])
				if mz <= 0 {
					mz = regionZoom
				}
				mz = min(mz, maxRegionZoom)
				for _, l := range linesOf(f.Geometry) {
					if class <= 2 {
						t.borders = append(t.borders, toPath(l))
					} else if class <= 4 {
						t.regions[mz] = append(t.regions[mz], toPath(l))
					}
				}
			case "transportation", "roads":
				t.userSchema = true
				for _, l := range linesOf(f.Geometry) {
					t.roads = append(t.roads, toPath(l))
				}
			}
		}
	}
	t.bytes = t.size()
	return t, nil
}

// classOf reads a numeric property (MVT integers decode as float64 or
// int64/uint64; strings like "2" count too).
func classOf(v any) int {
	switch n := v.(type) {
	case float64:
		return int(n)
	case int64:
		return int(n)
	case uint64:
		return int(n)
	case int:
		return n
	case string:
		var i int
		fmt.Sscanf(n, "%d", &i)
		return i
	}
	return 0
}

// ringsOf is the rings of a polygon geometry, each closed: a ring whose
// ClosePath the tile left out ends where it began, as a polygon's boundary
// does, so that its coast runs are the same however the tile wrote it.
func ringsOf(g orb.Geometry) []orb.Ring {
	var out []orb.Ring
	switch g := g.(type) {
	case orb.Polygon:
		out = g
	case orb.MultiPolygon:
		for _, p := range g {
			out = append(out, p...)
		}
	}
	for i, r := range out {
		if len(r) > 1 && r[0] != r[len(r)-1] {
			out[i] = append(r[:len(r):len(r)], r[0])
		}
	}
	return out
}

func linesOf(g orb.Geometry) []orb.LineString {
	switch g := g.(type) {
	case orb.LineString:
		return []orb.LineString{g}
	case orb.MultiLineString:
		return g
	}
	return nil
}

func toPath[T ~[]orb.Point](pts T) tpath {
	p := tpath{pts: make([]float32, 0, 2*len(pts))}
	for i, q := range pts {
		x, y := float32(q[0]), float32(q[1])
		p.pts = append(p.pts, x, y)
		if i == 0 {
			p.minX, p.maxX, p.minY, p.maxY = x, x, y, y
		} else {
			p.minX, p.maxX = min(p.minX, x), max(p.maxX, x)
			p.minY, p.maxY = min(p.minY, y), max(p.maxY, y)
		}
	}
	return p
}

// coastRuns splits a ring into the runs of edges that are not on the tile
// border (where the generator cut the polygon).
func coastRuns(r orb.Ring, ext float64) []tpath {
	on := func(a, b orb.Point) bool {
		return (a[0] <= 0 && b[0] <= 0) || (a[0] >= ext && b[0] >= ext) ||
			(a[1] <= 0 && b[1] <= 0) || (a[1] >= ext && b[1] >= ext)
	}
	var out []tpath
	start := -1
	for i := 1; i < len(r); i++ {
		if on(r[i-1], r[i]) {
			if start >= 0 && i-start >= 2 {
				out = append(out, toPath(r[start:i]))
			}
			start = -1
			continue
		}
		if start < 0 {
			start = i - 1
		}
	}
	if start >= 0 && len(r)-start >= 2 {
		out = append(out, toPath(r[start:]))
	}
	return out
}

// size estimates the bytes a tile holds: 4 bytes a coordinate plus the
// slice and box overhead of each path.
func (t *ptile) size() int64 {
	var n int64 = 256
	add := func(ps []tpath) {
		for _, p := range ps {
			n += int64(4*cap(p.pts)) + 48
		}
	}
	for _, f := range t.fills {
		add(f)
	}
	for _, r := range t.rivers {
		add(r)
	}
	add(t.coast)
	add(t.borders)
	for _, r := range t.regions {
		add(r)
	}
	add(t.water)
	add(t.roads)
	return n
}
