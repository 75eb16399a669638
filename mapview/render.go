package mapview

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"sync/atomic"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/internal/workers"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
	"github.com/storylens/storylens/story/geoparse/fold"
)

// RenderOptions control a headless Render.
type RenderOptions struct {
	// Step is the 0-based step to show; -1 is the last step, -2 an overview
	// of all places.
	Step int
	// Width and Height are logical pixels (1280×800 when zero); the image
	// is Width·Scale × Height·Scale device pixels.
	Width, Height int
	// Scale is the device pixel ratio (1 when zero).
	Scale float64
	// Dark selects the dark palette.
	Dark bool
	// Camera overrides the step's camera.
	Camera *story.Camera
	// Bounds, when set (and Camera is not), is the lon/lat box to fit
	// instead of the step's view.
	Bounds *orb.Bound
	// Highlight overrides the step's highlighted place ids.
	Highlight []string
	// Title and Subtitle, when set, are printed in a band across the top of
	// the image (for publishing); the map fills the rest of Height.
	Title, Subtitle string
}

// frame is everything one drawing of the map needs besides the basemap.
type frame struct {
	view      view
	pal       *palette
	scene     *scene
	highlight map[string]bool
	hiRoute   string
	train     *orb.Point // train marker position (lon/lat), or nil
	legend    bool
	// outside are the places the view leaves out on purpose (far from the
	// rest): off screen, the map points to them from its edge.
	outside []string
	// lines are figure overlays (lon/lat), drawn dashed over the routes.
	lines []orb.LineString
}

// renderer draws frames; it keeps caches (text masks) between them.
type renderer struct {
	text *textCache
	// wake, when set, makes drawBase not wait for basemap tiles: it is
	// called (from another goroutine) when a missing tile is ready.
	wake       func()
	wakeQueued atomic.Bool
	// labelWait is true while a goroutine waits for the label index to
	// call wake.
	labelWait atomic.Bool
	// plain draws a plain canvas instead of the basemap, and no basemap
	// labels: the story's positions are on an image (story.MapIsImage).
	plain atomic.Bool
}

func newRenderer() *renderer { return &renderer{text: newTextCache()} }

// labelIndex is the basemap label index: built first (blocking) for
// headless renders; for the widget (wake set), nil until it is built in
// the background, which then calls wake.
func (rd *renderer) labelIndex() *labelIndex {
	if rd.plain.Load() {
		return nil
	}
	if rd.wake == nil {
		return loadLabels()
	}
	return rd.labelsNow(rd.wake)
}

// Render draws the map of story s (places from r when not nil) as step
// o.Step shows it, with legend, scale bar and attribution, headless.
func Render(s *story.Story, r *analysis.Report, o RenderOptions) (*image.RGBA, error) {
	if o.Width <= 0 {
		o.Width = 1280
	}
	if o.Height <= 0 {
		o.Height = 800
	}
	if o.Title != "" || o.Subtitle != "" {
		return renderWithTitle(s, r, o)
	}
	if o.Scale <= 0 {
		o.Scale = 1
	}
	if o.Width*o.Height > 1<<24 || o.Scale > 8 {
		return nil, fmt.Errorf("mapview: render size %dx%d at scale %g is too large", o.Width, o.Height, o.Scale)
	}
	sc := newScene(s, r)
	cam, hi, hr, err := sc.stepView(o.Step, float64(o.Width), float64(o.Height))
	if err != nil {
		return nil, err
	}
	switch {
	case o.Camera != nil:
		cam = *o.Camera
	case o.Bounds != nil:
		cam = fitCamera(*o.Bounds, float64(o.Width), float64(o.Height), 0, MaxZoom)
	}
	if o.Highlight != nil {
		hi = o.Highlight
	}
	step := o.Step
	if step == -1 {
		step = len(sc.steps) - 1
	}
	outside := sc.outside(step)
	w, h := int(math.Round(float64(o.Width)*o.Scale)), int(math.Round(float64(o.Height)*o.Scale))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	f := &frame{view: newView(cam, w, h, o.Scale), pal: paletteFor(o.Dark), scene: sc, highlight: set(hi), hiRoute: hr, legend: true, outside: outside}
	rd := newRenderer()
	rd.plain.Store(sc.imageMap)
	if err := rd.drawBase(img, f.view, f.pal); err != nil {
		return nil, err
	}
	rd.drawOverlay(img, f)
	return img, nil
}

// renderWithTitle draws o's title and subtitle in a band across the top
// and the map below it, the whole o.Width × o.Height.
func renderWithTitle(s *story.Story, r *analysis.Report, o RenderOptions) (*image.RGBA, error) {
	scale := o.Scale
	if scale <= 0 {
		scale = 1
	}
	rd := newRenderer()
	pal := paletteFor(o.Dark)
	var masks []*textMask
	if o.Title != "" {
		masks = append(masks, rd.text.get(o.Title, true, 18*scale))
	}
	if o.Subtitle != "" {
		masks = append(masks, rd.text.get(o.Subtitle, false, 12*scale))
	}
	pad := int(math.Round(10 * scale))
	band := pad
	for _, m := range masks {
		_, h := m.size()
		band += h + pad/2
	}
	band += pad / 2
	bandLogical := int(math.Ceil(float64(band) / scale))
	if o.Height-bandLogical < 100 {
		return nil, fmt.Errorf("map: %d pixels are too few for the title and a map; give at least %d", o.Height, bandLogical+100)
	}
	mo := o
	mo.Title, mo.Subtitle = "", ""
	mo.Height = o.Height - bandLogical
	m, err := Render(s, r, mo)
	if err != nil {
		return nil, err
	}
	w, h := m.Bounds().Dx(), m.Bounds().Dy()
	img := image.NewRGBA(image.Rect(0, 0, w, h+int(math.Round(float64(bandLogical)*scale))))
	bg := pal.panel
	bg.A = 255
	draw.Draw(img, img.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	y := pad
	for _, tm := range masks {
		drawText(img, tm, pad, y, pal.panelText, color.Transparent, 0)
		_, th := tm.size()
		y += th + pad/2
	}
	draw.Draw(img, image.Rect(0, img.Bounds().Dy()-h, w, img.Bounds().Dy()), m, image.Point{}, draw.Src)
	return img, nil
}

func set(ids []string) map[string]bool {
	m := map[string]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// stepView returns the camera, highlighted places and route of step i
// (-1 last, -2 overview) for a w×h logical viewport. A step without a
// camera frames its own places and route (the analysis report's view of
// it, which leaves far-off places outside); a step that names nothing
// frames the story's overview; a story with nothing to show, the world.
func (sc *scene) stepView(i int, w, h float64) (story.Camera, []string, string, error) {
	if i == -2 || len(sc.steps) == 0 {
		return sc.fit(-2, w, h, 60), nil, "", nil
	}
	if i == -1 {
		i = len(sc.steps) - 1
	}
	if i < 0 || i >= len(sc.steps) {
		return story.Camera{}, nil, "", fmt.Errorf("mapview: step %d out of range (the story has %d steps)", i+1, len(sc.steps))
	}
	st := sc.steps[i]
	rid := ""
	if st.Route != nil {
		rid = *st.Route
	}
	if st.Camera != nil {
		return *st.Camera, st.Places, rid, nil
	}
	return sc.fit(i, w, h, 80), st.Places, rid, nil
}

// fit is the camera that frames step i (-2: the overview), falling back to
// the overview and then to the world.
func (sc *scene) fit(i int, w, h, pad float64) story.Camera {
	if b, ok := sc.viewBound(i); ok {
		return fitCamera(b, w, h, pad, maxFitZoom(b))
	}
	if i != -2 {
		if b, ok := sc.viewBound(-2); ok {
			return fitCamera(b, w, h, pad, maxFitZoom(b))
		}
	}
	return worldCamera(w, h)
}

// maxFitZoom is how far a fitted view may zoom in: 12 for an area, 10 for
// a single point (a venue placed at its city): close enough to see where it
// is, far enough to see it among the places around.
func maxFitZoom(b orb.Bound) float64 {
	if b.Max[0]-b.Min[0] < 1e-3 && b.Max[1]-b.Min[1] < 1e-3 {
		return 10
	}
	return 12
}

// World is the view when there is nothing to show.
var World = orb.Bound{Min: orb.Point{-170, -58}, Max: orb.Point{190, 75}}

func worldCamera(w, h float64) story.Camera { return fitCamera(World, w, h, 0, 12) }

// drawBase draws the basemap (water, land, lakes, rivers, coastlines,
// borders) from the tiles covering v, in two horizontal bands drawn in
// parallel. When the renderer has a wake function (the widget), tiles not
// yet decoded are decoded in the background and wake is called when one is
// ready; otherwise (Render, exports) they are decoded first.
func (rd *renderer) drawBase(img *image.RGBA, v view, pal *palette) error {
	if rd.plain.Load() {
		draw.Draw(img, img.Bounds(), image.NewUniform(pal.earth), image.Point{}, draw.Src)
		return nil
	}
	src, err := currentBasemap()
	if err != nil {
		return err
	}
	var wake func()
	if rd.wake != nil {
		rd.wakeQueued.Store(false)
		wake = func() {
			if rd.wakeQueued.CompareAndSwap(false, true) {
				rd.wake()
			}
		}
	}
	tiles := baseTiles(src, v, wake)
	b := img.Bounds()
	if b.Dy() < 64 {
		drawTiles(img, v, pal, tiles)
		return nil
	}
	mid := b.Min.Y + b.Dy()/2
	bands := [2]image.Rectangle{image.Rect(b.Min.X, b.Min.Y, b.Max.X, mid), image.Rect(b.Min.X, mid, b.Max.X, b.Max.Y)}
	workers.Each(len(bands), len(bands), func(i int) {
		drawTiles(img.SubImage(bands[i]).(*image.RGBA), v, pal, tiles)
	})
	return nil
}

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

// drawOverlay draws routes, places, labels, the scale bar, the legend and
// the attribution line.
// decimated appends to xs, ys the pixel positions of line in view v,
// leaving out each point closer than tol pixels to the last one kept (the
// last point always stays): a long inferred route has thousands of points
// where the screen shows a few hundred, and drawing them all made a frame
// cost seconds on a 5,000-article story.
func decimated(xs, ys []float32, line []orb.Point, v view, tol float32) ([]float32, []float32) {
	for i, p := range line {
		x, y := v.toPx(p)
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

func (rd *renderer) drawOverlay(img *image.RGBA, f *frame) {
	c := newCanvas(img)
	defer c.release()
	v, pal, s := f.view, f.pal, f.view.scale
	sf := float32(s)
	bounds := img.Bounds()
	var reserved []image.Rectangle

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
		xs, ys = decimated(xs[:0], ys[:0], r.M, v, 1.5*sf) // a third of the thinnest line
		hi := f.hiRoute == r.ID
		draws = append(draws, routeDraw{r, clipPolyline(xs, ys, -m, -m, float32(v.w)+m, float32(v.h)+m), hi, focus && !hi})
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
			for _, id := range r.Stops {
				if p := f.scene.place(id); p != nil {
					x, y := v.toPx(p.M)
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

	// Figure overlays (FrameState.Lines): dashed in the colour of the
	// step's places (not the routes' red, so that a great circle is not
	// taken for a route), over a casing.
	for _, ln := range f.lines {
		xs, ys = xs[:0], ys[:0]
		for _, p := range ln {
			x, y := v.toPx(merc(p))
			xs, ys = append(xs, float32(x)), append(ys, float32(y))
		}
		m := 40 * sf
		pieces := clipPolyline(xs, ys, -m, -m, float32(v.w)+m, float32(v.h)+m)
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
	var cands []labelCand
	for _, p := range order {
		x, y := v.toPx(p.M)
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
			c.begin()
			c.star(fx, fy, fr+2.5*sf)
			c.fill(pal.symbolEdge)
			c.begin()
			c.star(fx, fy, fr)
			c.fill(pal.venue)
		case p.Kind == "institution":
			// A government seat named for its building (the White House,
			// the Kremlin): a quiet dot, not a venue.
			c.begin()
			c.circle(fx, fy, fr+1*sf)
			c.fill(pal.symbolEdge)
			c.begin()
			c.circle(fx, fy, fr)
			c.fill(pal.dim)
		case p.Kind == "station":
			c.begin()
			c.poly(fx-fr-1.5*sf, fy-fr-1.5*sf, fx+fr+1.5*sf, fy-fr-1.5*sf, fx+fr+1.5*sf, fy+fr+1.5*sf, fx-fr-1.5*sf, fy+fr+1.5*sf)
			c.fill(pal.symbolEdge)
			c.begin()
			c.poly(fx-fr, fy-fr, fx+fr, fy-fr, fx+fr, fy+fr, fx-fr, fy+fr)
			c.fill(col)
		case p.Kind == "city" || p.Kind == "town" || p.Kind == "capital" || p.Kind == "":
			c.begin()
			c.circle(fx, fy, fr+1.5*sf)
			c.fill(pal.symbolEdge)
			c.begin()
			c.circle(fx, fy, fr)
			c.fill(col)
		default: // island, river, bridge, region, ...: a diamond
			e := fr + 1.5*sf
			c.begin()
			c.poly(fx, fy-e-sf, fx+e+sf, fy, fx, fy+e+sf, fx-e-sf, fy)
			c.fill(pal.symbolEdge)
			c.begin()
			c.poly(fx, fy-fr-sf, fx+fr+sf, fy, fx, fy+fr+sf, fx-fr-sf, fy)
			c.fill(col)
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

	// Decorations first reserve their room so labels avoid them.
	pad := int(4 * s)
	ix := rd.labelIndex()
	scaleBox := image.Rectangle{}
	showScale := scaleIsTrue(v)
	if showScale {
		scaleBox = rd.scaleBar(img, v, pal, false)
	}
	// The credit line takes the room right of the scale bar.
	attr := rd.credit(f.scene, bounds.Max.X-max(scaleBox.Max.X, bounds.Min.X)-2*pad, s, ix != nil)
	aw, ah := attr.size()
	attrBox := image.Rect(bounds.Max.X-aw-2*pad, bounds.Max.Y-ah-pad, bounds.Max.X, bounds.Max.Y)
	legendBox := image.Rectangle{}
	if f.legend {
		legendBox = rd.legend(img, f, false)
	}
	reserved = append(reserved, attrBox, scaleBox, legendBox)

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
	for _, pt := range rd.pointers(c, f) {
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
	if showScale {
		rd.scaleBar(img, v, pal, true)
	}
	if f.legend {
		rd.legend(img, f, true)
	}
	c.rect(attrBox, pal.panel)
	drawText(img, attr, attrBox.Min.X+pad, attrBox.Min.Y+pad/2, pal.dim, color.Transparent, 0)
}

// Route label sizes (logical pixels): every route's name when no route is
// highlighted, and the highlighted route's name.
const (
	routeLabelSize   = 10.0
	routeLabelSizeHi = 12.0
)

// dimAlpha is the alpha of a route drawn behind the highlighted one.
func dimAlpha(a uint8) uint8 { return uint8(uint16(a) * 2 / 5) }

// focusRoute reports whether the frame highlights a route of its scene
// (the other routes are then dimmed and unlabelled).
func (f *frame) focusRoute() bool {
	return f.hiRoute != "" && f.scene.route(f.hiRoute) != nil
}

// routesInOrder is the scene's routes with the highlighted one last, so it
// is drawn over the dimmed others.
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

// sortBy sorts places by ascending priority (insertion sort: few places).
func sortBy(ps []*place, prio func(*place) float64) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && prio(ps[j]) < prio(ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
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

// scaleIsTrue reports whether one scale bar can stand for the whole view:
// in Web Mercator the ground distance per pixel changes with latitude, so
// a view whose top and bottom scales differ by more than 25 % (a continent,
// the world) gets none.
func scaleIsTrue(v view) bool {
	top, bottom := v.pxToLonLat(0, 0)[1], v.pxToLonLat(0, float64(v.h))[1]
	if math.Max(math.Abs(top), math.Abs(bottom)) > 84 {
		return false
	}
	ct, cb := math.Cos(top*math.Pi/180), math.Cos(bottom*math.Pi/180)
	if top*bottom < 0 { // the view spans the equator: widest scale at 0°
		cb = 1
		ct = math.Min(math.Cos(top*math.Pi/180), math.Cos(bottom*math.Pi/180))
	}
	return math.Max(ct, cb)/math.Min(ct, cb) <= 1.25
}

// niceLength returns the largest 1, 2 or 5 × 10^n not above x.
func niceLength(x float64) float64 {
	if x <= 0 {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{5, 2, 1} {
		if m*p <= x {
			return m * p
		}
	}
	return p
}

// scaleBar draws (when paint) a km and a mi bar in the bottom-left corner
// and returns its box.
func (rd *renderer) scaleBar(img *image.RGBA, v view, pal *palette, paint bool) image.Rectangle {
	if rd.plain.Load() {
		return image.Rectangle{} // positions on an image: no distance is true
	}
	s := v.scale
	mpp := v.metresPerPixel()
	maxPx := 110 * s
	km := niceLength(maxPx * mpp / 1000)
	mi := niceLength(maxPx * mpp / 1609.344)
	kmPx, miPx := km*1000/mpp, mi*1609.344/mpp
	tk := rd.text.get(fmtLen(km, "km"), false, 10*s)
	tm := rd.text.get(fmtLen(mi, "mi"), false, 10*s)
	tw, th := tk.size()
	tw2, _ := tm.size()
	pad := int(6 * s)
	x0 := pad + int(4*s)
	h := 2*th + pad*2
	w := int(math.Max(kmPx, miPx)) + max(tw, tw2) + 3*pad
	box := image.Rect(pad, img.Bounds().Max.Y-h-pad, pad+w, img.Bounds().Max.Y-pad)
	if !paint {
		return box
	}
	c := newCanvas(img)
	defer c.release()
	c.rect(box, pal.panel)
	lw := int(math.Max(1, 2*s))
	y1 := box.Min.Y + pad/2 + th/2
	y2 := y1 + th
	c.rect(image.Rect(x0, y1, x0+int(kmPx), y1+lw), pal.panelText)
	c.rect(image.Rect(x0, y1-int(3*s), x0+lw, y1+lw), pal.panelText)
	c.rect(image.Rect(x0+int(kmPx)-lw, y1-int(3*s), x0+int(kmPx), y1+lw), pal.panelText)
	c.rect(image.Rect(x0, y2, x0+int(miPx), y2+lw), pal.panelText)
	c.rect(image.Rect(x0, y2, x0+lw, y2+lw+int(3*s)), pal.panelText)
	c.rect(image.Rect(x0+int(miPx)-lw, y2, x0+int(miPx), y2+lw+int(3*s)), pal.panelText)
	drawText(img, tk, x0+int(kmPx)+pad/2, y1-th/2, pal.panelText, color.Transparent, 0)
	drawText(img, tm, x0+int(miPx)+pad/2, y2-th/2+lw, pal.panelText, color.Transparent, 0)
	return box
}

func fmtLen(v float64, unit string) string {
	if v < 1 {
		return fmt.Sprintf("%g %s", v, unit)
	}
	return fmt.Sprintf("%.0f %s", v, unit)
}

// legend draws (when paint) the legend in the top-left corner and returns
// its box. It lists only what the map shows.
func (rd *renderer) legend(img *image.RGBA, f *frame, paint bool) image.Rectangle {
	s := f.view.scale
	sf := float32(s)
	pal := f.pal
	type entry struct {
		label string
		kind  string
	}
	var es []entry
	kinds := map[string]bool{}
	for _, p := range f.scene.places {
		kinds[p.Kind] = true
		if p.Venue {
			kinds["venue"] = true
		}
		if p.Approximate && p.Precision != "" {
			kinds["approx-place"] = true
		}
	}
	if kinds["venue"] {
		es = append(es, entry{"Venue", "venue"})
	}
	if len(f.scene.places) > 0 {
		es = append(es, entry{"Place (size: mentions)", "place"})
	}
	if len(f.highlight) > 0 {
		es = append(es, entry{"In this step", "hi"})
	}
	if kinds["station"] {
		es = append(es, entry{"Station", "station"})
	}
	if kinds["approx-place"] {
		es = append(es, entry{"Position approximate (at its city)", "approx-place"})
	}
	exact, approx := false, false
	for _, r := range f.scene.routes {
		if r.Approximate {
			approx = true
		} else {
			exact = true
		}
	}
	if exact {
		es = append(es, entry{"Route", "route"})
	}
	if approx {
		es = append(es, entry{"Route (approximate)", "approx"})
	}
	if n := len(f.scene.routes); n > maxDrawnRoutes {
		es[len(es)-1].label += fmt.Sprintf(": %d of %d shown", maxDrawnRoutes, n)
	}
	if len(es) == 0 {
		return image.Rectangle{}
	}
	pad := int(8 * s)
	row := int(18 * s)
	tw := 0
	masks := make([]*textMask, len(es))
	for i, e := range es {
		masks[i] = rd.text.get(e.label, false, 11*s)
		w, _ := masks[i].size()
		tw = max(tw, w)
	}
	sym := int(26 * s)
	box := image.Rect(pad, pad, pad+2*pad+sym+tw, pad+2*pad/2+row*len(es)+pad/2)
	if !paint {
		return box
	}
	c := newCanvas(img)
	defer c.release()
	c.rect(box, pal.panel)
	for i, e := range es {
		cy := float32(box.Min.Y + pad/2 + row*i + row/2 + pad/4)
		cx := float32(box.Min.X + pad + sym/2)
		c.begin()
		switch e.kind {
		case "venue":
			c.star(cx, cy, 7*sf)
			c.fill(pal.venue)
		case "place":
			c.circle(cx-6*sf, cy, 3*sf)
			c.circle(cx+4*sf, cy, 6*sf)
			c.fill(pal.place)
		case "hi":
			c.circle(cx, cy, 5*sf)
			c.fill(pal.placeHi)
		case "approx-place":
			rd.halo(c, cx, cy, 7*sf, sf, pal.place)
			c.begin()
			c.circle(cx, cy, 3*sf)
			c.fill(pal.place)
		case "station":
			c.poly(cx-4*sf, cy-4*sf, cx+4*sf, cy-4*sf, cx+4*sf, cy+4*sf, cx-4*sf, cy+4*sf)
			c.fill(pal.place)
		case "route":
			c.segment(cx-11*sf, cy, cx+11*sf, cy, 3.5*sf)
			c.fill(pal.route)
		case "approx":
			c.dashed([]float32{cx - 11*sf, cx + 11*sf}, []float32{cy, cy}, 3.5*sf, 6*sf, 4*sf)
			c.fill(pal.route)
		}
		_, th := masks[i].size()
		drawText(img, masks[i], box.Min.X+pad+sym+pad/2, int(cy)-th/2, pal.panelText, color.Transparent, 0)
	}
	return box
}
