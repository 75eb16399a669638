package mapview

import (
	"fmt"
	"image"
	"image/draw"
	"log"
	"math"
	"sync"
	"sync/atomic"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// FrameState is what one frame of an interactive map shows.
type FrameState struct {
	Camera    story.Camera
	Dark      bool
	Highlight map[string]bool // place ids of the current step
	Route     string          // the current step's route id, or ""
	Train     *orb.Point      // a marker travelling along a route (lon/lat), or nil
	Outside   []string        // places the view points to from its edge
	// Panning is true while the user drags: the cached basemap layer is
	// re-blitted shifted instead of redrawn.
	Panning bool
	// Flying is true during an animation: the basemap is drawn at half
	// resolution, as detail cannot be seen while the zoom changes.
	Flying bool
	// Moving draws these places (id → lon/lat) where the user is dragging
	// them, not where the story has them.
	Moving map[string]orb.Point
	// Lines are drawn over the routes, dashed in the colour of the step's
	// places: a figure compared with the map (a great circle, lon/lat).
	Lines []orb.LineString
}

// Painter draws the frames of an interactive map, with no UI toolkit: it
// holds the story's scene, the renderer's caches, the basemap layer drawn
// for the last view (re-blitted while panning) and a full-resolution layer
// drawn in a goroutine the first time a size is seen. mapview/mapwidget
// wraps it in a Fyne widget; any other toolkit could.
//
// Paint is called from one goroutine (the UI thread); the other methods
// are safe from any goroutine.
type Painter struct {
	redraw func()
	rd     *renderer

	mu       sync.Mutex
	scene    *scene
	pending  *baseLayer // a layer drawAsync finished
	baseBusy bool
	waiting  bool

	stale atomic.Bool // a tile arrived: redraw the cached layer

	// UI thread only.
	frames [2]*image.RGBA
	flip   int
	half   *image.RGBA
	base   baseLayer
}

// baseLayer is a drawn basemap layer and the view it was drawn for.
type baseLayer struct {
	img    *image.RGBA
	center orb.Point // normalized Mercator
	zoom   float64
	dark   bool
	gen    uint64 // baseGen when drawn
}

// NewPainter returns a painter with no story. redraw (may be nil) is
// called, from any goroutine, when a new frame would show more: the
// basemap finished decoding, a tile arrived, or the full-resolution layer
// is ready. It starts decoding the basemap (Preload).
func NewPainter(redraw func()) *Painter {
	Preload()
	if redraw == nil {
		redraw = func() {}
	}
	p := &Painter{redraw: redraw, rd: newRenderer(), scene: newScene(nil, nil)}
	p.rd.wake = func() {
		p.stale.Store(true)
		p.redraw()
	}
	return p
}

// SetStory replaces the story (places from r when not nil).
func (p *Painter) SetStory(s *story.Story, r *analysis.Report) {
	sc := newScene(s, r)
	p.mu.Lock()
	p.scene = sc
	p.mu.Unlock()
	if p.rd.plain.Swap(sc.imageMap) != sc.imageMap {
		baseGen.Add(1) // the cached basemap is the wrong kind now
	}
}

func (p *Painter) sceneNow() *scene {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.scene
}

// StepView returns what step i (0-based; -1 the last, -2 the overview)
// shows in a w×h logical viewport: its camera, highlighted places and
// route, and the far-off places to point to from the edge.
func (p *Painter) StepView(i int, w, h float64) (cam story.Camera, places []string, route string, outside []string, err error) {
	sc := p.sceneNow()
	cam, places, route, err = sc.stepView(i, w, h)
	if err != nil {
		return cam, nil, "", nil, err
	}
	if i == -1 {
		i = len(sc.steps) - 1
	}
	return cam, places, route, sc.outside(i), nil
}

// Steps is the number of steps of the story.
func (p *Painter) Steps() int { return len(p.sceneNow().steps) }

// Paint draws a frame of w×h device pixels (scale device pixels per
// logical pixel) and returns it; the image is reused two frames later.
// It never waits for the basemap: until it is decoded the frame shows the
// sea with the places and routes, and redraw is called when it is ready.
func (p *Painter) Paint(w, h int, scale float64, st FrameState) *image.RGBA {
	if w <= 0 || h <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	if p.stale.Swap(false) {
		p.base.zoom = math.NaN()
	}
	sc := p.sceneNow()
	if len(st.Moving) > 0 {
		sc = sc.moved(st.Moving)
	}
	f := &frame{view: newView(st.Camera, w, h, scale), pal: paletteFor(st.Dark), scene: sc,
		highlight: st.Highlight, hiRoute: st.Route, train: st.Train, legend: true, outside: st.Outside, lines: st.Lines}
	// Two frame buffers, used in turn: a toolkit uploads a frame before
	// asking for the next one.
	p.flip = 1 - p.flip
	out := p.frames[p.flip]
	if out == nil || out.Bounds().Dx() != w || out.Bounds().Dy() != h {
		out = image.NewRGBA(image.Rect(0, 0, w, h))
		p.frames[p.flip] = out
	}
	switch {
	case !isBasemapReady():
		draw.Draw(out, out.Bounds(), image.NewUniform(f.pal.water), image.Point{}, draw.Src)
		p.whenBasemapReady()
	case st.Flying && w >= 64 && h >= 64:
		p.drawBaseHalf(out, f.view, f.pal)
	case !p.takePendingBase(out.Bounds()) && w >= 64 && h >= 64:
		// First frame at this size: a half-resolution basemap now and the
		// full one drawn in a goroutine (allocating and first touching the
		// buffers makes it the slowest frame), shown when ready.
		p.drawBaseHalf(out, f.view, f.pal)
		// Started after this frame's overlay, not to compete with it.
		defer p.drawBaseAsync(f.view, f.pal, st.Dark)
	default:
		p.drawBaseCached(out, f.view, f.pal, st.Dark, st.Panning)
	}
	p.rd.drawOverlay(out, f)
	return out
}

// FullResolution reports whether the next frame of w×h device pixels will
// have the full-resolution basemap (the first frame at a size has half).
func (p *Painter) FullResolution(w, h int) bool {
	r := image.Rect(0, 0, w, h)
	if p.base.img != nil && p.base.img.Bounds() == r {
		return true
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pending != nil && p.pending.img.Bounds() == r
}

// takePendingBase reports whether the cached basemap layer has the size r,
// installing the one drawBaseAsync finished if it has.
func (p *Painter) takePendingBase(r image.Rectangle) bool {
	if p.base.img != nil && p.base.img.Bounds() == r {
		return true
	}
	p.mu.Lock()
	pl := p.pending
	if pl == nil || pl.img.Bounds() != r {
		p.mu.Unlock()
		return false
	}
	p.pending = nil
	p.mu.Unlock()
	p.base = *pl
	return true
}

// drawBaseAsync draws the full-resolution basemap layer of v in a
// goroutine (one at a time) and asks for a redraw when it is done.
func (p *Painter) drawBaseAsync(v view, pal *palette, dark bool) {
	p.mu.Lock()
	if p.baseBusy {
		p.mu.Unlock()
		return
	}
	p.baseBusy = true
	p.mu.Unlock()
	go func() {
		img := image.NewRGBA(image.Rect(0, 0, v.w, v.h))
		gen := baseGen.Load()
		if err := p.rd.drawBase(img, v, pal); err != nil {
			logError(err)
		}
		p.mu.Lock()
		p.pending = &baseLayer{img: img, center: v.center, zoom: v.zoom, dark: dark, gen: gen}
		p.baseBusy = false
		p.mu.Unlock()
		p.redraw()
	}()
}

// isBasemapReady is basemapReady; tests replace it to draw a frame as if
// decoding were still running.
var isBasemapReady = basemapReady

// whenBasemapReady asks for a redraw once the basemap is decoded (once per
// wait).
func (p *Painter) whenBasemapReady() {
	Preload()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.waiting {
		return
	}
	p.waiting = true
	go func() {
		<-baseDone
		p.mu.Lock()
		p.waiting = false
		p.mu.Unlock()
		p.redraw()
	}()
}

// Waiting reports whether a redraw is scheduled for when the basemap is
// decoded.
func (p *Painter) Waiting() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.waiting
}

// drawBaseCached draws the basemap into out, re-blitting the cached layer
// shifted while panning at an unchanged zoom, and redrawing it otherwise.
func (p *Painter) drawBaseCached(out *image.RGBA, v view, pal *palette, dark, panning bool) {
	b := &p.base
	gen := baseGen.Load()
	same := b.img != nil && b.img.Bounds() == out.Bounds() && b.zoom == v.zoom && b.dark == dark && b.gen == gen
	if same && b.center == v.center {
		copy(out.Pix, b.img.Pix)
		return
	}
	if same && panning {
		x, y := v.toPx(b.center)
		dx, dy := int(math.Round(x-float64(v.w)/2)), int(math.Round(y-float64(v.h)/2))
		draw.Draw(out, out.Bounds(), image.NewUniform(pal.water), image.Point{}, draw.Src)
		draw.Draw(out, out.Bounds().Add(image.Pt(dx, dy)), b.img, image.Point{}, draw.Src)
		return
	}
	if b.img == nil || b.img.Bounds() != out.Bounds() {
		b.img = image.NewRGBA(out.Bounds())
	}
	if err := p.rd.drawBase(b.img, v, pal); err != nil {
		logError(err)
	}
	b.center, b.zoom, b.dark, b.gen = v.center, v.zoom, dark, gen
	copy(out.Pix, b.img.Pix)
}

// drawBaseHalf draws the basemap at half resolution and doubles it: a
// quarter of the work, for frames of a flight.
func (p *Painter) drawBaseHalf(out *image.RGBA, v view, pal *palette) {
	w, h := (v.w+1)/2, (v.h+1)/2
	if p.half == nil || p.half.Bounds().Dx() != w || p.half.Bounds().Dy() != h {
		p.half = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	hv := v
	hv.w, hv.h, hv.scale, hv.world = w, h, v.scale/2, v.world/2
	if err := p.rd.drawBase(p.half, hv, pal); err != nil {
		logError(err)
	}
	upscale2(out, p.half)
}

// upscale2 doubles src into dst (nearest neighbour).
func upscale2(dst, src *image.RGBA) {
	dw, dh := dst.Rect.Dx(), dst.Rect.Dy()
	for y := 0; y < dh; y++ {
		srow := src.Pix[(y/2)*src.Stride:]
		drow := dst.Pix[y*dst.Stride : y*dst.Stride+4*dw]
		if y%2 == 1 && y > 0 {
			copy(drow, dst.Pix[(y-1)*dst.Stride:(y-1)*dst.Stride+4*dw])
			continue
		}
		for x := 0; x < dw; x++ {
			copy(drow[4*x:4*x+4], srow[4*(x/2):4*(x/2)+4])
		}
	}
}

// Hit returns what lies under logical point (x, y) of a w×h viewport
// showing cam: ("place", id), ("route", id) or ("", "").
func (p *Painter) Hit(cam story.Camera, w, h, x, y float64) (kind, id string) {
	return hitTest(p.sceneNow(), newView(cam, int(w), int(h), 1), x, y)
}

// hitTest finds the place (nearest symbol within its radius plus a margin)
// or route (within a few pixels of a segment) at screen point (x, y).
func hitTest(sc *scene, v view, x, y float64) (string, string) {
	best, bestD := "", math.Inf(1)
	for _, p := range sc.places {
		px, py := v.toPx(p.M)
		d := math.Hypot(px-x, py-y)
		if d <= symbolRadius(p)*v.scale+5*v.scale && d < bestD {
			best, bestD = p.ID, d
		}
	}
	if best != "" {
		return "place", best
	}
	for _, r := range sc.routes {
		for i := 1; i < len(r.M); i++ {
			ax, ay := v.toPx(r.M[i-1])
			bx, by := v.toPx(r.M[i])
			if segDist(x, y, ax, ay, bx, by) <= 6*v.scale {
				return "route", r.ID
			}
		}
	}
	return "", ""
}

func segDist(x, y, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = math.Max(0, math.Min(1, ((x-ax)*dx+(y-ay)*dy)/l2))
	}
	return math.Hypot(x-(ax+t*dx), y-(ay+t*dy))
}

// Tooltip is the text shown over a place or route ("" for none).
func (p *Painter) Tooltip(kind, id string) string {
	sc := p.sceneNow()
	switch kind {
	case "place":
		if pl := sc.place(id); pl != nil {
			return tooltipPlace(pl)
		}
	case "route":
		if r := sc.route(id); r != nil {
			text := fmt.Sprintf("%s — %s, %.0f km", r.Name, r.Mode, r.length()/1000)
			if r.Approximate {
				text += " (approximate line)"
			}
			return text
		}
	}
	return ""
}

func tooltipPlace(p *place) string {
	kind := p.Kind
	if kind == "" {
		kind = "place"
	}
	s := fmt.Sprintf("%s — %s, %d mention", p.Name, kind, p.Mentions)
	if p.Mentions != 1 {
		s += "s"
	}
	if p.Approximate {
		s += " (approximate position)"
	}
	return s
}

// RouteAt is the point at fraction f (0..1) of route id's length, by
// great-circle distance; false when there is no such route.
func (p *Painter) RouteAt(id string, f float64) (orb.Point, bool) {
	r := p.sceneNow().route(id)
	if r == nil {
		return orb.Point{}, false
	}
	pt, _ := r.at(f)
	return pt, true
}

// logError reports a basemap error that cannot stop a frame.
var logError = func(err error) { log.Printf("mapview: basemap: %v", err) }
