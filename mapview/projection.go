package mapview

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/project"
	"github.com/storylens/storylens/story"
)

// tileSize is the Web Mercator tile size in logical pixels: at zoom z the
// world is tileSize·2^z pixels wide (as orb/maptile and MapLibre).
const tileSize = 256

// mercHalf is half the Web Mercator world width in metres.
const mercHalf = 20037508.342789244

// Zoom limits of the map.
const (
	MinZoom = 2.0
	MaxZoom = 16.0
)

// merc projects lon/lat to normalized Web Mercator: x and y in [0, 1], y
// growing south, using orb/project.
func merc(p orb.Point) orb.Point {
	lat := math.Max(-85.05112878, math.Min(85.05112878, p[1]))
	m := project.WGS84.ToMercator(orb.Point{p[0], lat})
	return orb.Point{(m[0] + mercHalf) / (2 * mercHalf), (mercHalf - m[1]) / (2 * mercHalf)}
}

// unmerc is the inverse of merc.
func unmerc(n orb.Point) orb.Point {
	m := orb.Point{n[0]*2*mercHalf - mercHalf, mercHalf - n[1]*2*mercHalf}
	return project.Mercator.ToWGS84(m)
}

// view maps normalized Mercator coordinates to device pixels for a camera.
type view struct {
	center orb.Point // normalized Mercator
	zoom   float64
	w, h   int     // device pixels
	scale  float64 // device pixels per logical pixel
	world  float64 // world size in device pixels
}

func newView(c story.Camera, w, h int, scale float64) view {
	if scale <= 0 {
		scale = 1
	}
	return view{
		center: merc(orb.Point{c.Center[0], c.Center[1]}),
		zoom:   c.Zoom,
		w:      w, h: h, scale: scale,
		world: tileSize * math.Exp2(c.Zoom) * scale,
	}
}

// toPx maps a normalized Mercator point to device pixels.
func (v view) toPx(n orb.Point) (float64, float64) {
	return (n[0]-v.center[0])*v.world + float64(v.w)/2, (n[1]-v.center[1])*v.world + float64(v.h)/2
}

// lonLatToPx maps lon/lat to device pixels, at the copy of the world
// nearest the view's centre (see near).
func (v view) lonLatToPx(p orb.Point) (float64, float64) { return v.toPx(v.near(merc(p))) }

// near is normalized Mercator point n moved by whole worlds east or west to
// the copy nearest the view's centre: a place at 171°W is drawn east of a
// view centred on 175°E, not a world away.
func (v view) near(n orb.Point) orb.Point {
	n[0] -= math.Round(n[0] - v.center[0])
	return n
}

// copies are the whole-world shifts (in normalized Mercator x) at which a
// shape spanning minX..maxX (normalized, possibly beyond 0..1) overlaps the
// view widened by margin device pixels on each side, west first: one for a
// shape in view, two when the view shows it on both sides of a world seam,
// none when it is off screen.
func (v view) copies(minX, maxX, margin float64) []int {
	half := (float64(v.w)/2 + margin) / v.world
	lo := int(math.Ceil(v.center[0] - half - maxX))
	hi := int(math.Floor(v.center[0] + half - minX))
	if hi < lo {
		return nil
	}
	if hi-lo > 2 { // zoomed out far beyond one world (as baseTiles): three
		c := int(math.Round(v.center[0] - (minX+maxX)/2))
		lo, hi = c-1, c+1
	}
	out := make([]int, 0, hi-lo+1)
	for k := lo; k <= hi; k++ {
		out = append(out, k)
	}
	return out
}

// pxToLonLat maps device pixels to lon/lat.
func (v view) pxToLonLat(x, y float64) orb.Point {
	return unmerc(orb.Point{(x-float64(v.w)/2)/v.world + v.center[0], (y-float64(v.h)/2)/v.world + v.center[1]})
}

// metresPerPixel is the ground resolution at the view centre per device pixel.
func (v view) metresPerPixel() float64 {
	lat := unmerc(v.center)[1]
	return 2 * math.Pi * 6378137 * math.Cos(lat*math.Pi/180) / v.world
}

// fitCamera returns the camera that shows b (lon/lat) inside a w×h logical
// viewport with pad logical pixels of margin on each side.
func fitCamera(b orb.Bound, w, h, pad float64, maxZoom float64) story.Camera {
	a, c := merc(b.Min), merc(b.Max)
	dx, dy := math.Abs(c[0]-a[0]), math.Abs(c[1]-a[1])
	cx, cy := (a[0]+c[0])/2, (a[1]+c[1])/2
	aw, ah := math.Max(w-2*pad, 1), math.Max(h-2*pad, 1)
	z := maxZoom
	if dx > 0 || dy > 0 {
		zx, zy := math.Inf(1), math.Inf(1)
		if dx > 0 {
			zx = math.Log2(aw / (dx * tileSize))
		}
		if dy > 0 {
			zy = math.Log2(ah / (dy * tileSize))
		}
		z = math.Min(math.Min(zx, zy), maxZoom)
	}
	z = math.Max(MinZoom, math.Min(MaxZoom, z))
	ll := unmerc(orb.Point{cx, cy})
	return story.Camera{Center: [2]float64{ll[0], ll[1]}, Zoom: z}
}
