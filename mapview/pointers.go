package mapview

import (
	"fmt"
	"image"
	"math"

	"github.com/paulmach/orb/geo"
)

// maxPointers caps the edge pointers a frame draws.
const maxPointers = 5

// pointer is an arrow at the map's edge towards a place out of view.
type pointer struct {
	id   string
	text string
	x, y float64 // the middle of the arrow's base, where its label goes, device pixels
	// tipX, tipY is the arrow's tip and box the bound of the arrow drawn
	// (its edge included), device pixels.
	tipX, tipY float64
	box        image.Rectangle
}

// pointers draws, at the edge of the view, an arrow towards each of the
// frame's outside places that is off screen (as Datawrapper's locator maps
// do for far-off places), and returns where to label them: "Washington
// 8,100 km", the great-circle distance from the view's centre. An arrow
// lies on the line from the view's centre towards its place; where that
// line meets one of the avoid boxes (the legend, the scale bar, the credit
// line) before the edge, the arrow stops short of the box, so that none is
// drawn under them and each still points the true way.
func (rd *renderer) pointers(c *pcanvas, f *frame, avoid []image.Rectangle) []pointer {
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
		// A dart pointing outwards (a notched triangle, which reads as
		// pointing one way at any angle), edged for contrast: l long, 2w
		// wide, its edge e from its axis at most.
		l, w, notch, edge := 14*s, 6.5*s, 4.5*s, 1.5*s
		e := w + edge
		t := edgeRay(cx, cy, dx, dy, cx-margin, cy-margin, avoid, e+2*s, l)
		if t <= 0 {
			continue // no room between the centre and a box the way it points
		}
		tx, ty := cx+dx*t, cy+dy*t
		ux, uy := dx/math.Hypot(dx, dy), dy/math.Hypot(dx, dy)
		bx, by := tx-ux*l, ty-uy*l
		dart := func(grow float64) []float64 {
			return []float64{tx + ux*2*grow, ty + uy*2*grow,
				bx - uy*(w+grow), by + ux*(w+grow),
				bx + ux*(notch-grow), by + uy*(notch-grow),
				bx + uy*(w+grow), by - ux*(w+grow)}
		}
		fill := func(pts []float64) {
			c.begin()
			p32 := make([]float32, len(pts))
			for i, v := range pts {
				p32[i] = float32(v)
			}
			c.poly(p32...)
		}
		outline := dart(edge)
		fill(outline)
		c.fill(f.pal.symbolEdge)
		fill(dart(0))
		col := f.pal.place
		if f.highlight[id] {
			col = f.pal.placeHi
		}
		c.fill(col)
		km := geo.DistanceHaversine(centre, p.LL) / 1000
		x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for i := 0; i < len(outline); i += 2 {
			x0, x1 = math.Min(x0, outline[i]), math.Max(x1, outline[i])
			y0, y1 = math.Min(y0, outline[i+1]), math.Max(y1, outline[i+1])
		}
		box := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1)))
		out = append(out, pointer{id: id, text: fmt.Sprintf("%s %s km", p.Name, thousands(km)), x: bx, y: by,
			tipX: tx, tipY: ty, box: box})
	}
	return out
}

// edgeRay returns how far (in units of (dx, dy)) an arrow's tip goes
// from the centre (cx, cy) along (dx, dy): to the view's edge inset to the
// half sizes hw × hh, or, when the ray enters one of the avoid boxes grown
// by clear before that, to where it enters it (a box holding the centre is
// ignored). The tip is kept at least length from the centre; 0 when the
// first box met leaves no room for that. An arrow whose every point lies
// within clear of the ray from the centre to its tip then stays outside
// every box.
func edgeRay(cx, cy, dx, dy, hw, hh float64, avoid []image.Rectangle, clear, length float64) float64 {
	t := math.Inf(1)
	if dx != 0 {
		t = math.Min(t, hw/math.Abs(dx))
	}
	if dy != 0 {
		t = math.Min(t, hh/math.Abs(dy))
	}
	for _, b := range avoid {
		if b.Empty() {
			continue
		}
		x0, y0 := float64(b.Min.X)-clear, float64(b.Min.Y)-clear
		x1, y1 := float64(b.Max.X)+clear, float64(b.Max.Y)+clear
		if cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1 {
			continue
		}
		if enter, ok := rayEnters(cx, cy, dx, dy, x0, y0, x1, y1); ok && enter < t {
			t = enter
		}
	}
	if math.IsInf(t, 1) || t*math.Hypot(dx, dy) < length {
		return 0
	}
	return t
}

// rayEnters returns where the ray (cx, cy) + t·(dx, dy), t > 0, first
// enters the box x0..x1 × y0..y1 (slab method), and whether it does.
func rayEnters(cx, cy, dx, dy, x0, y0, x1, y1 float64) (float64, bool) {
	lo, hi := 0.0, math.Inf(1)
	for _, a := range [2][4]float64{{cx, dx, x0, x1}, {cy, dy, y0, y1}} {
		p, d, from, to := a[0], a[1], a[2], a[3]
		if d == 0 {
			if p < from || p > to {
				return 0, false
			}
			continue
		}
		t0, t1 := (from-p)/d, (to-p)/d
		if t0 > t1 {
			t0, t1 = t1, t0
		}
		lo, hi = math.Max(lo, t0), math.Min(hi, t1)
		if lo > hi {
			return 0, false
		}
	}
	return lo, lo > 0
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
