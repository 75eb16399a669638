package mapview

import (
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
	// Controls are boxes, in logical pixels from the frame's top left, that
	// the toolkit draws over the map (zoom buttons): place labels and the
	// arrows to far-off places keep clear of them.
	Controls []image.Rectangle
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

	// tiles counts the tiles that arrived (decoded in the background): a
	// layer drawn before the last arrival is drawn again. (A flag cleared by
	// the next frame lost a tile that arrived while the full layer was
	// being drawn in a goroutine: that layer, installed later, kept the
	// gap until the view changed.)
	tiles atomic.Uint64

	// UI thread only.
	frames [2]*image.RGBA
	flip   int
	half   *image.RGBA
	base   baseLayer
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
		p.tiles.Add(1)
		p.redraw()
	}
	return p
}

// SetStory replaces the story (places from r when not nil), as SetScene of
// BuildScene(s, r) does, except that the routes whose lines the story shown
// before also had (an edited story shares what an edit left alone) keep
// their projection: after an edit, only what changed is projected again.
func (p *Painter) SetStory(s *story.Story, r *analysis.Report) {
	p.SetScene(&Scene{newSceneFrom(p.sceneNow(), s, r)})
}

// SetScene replaces the story with a scene built beforehand (BuildScene,
// on any goroutine), so that showing a big story costs the caller's thread
// no projection.
func (p *Painter) SetScene(built *Scene) {
	sc := built.scene()
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
	sc := p.sceneNow()
	if len(st.Moving) > 0 {
		sc = sc.moved(st.Moving)
	}
	f := &frame{view: newView(st.Camera, w, h, scale), pal: paletteFor(st.Dark), scene: sc,
		highlight: st.Highlight, hiRoute: st.Route, train: st.Train, legend: true, outside: st.Outside, lines: st.Lines}
	for _, r := range st.Controls {
		f.controls = append(f.controls, image.Rect(int(float64(r.Min.X)*scale), int(float64(r.Min.Y)*scale),
			int(math.Ceil(float64(r.Max.X)*scale)), int(math.Ceil(float64(r.Max.Y)*scale))))
	}
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
