package mapview

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"slices"

	"github.com/storylens/storylens/internal/workers"
)

// tileDraw is a decoded tile to draw, wrap whole worlds east (negative:
// west) of its place, for views across the antimeridian.
type tileDraw struct {
	t    *ptile
	wrap int
}

// tileZoom is the tile zoom drawn at view v: the view's zoom (one more on
// high-density screens), within the archive's zooms (overzoom beyond).
func tileZoom(v view, src *tileSource) uint8 {
	z := math.Floor(v.zoom + math.Log2(math.Max(v.scale, 1)) + 0.25)
	return uint8(math.Max(float64(src.minZ), math.Min(float64(src.maxZ), z)))
}

// maxViewTiles bounds the tiles one view draws.
const maxViewTiles = 1024

// baseTiles returns the tiles covering v. With wake nil, tiles that are not
// cached are read and decoded now (two at a time); otherwise they are
// requested in the background (wake is called when one is ready) and the
// nearest cached ancestor tile, if any, stands in for them.
func baseTiles(src *tileSource, v view, wake func()) []tileDraw {
	zt := tileZoom(v, src)
	n := 1 << zt
	fn := float64(n)
	x0 := (-float64(v.w)/2)/v.world + v.center[0]
	x1 := (float64(v.w)/2)/v.world + v.center[0]
	y0 := (-float64(v.h)/2)/v.world + v.center[1]
	y1 := (float64(v.h)/2)/v.world + v.center[1]
	tx0, tx1 := int(math.Floor(x0*fn)), int(math.Floor(x1*fn))
	ty0, ty1 := max(0, int(math.Floor(y0*fn))), min(n-1, int(math.Floor(y1*fn)))
	if tx1-tx0 >= 3*n { // zoomed out far beyond one world: draw three
		tx0, tx1 = -n, 2*n-1
	}
	if (tx1-tx0+1)*(ty1-ty0+1) > maxViewTiles {
		// A user archive whose lowest zoom is far above the view's.
		return nil
	}
	var out []tileDraw
	var missing []int // indexes into out of tiles still to load (sync)
	seen := map[tileKey]map[int]bool{}
	add := func(t *ptile, k tileKey, wrap int) {
		if seen[k] == nil {
			seen[k] = map[int]bool{}
		}
		if !seen[k][wrap] {
			seen[k][wrap] = true
			out = append(out, tileDraw{t, wrap})
		}
	}
	var keys []tileKey
	if wake != nil {
		src.cache.nextFrame()
	}
	for ty := ty0; ty <= ty1; ty++ {
		for tx := tx0; tx <= tx1; tx++ {
			wrap := int(math.Floor(float64(tx) / fn))
			k := tileKey{src, zt, uint32(tx - wrap*n), uint32(ty)}
			if t := src.cache.get(k); t != nil {
				add(t, k, wrap)
				continue
			}
			if wake == nil {
				missing = append(missing, len(out))
				keys = append(keys, k)
				out = append(out, tileDraw{nil, wrap})
				continue
			}
			src.cache.request(k, wake)
			for d := uint8(1); d <= 4 && zt >= src.minZ+d; d++ {
				ak := tileKey{src, zt - d, k.x >> d, k.y >> d}
				if t := src.cache.get(ak); t != nil {
					add(t, ak, wrap)
					break
				}
			}
		}
	}
	// Decoded on two workers (the project's pool): results land in their
	// own slots, so the order does not matter.
	workers.Each(len(missing), 2, func(i int) {
		out[missing[i]].t = src.cache.load(keys[i])
	})
	return out
}

// earthInOneFill reports whether drawTiles fills the earth of every GSHHG
// level in one pass at view v: where tiles are drawn at most 0.75 zooms
// beyond their own (tile zoom 8 and below), unless a test asks for the
// levels one by one (earthByLevel).
func earthInOneFill(v view) bool {
	return !earthByLevel && math.Log2(math.Max(v.scale, 1))+v.zoom < 8.75
}

// earthByLevel makes drawTiles paint the GSHHG levels one by one at every
// zoom (TestEarthInOneFill compares both ways).
var earthByLevel = false

// drawTiles draws the basemap tiles into img (the whole frame or a band of
// it; v maps to the frame's pixel coordinates): water, earth by GSHHG level,
// user water polygons, rivers, coastlines, roads, region and national
// borders.
func drawTiles(img *image.RGBA, v view, pal *palette, tiles []tileDraw) {
	bg := pal.water
	for _, td := range tiles {
		if td.t.userSchema {
			bg = pal.earth
			break
		}
	}
	draw.Draw(img, img.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	c := newCanvas(img)
	defer c.release()
	bb := img.Bounds()
	bx0, by0, bx1, by1 := float32(bb.Min.X), float32(bb.Min.Y), float32(bb.Max.X), float32(bb.Max.Y)
	type tproj struct {
		a, bx, by float32
		t         *ptile
	}
	var visible []tproj
	for _, td := range tiles {
		t := td.t
		n := float64(uint32(1) << t.z)
		size := v.world / n
		bx := (float64(t.x)/n+float64(td.wrap)-v.center[0])*v.world + float64(v.w)/2
		by := (float64(t.y)/n-v.center[1])*v.world + float64(v.h)/2
		if bx > float64(bx1) || by > float64(by1) || bx+size < float64(bx0) || by+size < float64(by0) {
			continue
		}
		visible = append(visible, tproj{float32(size / float64(t.extent)), float32(bx), float32(by), t})
	}
	var xs, ys []float32
	// project returns whether path p of tile tp is on the band (grown by m
	// pixels) and, if so, leaves its pixel coordinates in xs, ys.
	project := func(tp *tproj, p *tpath, m float32) bool {
		if p.maxX*tp.a+tp.bx < bx0-m || p.minX*tp.a+tp.bx > bx1+m || p.maxY*tp.a+tp.by < by0-m || p.minY*tp.a+tp.by > by1+m {
			return false
		}
		xs, ys = xs[:0], ys[:0]
		for i := 0; i+1 < len(p.pts); i += 2 {
			xs = append(xs, p.pts[i]*tp.a+tp.bx)
			ys = append(ys, p.pts[i+1]*tp.a+tp.by)
		}
		return true
	}
	fill := func(get func(t *ptile) []tpath, col color.Color) {
		c.begin()
		for i := range visible {
			tp := &visible[i]
			ps := get(tp.t)
			for j := range ps {
				if project(tp, &ps[j], 0) {
					c.ring(xs, ys)
				}
			}
		}
		c.fill(col)
	}
	stroke := func(get func(t *ptile) []tpath, w float32, col color.Color) {
		c.begin()
		for i := range visible {
			tp := &visible[i]
			ps := get(tp.t)
			for j := range ps {
				if project(tp, &ps[j], w) {
					c.polyline(xs, ys, w)
				}
			}
		}
		c.fill(col)
	}
	if earthInOneFill(v) {
		// The tiles are drawn at most 0.75 zooms beyond their own, where
		// their simplification (a quarter pixel) is out of sight: earth of
		// every GSHHG level in one fill, the rings of the even levels
		// (lakes, ponds) added the other way round so that they cut the
		// odd ones (land, islands in lakes) they lie in and the water
		// background shows through. One pass over the frame instead of
		// four: at zoom 3 the lakes of a continent made each fill as large
		// as the frame.
		c.begin()
		for i := range visible {
			tp := &visible[i]
			for lv := 1; lv <= maxLevel; lv++ {
				ps := tp.t.fills[lv]
				for j := range ps {
					if !project(tp, &ps[j], 0) {
						continue
					}
					if lv%2 == 0 {
						slices.Reverse(xs)
						slices.Reverse(ys)
					}
					c.ring(xs, ys)
				}
			}
		}
		c.fill(pal.earth)
	} else {
		// Overzoomed tiles: a lake ring simplified on its own could stray
		// a little beyond the shore it lies within, and a cut would show
		// there as land in the sea; the levels are painted in turn.
		for lv := 1; lv <= maxLevel; lv++ {
			col := pal.earth
			if lv%2 == 0 {
				col = pal.water
			}
			fill(func(t *ptile) []tpath { return t.fills[lv] }, col)
		}
	}
	fill(func(t *ptile) []tpath { return t.water }, pal.water)
	z := v.zoom
	s := float32(v.scale)
	if z >= 5 {
		rw := float32(0.9)
		if z >= 9 {
			rw = 1.4
		}
		maxRiver := 1
		if z >= 7 {
			maxRiver = 3
		} else if z >= 6 {
			maxRiver = 2
		}
		for r := 1; r <= maxRiver; r++ {
			stroke(func(t *ptile) []tpath { return t.rivers[r] }, rw*s, pal.river)
		}
	}
	if z >= 7 { // at small scales the land/water contrast is enough
		stroke(func(t *ptile) []tpath { return t.coast }, 0.8*s, pal.coast)
	}
	if z >= 9 {
		road := pal.earth
		road.R, road.G, road.B = min(255, road.R+24), min(255, road.G+24), min(255, road.B+24)
		stroke(func(t *ptile) []tpath { return t.roads }, 1.2*s, road)
	}
	// Region borders from their min_zoom: those that came in a zoom or
	// more ago in one stroke, those of the current whole zoom lighter and
	// thinner (fading in over the zoom), so that a world map is not busy
	// with small regions.
	if z >= regionZoom {
		zi := min(int(math.Floor(z)), maxRegionZoom)
		regions := func(lo, hi int, w float32, col color.Color) {
			c.begin()
			for i := range visible {
				tp := &visible[i]
				for mz := lo; mz <= hi; mz++ {
					ps := tp.t.regions[mz]
					for j := range ps {
						if project(tp, &ps[j], w) {
							c.polyline(xs, ys, w)
						}
					}
				}
			}
			c.fill(col)
		}
		rc := pal.border
		rc.A = 120
		if zi > 0 {
			regions(0, zi-1, 0.7*s, rc)
		}
		f := float32(z - float64(zi)) // 0..1 into the zoom
		if z >= maxRegionZoom+1 {
			f = 1
		}
		nc := rc
		nc.A = uint8(float32(rc.A) * (0.6 + 0.4*f))
		regions(zi, zi, (0.6+0.1*f)*s, nc)
	}
	stroke(func(t *ptile) []tpath { return t.borders }, 1.2*s, pal.border)
}
