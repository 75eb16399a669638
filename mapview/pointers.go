package mapview

import (
	"fmt"
	"math"

	"github.com/paulmach/orb/geo"
)

// maxPointers caps the edge pointers a frame draws.
const maxPointers = 5

// pointer is an arrow at the map's edge towards a place out of view.
type pointer struct {
	id   string
	text string
	x, y float64 // the arrow's tip, device pixels
}

// pointers draws, at the edge of the view, an arrow towards each of the
// frame's outside places that is off screen (as Datawrapper's locator maps
// do for far-off places), and returns where to label them: "Washington
// 8,100 km", the great-circle distance from the view's centre.
func (rd *renderer) pointers(c *pcanvas, f *frame) []pointer {
	v, s := f.view, f.view.scale
	cx, cy := float64(v.w)/2, float64(v.h)/2
	margin := 16 * s
	centre := v.pxToLonLat(cx, cy)
	var out []pointer
	for _, id := range f.outside {
		if len(out) == maxPointers {
			break
		}
		p := f.scene.place(id)
		if p == nil {
			continue
		}
		x, y := v.toPx(v.near(p.M))
		if x >= 0 && y >= 0 && x <= float64(v.w) && y <= float64(v.h) {
			continue
		}
		dx, dy := x-cx, y-cy
		// The shorter way round the world, east or west.
		if alt := dx - math.Copysign(v.world, dx); math.Abs(alt) < math.Abs(dx) {
			dx = alt
		}
		if dx == 0 && dy == 0 {
			continue
		}
		hw, hh := cx-margin, cy-margin
		t := math.Inf(1)
		if dx != 0 {
			t = math.Min(t, hw/math.Abs(dx))
		}
		if dy != 0 {
			t = math.Min(t, hh/math.Abs(dy))
		}
		tx, ty := cx+dx*t, cy+dy*t
		ux, uy := dx/math.Hypot(dx, dy), dy/math.Hypot(dx, dy)
		// A triangle pointing outwards, edged for contrast.
		l, w := 13*s, 6*s
		bx, by := tx-ux*l, ty-uy*l
		tri := func(grow float64) {
			c.begin()
			c.poly(float32(tx+ux*grow), float32(ty+uy*grow),
				float32(bx-uy*(w+grow)), float32(by+ux*(w+grow)),
				float32(bx+uy*(w+grow)), float32(by-ux*(w+grow)))
		}
		tri(1.5 * s)
		c.fill(f.pal.symbolEdge)
		tri(0)
		col := f.pal.place
		if f.highlight[id] {
			col = f.pal.placeHi
		}
		c.fill(col)
		km := geo.DistanceHaversine(centre, p.LL) / 1000
		out = append(out, pointer{id: id, text: fmt.Sprintf("%s %s km", p.Name, thousands(km)), x: bx, y: by})
	}
	return out
}

// thousands formats a distance in km: 3 significant digits at most, with
// thousands separators ("8,100", "640", "12").
func thousands(km float64) string {
	if km >= 1000 {
		r := math.Round(km/100) * 100
		return fmt.Sprintf("%d,%03d", int(r)/1000, int(r)%1000)
	}
	if km >= 100 {
		return fmt.Sprintf("%d", int(math.Round(km/10)*10))
	}
	return fmt.Sprintf("%d", int(math.Round(km)))
}

// halo draws a dashed ring of radius r around (x, y): the mark of a
// position placed at the place it is in, not surveyed.
func (rd *renderer) halo(c *pcanvas, x, y, r, sf float32, col interface{ RGBA() (r, g, b, a uint32) }) {
	const n = 48
	xs, ys := make([]float32, n+1), make([]float32, n+1)
	for i := 0; i <= n; i++ {
		a := 2 * math.Pi * float64(i) / n
		xs[i], ys[i] = x+r*float32(math.Cos(a)), y+r*float32(math.Sin(a))
	}
	c.begin()
	c.dashed(xs, ys, 1.6*sf, 4*sf, 3*sf)
	c.fill(col)
}

// credit is the credit line's text mask: the long attribution when it fits
// in width device pixels, else the short one, in a smaller size if need be
// (never below 7 logical pixels). names is true when the frame draws the
// basemap's labels (from the gazetteer).
func (rd *renderer) credit(sc *scene, width int, s float64, names bool) *textMask {
	m := rd.text.get(sc.attribution(names), false, 10*s)
	if w, _ := m.size(); w <= width {
		return m
	}
	short := sc.shortAttribution(names)
	for size := 10.0; ; size-- {
		m = rd.text.get(short, false, size*s)
		if w, _ := m.size(); w <= width || size <= 7 {
			return m
		}
	}
}
