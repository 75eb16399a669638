package searoute

import (
	"fmt"
	"image"
	"image/draw"
	"math"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"golang.org/x/image/vector"

	"github.com/storylens/storylens/assets/basemap"
	"github.com/storylens/storylens/internal/pmtiles"
)

// Mask geometry: the zoom-5 tiles of the embedded basemap, each drawn into
// cellsPerTile×cellsPerTile cells, make a fine grid of fineN×fineN Web
// Mercator cells; a coarse cell is coarseK×coarseK fine cells.
const (
	maskZoom     = 5
	cellsPerTile = 128
	fineN        = cellsPerTile << maskZoom // 4096
	coarseK      = 4
	coarseN      = fineN / coarseK // 1024
)

// mask is the land mask: a bit per fine cell (1: land), and the coarse
// mask (1: no water in any of its fine cells).
type mask struct {
	fine   []uint64
	coarse []uint64
}

func (m *mask) land(i, j int) bool {
	k := j*fineN + i
	return m.fine[k>>6]>>(k&63)&1 == 1
}

func (m *mask) setWater(i, j int) {
	k := j*fineN + i
	m.fine[k>>6] &^= 1 << (k & 63)
}

func (m *mask) coarseLand(i, j int) bool {
	k := j*coarseN + i
	return m.coarse[k>>6]>>(k&63)&1 == 1
}

var (
	maskOnce sync.Once
	theMask  *mask
	maskErr  error
)

// landMask builds the mask once from the embedded basemap.
func landMask() (*mask, error) {
	maskOnce.Do(func() {
		rd, err := archive()
		if err != nil {
			maskErr = err
			return
		}
		theMask, maskErr = buildMask(rd)
	})
	return theMask, maskErr
}

func archive() (*pmtiles.Reader, error) {
	rd, err := basemap.Archive()
	if err != nil {
		return nil, fmt.Errorf("searoute: %w", err)
	}
	return rd, nil
}

// buildMask draws the land polygons (GSHHG level 1: land; lakes count as
// land, as no sea route crosses them) of every zoom-5 tile into the fine
// mask: a cell is land when land covers half of it or more. Tiles the
// archive lacks are open sea. It then carves the passages and derives the
// coarse mask.
func buildMask(rd *pmtiles.Reader) (*mask, error) {
	m := &mask{fine: make([]uint64, fineN*fineN/64), coarse: make([]uint64, coarseN*coarseN/64)}
	r := vector.NewRasterizer(cellsPerTile, cellsPerTile)
	alpha := image.NewAlpha(image.Rect(0, 0, cellsPerTile, cellsPerTile))
	for ty := uint32(0); ty < 1<<maskZoom; ty++ {
		for tx := uint32(0); tx < 1<<maskZoom; tx++ {
			data, ok, err := rd.Tile(maskZoom, tx, ty)
			if err != nil {
				return nil, fmt.Errorf("searoute: land mask: %w", err)
			}
			if !ok {
				continue
			}
			if !drawLand(r, data) {
				continue
			}
			r.DrawOp = draw.Src
			r.Draw(alpha, alpha.Bounds(), image.Opaque, image.Point{})
			for y := 0; y < cellsPerTile; y++ {
				for x := 0; x < cellsPerTile; x++ {
					if alpha.Pix[y*alpha.Stride+x] >= 128 {
						k := (int(ty)*cellsPerTile+y)*fineN + int(tx)*cellsPerTile + x
						m.fine[k>>6] |= 1 << (k & 63)
					}
				}
			}
		}
	}
	for _, p := range passages {
		for i := 1; i < len(p.line); i++ {
			m.carve(p.line[i-1], p.line[i])
		}
	}
	for cj := 0; cj < coarseN; cj++ {
		for ci := 0; ci < coarseN; ci++ {
			all := true
			for j := cj * coarseK; j < (cj+1)*coarseK && all; j++ {
				for i := ci * coarseK; i < (ci+1)*coarseK; i++ {
					if !m.land(i, j) {
						all = false
						break
					}
				}
			}
			if all {
				k := cj*coarseN + ci
				m.coarse[k>>6] |= 1 << (k & 63)
			}
		}
	}
	return m, nil
}

// drawLand adds the tile's land polygons to r (reset first), scaled from
// tile units to cells, and reports whether it has any. A tile that does
// not decode draws nothing (its cells stay sea).
func drawLand(r *vector.Rasterizer, data []byte) (drawn bool) {
	defer func() {
		if recover() != nil { // orb's decoder panics on some malformed tiles
			drawn = false
		}
	}()
	if len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
		var err error
		if data, err = pmtiles.Gunzip(data); err != nil {
			return false
		}
	}
	ls, err := mvt.Unmarshal(data)
	if err != nil {
		return false
	}
	r.Reset(cellsPerTile, cellsPerTile)
	for _, l := range ls {
		if l.Name != "earth" {
			continue
		}
		ext := float32(4096)
		if l.Extent > 0 {
			ext = float32(l.Extent)
		}
		s := cellsPerTile / ext
		for _, f := range l.Features {
			if !isLand(f.Properties["class"]) {
				continue
			}
			var polys []orb.Polygon
			switch g := f.Geometry.(type) {
			case orb.Polygon:
				polys = []orb.Polygon{g}
			case orb.MultiPolygon:
				polys = g
			}
			for _, p := range polys {
				for _, ring := range p {
					if len(ring) < 3 {
						continue
					}
					r.MoveTo(float32(ring[0][0])*s, float32(ring[0][1])*s)
					for _, q := range ring[1:] {
						r.LineTo(float32(q[0])*s, float32(q[1])*s)
					}
					r.ClosePath()
					drawn = true
				}
			}
		}
	}
	return drawn
}

// carve marks as water the fine cells on the Mercator segment a-b (and
// their 4-neighbours' gaps: a step that moves diagonally also clears one
// side, so the passage is open to 4- and 8-connected moves alike).
func (m *mask) carve(a, b orb.Point) {
	ax, ay := cellOf(a)
	bx, by := cellOf(b)
	n := int(math.Ceil(math.Max(math.Abs(bx-ax), math.Abs(by-ay))*2)) + 1
	pi, pj := -1, -1
	for s := 0; s <= n; s++ {
		t := float64(s) / float64(n)
		i, j := int(ax+(bx-ax)*t), int(ay+(by-ay)*t)
		i = (i%fineN + fineN) % fineN
		if j < 0 || j >= fineN {
			continue
		}
		m.setWater(i, j)
		if pi >= 0 && pi != i && pj != j {
			m.setWater(i, pj)
		}
		pi, pj = i, j
	}
}

// cellOf is the fine-grid position (fractional cells) of lon/lat p.
func cellOf(p orb.Point) (x, y float64) {
	mx, my := merc(p)
	return mx * fineN, my * fineN
}

// merc projects lon/lat to normalized Web Mercator (x, y in [0, 1], y
// growing south).
func merc(p orb.Point) (float64, float64) {
	lat := math.Max(-85.05112878, math.Min(85.05112878, p[1]))
	s := math.Sin(lat * math.Pi / 180)
	return (p[0] + 180) / 360, 0.5 - math.Log((1+s)/(1-s))/(4*math.Pi)
}

// unmerc is the inverse of merc.
func unmerc(x, y float64) orb.Point {
	return orb.Point{x*360 - 180, 180 / math.Pi * math.Atan(math.Sinh(math.Pi*(1-2*y)))}
}

// isLand reports whether an earth feature's class is 1 (GSHHG land), or
// absent (Protomaps-style land).
func isLand(v any) bool {
	switch c := v.(type) {
	case nil:
		return true
	case float64:
		return c == 1
	case int64:
		return c == 1
	case uint64:
		return c == 1
	case int:
		return c == 1
	}
	return false
}
