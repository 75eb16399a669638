package mapview

import (
	"image"
	"image/color"
	"math"
	"strings"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/internal/sphere"
	"github.com/storylens/storylens/story/geoparse/fold"
)

// symbolRadius is a place symbol's radius in logical pixels: it grows with
// the square root of mentions, and the venue stands out.
func symbolRadius(p *place) float64 {
	r := 3.5 + 1.5*math.Sqrt(float64(p.Mentions))
	r = math.Min(r, 12)
	if p.Venue {
		r = math.Max(r+3, 9)
	}
	if p.Kind == "institution" {
		r = 3
	}
	if p.Kind == "country" {
		r = 0
	}
	return r
}

// decimated appends to xs, ys the pixel positions of line in view v,
// leaving out each point closer than tol pixels to the last one kept (the
// last point always stays): a long inferred route has thousands of points
// where the screen shows a few hundred, and drawing them all made a frame
// cost seconds on a 5,000-article story.
//
// The line is drawn wrap whole worlds east (negative: west) of where its
// normalized Mercator points are (see view.copies); the shift is made in
// float64, before the pixels are rounded to float32.
func decimated(xs, ys []float32, line []orb.Point, v view, wrap int, tol float32) ([]float32, []float32) {
	for i, p := range line {
		x, y := v.toPx(orb.Point{p[0] + float64(wrap), p[1]})
		fx, fy := float32(x), float32(y)
		if n := len(xs); n > 0 && i < len(line)-1 {
			dx, dy := fx-xs[n-1], fy-ys[n-1]
			if dx*dx+dy*dy < tol*tol {
				continue
			}
		}
		xs, ys = append(xs, fx), append(ys, fy)
	}
	return xs, ys
}

// drawOverlay draws routes, figure lines, places, the train marker, labels,
// the scale bar, the legend and the attribution line, in that order.
func (rd *renderer) drawOverlay(img *image.RGBA, f *frame) {
	c := newCanvas(img)
	defer c.release()
	v, pal, s := f.view, f.pal, f.view.scale
	bounds := img.Bounds()

	rd.drawRoutes(c, f)
	drawFigureLines(c, f)
	cands, reserved := rd.drawPlaces(c, f)
	drawTrain(c, f)
	focus := f.focusRoute()

	// Decorations first reserve their room so labels and edge pointers
	// avoid them.
	pad := int(4 * s)
	ix := rd.labelIndex()
	d := rd.decorations(img, f, ix != nil)
	avoid := d.avoid(f)
	reserved = append(reserved, avoid...)

	// Labels: places, then route names.
	type lbl struct {
		text string
		bold bool
		hi   bool
		m    *textMask
	}
	info := map[string]lbl{}
	for i := range cands {
		p := f.scene.place(cands[i].ID)
		hi := f.highlight[p.ID] || p.Venue
		name := p.Name
		if p.Kind == "country" {
			name = strings.ToUpper(name)
		}
		size := 12.0
		if hi {
			size = 13
		}
		m := rd.text.get(name, hi, size*s)
		cands[i].W, cands[i].H = m.size()
		info[p.ID] = lbl{name, hi, f.highlight[p.ID], m}
	}
	// Route names: only the highlighted route's when the step has one,
	// else every route's in a smaller size.
	for _, r := range f.scene.routes {
		if len(r.M) < 2 || (focus && r.ID != f.hiRoute) {
			continue
		}
		name := r.Name
		if r.Approximate {
			name += " (approx.)"
		}
		mid, _ := r.at(0.5)
		x, y := v.lonLatToPx(mid)
		size, prio := float64(routeLabelSize), 50.0
		if focus {
			size, prio = routeLabelSizeHi, 900
		}
		m := rd.text.get(name, focus, size*s)
		w, h := m.size()
		cands = append(cands, labelCand{ID: "route:" + r.ID, W: w, H: h, X: x, Y: y, Gap: 8 * s, Priority: prio})
		info["route:"+r.ID] = lbl{name, focus, focus, m}
	}
	for _, pt := range rd.pointers(c, f, avoid) {
		m := rd.text.get(pt.text, false, 11*s)
		w, h := m.size()
		cands = append(cands, labelCand{ID: "out:" + pt.id, W: w, H: h, X: pt.x, Y: pt.y, Gap: 9 * s, Priority: 950})
		info["out:"+pt.id] = lbl{pt.text, false, true, m}
	}
	placed := placeLabels(cands, bounds, reserved)
	// Basemap labels (gazetteer names by zoom) take the room left by the
	// story's symbols and labels, and are drawn under its labels.
	if ix != nil {
		taken := append([]image.Rectangle(nil), reserved...)
		skip := map[string]bool{}
		for _, pl := range placed {
			taken = append(taken, pl.Box)
		}
		for _, p := range f.scene.places {
			skip[fold.Key(p.Name)] = true
		}
		drawBaseLabels(img, c, pal, s, rd.placeBaseLabels(ix.inView(v), s, bounds, taken, skip))
	}
	for _, pl := range placed {
		l := info[pl.ID]
		col := pal.text
		if l.hi {
			col = pal.textHi
		}
		if strings.HasPrefix(pl.ID, "route:") {
			col = pal.route
		}
		drawText(img, l.m, pl.Box.Min.X, pl.Box.Min.Y, col, pal.halo, int(math.Max(1, 1.5*s)))
	}

	// Decorations on top.
	if d.showScale {
		rd.scaleBar(img, v, pal, true)
	}
	if f.legend {
		rd.legend(img, f, true)
	}
	c.rect(d.attr, pal.panel)
	drawText(img, d.credit, d.attr.Min.X+pad, d.attr.Min.Y+pad/2, pal.dim, color.Transparent, 0)
}

// decorations are the boxes of a frame's scale bar, credit line and legend.
type decorations struct {
	scale, attr, legend image.Rectangle
	showScale           bool
	credit              *textMask
}

// boxes are the decorations' boxes (an empty one for a decoration not
// drawn).
func (d decorations) boxes() []image.Rectangle {
	return []image.Rectangle{d.attr, d.scale, d.legend}
}

// avoid are the boxes labels and edge pointers keep clear of: the
// decorations' and the UI's controls over the map (frame.controls).
func (d decorations) avoid(f *frame) []image.Rectangle {
	return append(d.boxes(), f.controls...)
}

// decorations lays out f's scale bar (bottom left, when true at the
// view), credit line (bottom right, in the room right of the scale bar;
// names: the basemap's labels are drawn, so the gazetteer is credited) and
// legend (top left), without drawing them.
func (rd *renderer) decorations(img *image.RGBA, f *frame, names bool) decorations {
	v, s := f.view, f.view.scale
	bounds := img.Bounds()
	pad := int(4 * s)
	var d decorations
	d.showScale = scaleIsTrue(v)
	if d.showScale {
		d.scale = rd.scaleBar(img, v, f.pal, false)
	}
	d.credit = rd.credit(f.scene, bounds.Max.X-max(d.scale.Max.X, bounds.Min.X)-2*pad, s, names)
	aw, ah := d.credit.size()
	d.attr = image.Rect(bounds.Max.X-aw-2*pad, bounds.Max.Y-ah-pad, bounds.Max.X, bounds.Max.Y)
	if f.legend {
		d.legend = rd.legend(img, f, false)
	}
	return d
}

// drawRoutes draws the frame's routes: when the step highlights one, the
// others first, dimmed; then arrows and station dots.
func (rd *renderer) drawRoutes(c *pcanvas, f *frame) {
	v, pal, sf := f.view, f.pal, float32(f.view.scale)
	// Routes: when the step highlights one, the others are drawn first,
	// dimmed (thinner, translucent, no arrows or stops).
	focus := f.focusRoute()
	var xs, ys []float32
	type routeDraw struct {
		r       *route
		pieces  [][2][]float32
		hi, dim bool
	}
	draws := make([]routeDraw, 0, len(f.scene.routes))
	m := 40 * sf
	for _, r := range f.drawnRoutes() {
		// Each copy of the world in which the route is in view (two when
		// the view shows a leg on both sides of the antimeridian seam).
		var pieces [][2][]float32
		for _, k := range v.copies(r.minX, r.maxX, float64(m)) {
			xs, ys = decimated(xs[:0], ys[:0], r.M, v, k, 1.5*sf) // a third of the thinnest line
			pieces = append(pieces, clipPolyline(xs, ys, -m, -m, float32(v.w)+m, float32(v.h)+m)...)
		}
		hi := f.hiRoute == r.ID
		draws = append(draws, routeDraw{r, pieces, hi, focus && !hi})
	}
	// Consecutive routes drawn alike share one fill for their casings and
	// one for their lines (a 5,000-article draft has hundreds of routes: a
	// fill each made a frame cost seconds); arrows and stops follow.
	for i := 0; i < len(draws); {
		d := draws[i]
		j := i + 1
		for j < len(draws) && draws[j].hi == d.hi && draws[j].dim == d.dim && draws[j].r.Approximate == d.r.Approximate {
			j++
		}
		batch := draws[i:j]
		i = j
		w, casing := float32(3.5), float32(3.5)
		col, edge := pal.route, pal.casing
		switch {
		case d.hi:
			w, col = 5, pal.routeHi
		case d.dim:
			w, casing = 2, 2
			col.A, edge.A = dimAlpha(col.A), dimAlpha(edge.A)
		}
		c.begin()
		for _, b := range batch {
			for _, pc := range b.pieces {
				c.polyline(pc[0], pc[1], (w+casing)*sf)
			}
		}
		c.fill(edge)
		c.begin()
		for _, b := range batch {
			for _, pc := range b.pieces {
				if d.r.Approximate {
					c.dashed(pc[0], pc[1], w*sf, 12*sf, 7*sf)
				} else {
					c.polyline(pc[0], pc[1], w*sf)
				}
			}
		}
		c.fill(col)
		if d.dim {
			continue
		}
		for _, b := range batch {
			r := b.r
			for _, pc := range b.pieces {
				rd.arrows(c, pc[0], pc[1], sf, pal.casing, col)
			}
			// Station dots at the route's stops, each filled on its own (small
			// masks; see arrows).
			// Every copy in view, as the line's.
			for _, id := range r.Stops {
				p := f.scene.place(id)
				if p == nil {
					continue
				}
				for _, k := range v.copies(p.M[0], p.M[0], 10*float64(sf)) {
					x, y := v.toPx(orb.Point{p.M[0] + float64(k), p.M[1]})
					c.begin()
					c.circle(float32(x), float32(y), 4.5*sf)
					c.fill(col)
					c.begin()
					c.circle(float32(x), float32(y), 2.5*sf)
					c.fill(pal.casing)
				}
			}
		}
	}
}

// drawFigureLines draws the frame's figure overlays (FrameState.Lines).
func drawFigureLines(c *pcanvas, f *frame) {
	v, pal, sf := f.view, f.pal, float32(f.view.scale)
	// Figure overlays (FrameState.Lines): dashed in the colour of the
	// step's places (not the routes' red, so that a great circle is not
	// taken for a route), over a casing.
	for _, ln := range f.lines {
		// Continuous longitudes (the short arc over the antimeridian),
		// drawn in every copy of the world where it is in view.
		ms := make([]orb.Point, len(ln))
		minX, maxX := math.Inf(1), math.Inf(-1)
		prev := 0.0
		for i, p := range ln {
			if i > 0 {
				p[0] = sphere.Near(p[0], prev)
			}
			prev = p[0]
			ms[i] = merc(p)
			minX, maxX = math.Min(minX, ms[i][0]), math.Max(maxX, ms[i][0])
		}
		m := 40 * sf
		var pieces [][2][]float32
		for _, k := range v.copies(minX, maxX, float64(m)) {
			xs, ys := decimated(nil, nil, ms, v, k, 0.5*sf)
			pieces = append(pieces, clipPolyline(xs, ys, -m, -m, float32(v.w)+m, float32(v.h)+m)...)
		}
		c.begin()
		for _, pc := range pieces {
			c.polyline(pc[0], pc[1], 6*sf)
		}
		c.fill(pal.casing)
		c.begin()
		for _, pc := range pieces {
			c.dashed(pc[0], pc[1], 4*sf, 10*sf, 6*sf)
		}
		c.fill(pal.placeHi)
	}
}

// drawPlaces draws the place symbols and returns their label candidates
// and the rectangles the symbols take.
func (rd *renderer) drawPlaces(c *pcanvas, f *frame) (cands []labelCand, reserved []image.Rectangle) {
	v, pal, s := f.view, f.pal, f.view.scale
	sf := float32(s)
	// Places, least important first so important symbols are on top.
	order := make([]*place, 0, len(f.scene.places))
	order = append(order, f.scene.places...)
	prio := func(p *place) float64 {
		q := float64(p.Mentions)
		if p.Venue {
			q += 500
		}
		if f.highlight[p.ID] {
			q += 1000
		}
		return q
	}
	sortBy(order, prio)
	for _, p := range order {
		x, y := v.toPx(v.near(p.M))
		if x < -50 || y < -50 || x > float64(v.w)+50 || y > float64(v.h)+50 {
			continue
		}
		r := symbolRadius(p) * s
		hi := f.highlight[p.ID]
		col := pal.place
		if hi {
			col = pal.placeHi
		}
		fx, fy, fr := float32(x), float32(y), float32(r)
		switch {
		case r == 0:
		case p.Venue:
			edged(c, func(d float32) { c.star(fx, fy, fr+d) }, 2.5*sf, pal.symbolEdge, pal.venue)
		case p.Kind == "institution":
			// A government seat named for its building (the White House,
			// the Kremlin): a quiet dot, not a venue.
			edged(c, func(d float32) { c.circle(fx, fy, fr+d) }, 1*sf, pal.symbolEdge, pal.dim)
		case p.Kind == "station":
			edged(c, func(d float32) {
				c.poly(fx-fr-d, fy-fr-d, fx+fr+d, fy-fr-d, fx+fr+d, fy+fr+d, fx-fr-d, fy+fr+d)
			}, 1.5*sf, pal.symbolEdge, col)
		case p.Kind == "city" || p.Kind == "town" || p.Kind == "capital" || p.Kind == "":
			edged(c, func(d float32) { c.circle(fx, fy, fr+d) }, 1.5*sf, pal.symbolEdge, col)
		default: // island, river, bridge, region, ...: a diamond
			edged(c, func(d float32) {
				e := fr + d
				c.poly(fx, fy-e-sf, fx+e+sf, fy, fx, fy+e+sf, fx-e-sf, fy)
			}, 1.5*sf, pal.symbolEdge, col)
		}
		if p.Approximate && p.Precision != "" && r > 0 {
			// Placed at the place it is in, not surveyed: a dashed halo
			// says so (the user can pin it exactly).
			rd.halo(c, fx, fy, fr+5*sf, sf, col)
		}
		if r > 0 {
			ir := int(r + 1)
			reserved = append(reserved, image.Rect(int(x)-ir, int(y)-ir, int(x)+ir, int(y)+ir))
		}
		cands = append(cands, labelCand{ID: p.ID, X: x, Y: y, Gap: r + 4*s, Priority: prio(p)})
	}
	return cands, reserved
}

// drawTrain draws the train marker, if the frame has one.
func drawTrain(c *pcanvas, f *frame) {
	v, pal, sf := f.view, f.pal, float32(f.view.scale)
	// Train marker.
	if f.train != nil {
		x, y := v.lonLatToPx(*f.train)
		c.begin()
		c.circle(float32(x), float32(y), 9*sf)
		c.fill(pal.casing)
		c.begin()
		c.circle(float32(x), float32(y), 6.5*sf)
		c.fill(pal.routeHi)
		c.begin()
		c.poly(float32(x)-3*sf, float32(y)-3*sf, float32(x)+3*sf, float32(y)-3*sf, float32(x)+3*sf, float32(y)+3*sf, float32(x)-3*sf, float32(y)+3*sf)
		c.fill(pal.casing)
	}
}

// Route label sizes (logical pixels): every route's name when no route is
// highlighted, and the highlighted route's name.
const (
	routeLabelSize   = 10.0
	routeLabelSizeHi = 12.0
)

// edged fills a place symbol with an edge: shape(d) adds the symbol's
// outline grown by d pixels; it is filled grown by extra in edge, then as it
// is in col.
func edged(c *pcanvas, shape func(d float32), extra float32, edge, col color.Color) {
	c.begin()
	shape(extra)
	c.fill(edge)
	c.begin()
	shape(0)
	c.fill(col)
}

// dimAlpha is the alpha of a route drawn behind the highlighted one.
func dimAlpha(a uint8) uint8 { return uint8(uint16(a) * 2 / 5) }

// sortBy sorts places by ascending priority (insertion sort: few places).
func sortBy(ps []*place, prio func(*place) float64) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && prio(ps[j]) < prio(ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}
