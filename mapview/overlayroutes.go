// Which routes a frame draws, in what order, and their direction arrows.

package mapview

import (
	"image/color"
	"math"
)

// focusRoute reports whether the frame highlights a route of its scene
// (the other routes are then dimmed and unlabelled).
func (f *frame) focusRoute() bool {
	return f.hiRoute != "" && f.scene.route(f.hiRoute) != nil
}

// maxDrawnRoutes is the most routes a frame draws: the highlighted one and
// the first others. A draft of thousands of articles can infer hundreds,
// which no reader can follow and which cost a frame seconds; the legend
// says how many are shown.
const maxDrawnRoutes = 40

// drawnRoutes are the routes the frame draws, in drawing order (see
// routesInOrder), at most maxDrawnRoutes with the highlighted one last.
func (f *frame) drawnRoutes() []*route {
	rs := f.routesInOrder()
	if len(rs) <= maxDrawnRoutes {
		return rs
	}
	if last := rs[len(rs)-1]; last.ID == f.hiRoute {
		return append(rs[:maxDrawnRoutes-1:maxDrawnRoutes-1], last)
	}
	return rs[:maxDrawnRoutes]
}

// routesInOrder is the scene's routes with the highlighted one last, so it
// is drawn over the dimmed others.
func (f *frame) routesInOrder() []*route {
	rs := make([]*route, 0, len(f.scene.routes))
	var hi *route
	for _, r := range f.scene.routes {
		if r.ID == f.hiRoute {
			hi = r
			continue
		}
		rs = append(rs, r)
	}
	if hi != nil {
		rs = append(rs, hi)
	}
	return rs
}

// arrows draws direction chevrons every ~150 pixels along a projected line.
func (rd *renderer) arrows(c *pcanvas, xs, ys []float32, s float32, edge, col color.Color) {
	const every = 150
	acc := float32(every / 2)
	type arr struct{ x, y, dx, dy float32 }
	var as []arr
	for i := 1; i < len(xs); i++ {
		dx, dy := xs[i]-xs[i-1], ys[i]-ys[i-1]
		l := float32(math.Hypot(float64(dx), float64(dy)))
		if l == 0 {
			continue
		}
		for acc+l >= every*s {
			t := (every*s - acc) / l
			as = append(as, arr{xs[i-1] + dx*t, ys[i-1] + dy*t, dx / l, dy / l})
			l -= every*s - acc
			xs0, ys0 := xs[i-1]+dx*t, ys[i-1]+dy*t
			dx, dy = xs[i]-xs0, ys[i]-ys0
			xs[i-1], ys[i-1] = xs0, ys0 // safe: caller does not reuse after
			acc = 0
		}
		acc += l
	}
	// Each arrow is filled on its own: one fill of all of them would
	// rasterize a mask as large as the route's bound.
	for _, a := range as {
		for pass, col := range []color.Color{edge, col} {
			k := float32(7)
			if pass == 0 {
				k = 9.5
			}
			nx, ny := -a.dy, a.dx
			c.begin()
			c.poly(a.x+a.dx*k*s, a.y+a.dy*k*s,
				a.x-a.dx*k*0.6*s+nx*k*0.8*s, a.y-a.dy*k*0.6*s+ny*k*0.8*s,
				a.x-a.dx*k*0.6*s-nx*k*0.8*s, a.y-a.dy*k*0.6*s-ny*k*0.8*s)
			c.fill(col)
		}
	}
}
