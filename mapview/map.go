package mapview

import (
	"fmt"
	"image"
	"image/draw"
	"math"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// Map is the interactive map widget: drag to pan, wheel or double-click to
// zoom, +/−/reset buttons, hover tooltips, taps on places and routes
// reported through callbacks, animated FlyTo and a travelling train marker.
type Map struct {
	widget.BaseWidget

	mu        sync.Mutex
	story     *story.Story
	report    *analysis.Report
	scene     *scene
	cam       story.Camera // shown now
	target    story.Camera // where an animation ends
	highlight map[string]bool
	hiRoute   string
	outside   []string // places the current view points to from its edge
	train     *orb.Point
	dragging  bool
	flying    bool // a FlyTo animation is running: draw a cheaper basemap
	hover     string
	// darkSet overrides the theme variant with dark when true (SetDark,
	// WithDark); otherwise the app's theme variant decides.
	darkSet, dark bool

	onPlace, onRoute func(id string)

	rd     *renderer
	raster *canvas.Raster
	tip    *widget.Label
	tipBg  *canvas.Rectangle
	fly    *fyne.Animation
	trainA *fyne.Animation
	// fitStep is the step (-2: overview) whose fitted view the camera
	// shows, refitted when the widget is resized; nil once the user moved.
	fitStep *int

	frames [2]*image.RGBA
	// waiting is set while a goroutine waits for the basemap to redraw.
	waiting bool
	half    *image.RGBA // half-resolution basemap during flights
	flip    int

	// base caches the basemap layer drawn for one zoom and size; pan frames
	// re-blit it shifted. UI thread only.
	base baseLayer
	// pending is a layer drawBaseAsync finished (under mu), baseBusy set
	// while it draws.
	pending  *baseLayer
	baseBusy bool
}

// baseLayer is a drawn basemap layer and the view it was drawn for.
type baseLayer struct {
	img    *image.RGBA
	center orb.Point // normalized Mercator
	zoom   float64
	dark   bool
}

// Option configures a Map.
type Option func(*Map)

// WithStory sets the story (and its analysis report, which may be nil).
func WithStory(s *story.Story, r *analysis.Report) Option {
	return func(m *Map) { m.setStory(s, r) }
}

// OnPlaceTapped sets the callback for a tap on a place.
func OnPlaceTapped(f func(placeID string)) Option { return func(m *Map) { m.onPlace = f } }

// OnRouteTapped sets the callback for a tap on a route.
func OnRouteTapped(f func(routeID string)) Option { return func(m *Map) { m.onRoute = f } }

// WithDark draws the map with the dark (true) or light palette whatever
// the Fyne theme variant is, as SetDark.
func WithDark(dark bool) Option { return func(m *Map) { m.darkSet, m.dark = true, dark } }

// SetDark draws the map with the dark (true) or light palette from now on,
// overriding the Fyne theme variant (which decides until SetDark is first
// called), and redraws. Apps with their own light/dark toggle call it when
// the toggle changes. Safe from any goroutine.
func (m *Map) SetDark(dark bool) {
	m.mu.Lock()
	m.darkSet, m.dark = true, dark
	m.mu.Unlock()
	m.refresh()
}

// isDark reports whether to draw the dark palette: SetDark's choice, else
// the current app's theme variant. Called without m.mu held.
func (m *Map) isDark() bool {
	m.mu.Lock()
	set, dark := m.darkSet, m.dark
	m.mu.Unlock()
	if set {
		return dark
	}
	return fyne.CurrentApp() != nil && fyne.CurrentApp().Settings().ThemeVariant() == theme.VariantDark
}

// New returns a map showing the region until a story is set.
//
// New starts decoding the basemap in the background (see Preload); until
// it is ready the map draws sea, places and routes, then redraws itself.
func New(opts ...Option) *Map {
	Preload()
	ov := -2
	m := &Map{rd: newRenderer(), highlight: map[string]bool{}, scene: newScene(nil, nil), fitStep: &ov}
	m.cam = worldCamera(800, 600)
	m.target = m.cam
	m.raster = canvas.NewRaster(m.generate)
	m.rd.wake = m.tileReady
	m.tip = widget.NewLabel("")
	m.tipBg = canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	m.tip.Hide()
	m.tipBg.Hide()
	for _, o := range opts {
		o(m)
	}
	m.ExtendBaseWidget(m)
	return m
}

func (m *Map) setStory(s *story.Story, r *analysis.Report) {
	m.mu.Lock()
	m.story, m.report = s, r
	m.scene = newScene(s, r)
	m.highlight = map[string]bool{}
	m.hiRoute = ""
	m.outside = m.scene.outside(-2)
	m.train = nil
	m.mu.Unlock()
}

// SetStory replaces the story and shows an overview of its places.
func (m *Map) SetStory(s *story.Story, r *analysis.Report) {
	m.setStory(s, r)
	m.jump(m.overview())
	m.setFit(-2)
}

// setFit records that the camera shows step i's fitted view (i < -2: the
// user moved the camera).
func (m *Map) setFit(i int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if i < -2 {
		m.fitStep = nil
		return
	}
	m.fitStep = &i
}

// viewport is the widget's logical size (a default before layout).
func (m *Map) viewport() (float64, float64) {
	sz := m.Size()
	if sz.Width < 10 || sz.Height < 10 {
		return 800, 600
	}
	return float64(sz.Width), float64(sz.Height)
}

func (m *Map) overview() story.Camera {
	w, h := m.viewport()
	m.mu.Lock()
	defer m.mu.Unlock()
	c, _, _, _ := m.scene.stepView(-2, w, h)
	return c
}

// ShowStep flies to step i's camera (or fits its places and route) and
// highlights its places and route.
func (m *Map) ShowStep(i int) {
	w, h := m.viewport()
	m.mu.Lock()
	c, hi, rid, err := m.scene.stepView(i, w, h)
	if err == nil {
		if i == -1 {
			i = len(m.scene.steps) - 1
		}
		m.outside = m.scene.outside(i)
	}
	m.mu.Unlock()
	if err != nil {
		fyne.LogError("mapview: ShowStep", err)
		return
	}
	m.Highlight(hi, rid)
	m.flyTo(c)
	m.setFit(i)
}

// Highlight marks places and a route (empty: none) as the current step's.
func (m *Map) Highlight(placeIDs []string, routeID string) {
	m.mu.Lock()
	m.highlight = set(placeIDs)
	m.hiRoute = routeID
	m.mu.Unlock()
	m.refresh()
}

// FlyTo animates the camera to c in about a second along a zoom-out,
// zoom-in path.
func (m *Map) FlyTo(c story.Camera) {
	m.setFit(-3)
	m.flyTo(c)
}

func (m *Map) flyTo(c story.Camera) {
	c.Zoom = clampZoom(c.Zoom)
	m.mu.Lock()
	from := m.cam
	m.target = c
	if m.fly != nil {
		m.fly.Stop()
	}
	w, h := m.viewportLocked()
	path := flyPath(from, c, math.Max(w, h))
	a := fyne.NewAnimation(time.Second, func(t float32) {
		m.mu.Lock()
		m.cam = path(float64(t))
		m.flying = t < 1
		m.mu.Unlock()
		m.raster.Refresh()
	})
	a.Curve = fyne.AnimationEaseInOut
	m.fly = a
	m.mu.Unlock()
	a.Start()
}

func (m *Map) viewportLocked() (float64, float64) {
	m.mu.Unlock()
	defer m.mu.Lock()
	return m.viewport()
}

// FitBounds flies to show b (lon/lat).
func (m *Map) FitBounds(b orb.Bound) {
	w, h := m.viewport()
	m.FlyTo(fitCamera(b, w, h, 60, 14))
}

// Camera returns the current camera, or the target while animating.
func (m *Map) Camera() story.Camera {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.target
}

// jump sets the camera without animation.
func (m *Map) jump(c story.Camera) {
	c.Zoom = clampZoom(c.Zoom)
	m.mu.Lock()
	if m.fly != nil {
		m.fly.Stop()
		m.fly = nil
	}
	m.flying = false
	m.cam, m.target = c, c
	m.mu.Unlock()
	m.refresh()
}

// ZoomIn zooms in one level around the centre.
func (m *Map) ZoomIn() { c := m.Camera(); c.Zoom++; m.FlyTo(c) }

// ZoomOut zooms out one level around the centre.
func (m *Map) ZoomOut() { c := m.Camera(); c.Zoom--; m.FlyTo(c) }

// Reset flies back to the overview of all places.
func (m *Map) Reset() { m.flyTo(m.overview()); m.setFit(-2) }

// HandleKey handles the map's keys: + or = zoom in, - zooms out, 0 resets.
// It reports whether the key was used; the app calls it from its key
// handler.
func (m *Map) HandleKey(k fyne.KeyName) bool {
	switch k {
	case fyne.KeyPlus, fyne.KeyEqual:
		m.ZoomIn()
	case fyne.KeyMinus:
		m.ZoomOut()
	case fyne.Key0:
		m.Reset()
	default:
		return false
	}
	return true
}

// HandleRune is HandleKey for typed runes ('+', '=', '-', '0').
func (m *Map) HandleRune(r rune) bool {
	switch r {
	case '+', '=':
		return m.HandleKey(fyne.KeyPlus)
	case '-':
		return m.HandleKey(fyne.KeyMinus)
	case '0':
		return m.HandleKey(fyne.Key0)
	}
	return false
}

func clampZoom(z float64) float64 { return math.Max(MinZoom, math.Min(MaxZoom, z)) }

// PlayTrain animates a marker along the route, at constant speed by
// distance, over a few seconds.
func (m *Map) PlayTrain(routeID string) {
	m.mu.Lock()
	r := m.scene.route(routeID)
	if m.trainA != nil {
		m.trainA.Stop()
	}
	if r == nil {
		m.train = nil
		m.mu.Unlock()
		fyne.LogError("mapview: PlayTrain", fmt.Errorf("no route %q", routeID))
		return
	}
	a := fyne.NewAnimation(4*time.Second, func(t float32) {
		p, _ := r.at(float64(t))
		m.mu.Lock()
		m.train = &p
		m.mu.Unlock()
		m.raster.Refresh()
	})
	a.Curve = fyne.AnimationEaseInOut
	m.trainA = a
	m.mu.Unlock()
	a.Start()
}

// refresh redraws from any goroutine.
func (m *Map) refresh() { fyne.Do(m.raster.Refresh) }

// logicalView returns the view in logical pixels (for hit tests and input).
func (m *Map) logicalView() view {
	w, h := m.viewport()
	m.mu.Lock()
	defer m.mu.Unlock()
	return newView(m.cam, int(w), int(h), 1)
}

// FrameHook, when set, is called after each frame the widget draws with
// the time the frame took (for frame-rate measurements).
var FrameHook func(time.Duration)

// generate draws a frame of w×h device pixels for the raster.
func (m *Map) generate(w, h int) image.Image {
	if w <= 0 || h <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	start := time.Now()
	lw, _ := m.viewport()
	scale := float64(w) / lw
	dark := m.isDark()
	m.mu.Lock()
	f := &frame{view: newView(m.cam, w, h, scale), pal: paletteFor(dark), scene: m.scene,
		highlight: m.highlight, hiRoute: m.hiRoute, train: m.train, legend: true, outside: m.outside}
	dragging, flying := m.dragging, m.flying
	m.mu.Unlock()
	// Two frame buffers, used in turn: the driver uploads a frame before
	// asking for the next one.
	m.flip = 1 - m.flip
	out := m.frames[m.flip]
	if out == nil || out.Bounds().Dx() != w || out.Bounds().Dy() != h {
		out = image.NewRGBA(image.Rect(0, 0, w, h))
		m.frames[m.flip] = out
	}
	switch {
	case !isBasemapReady():
		// Never block the UI thread on decoding: sea now, land when ready.
		draw.Draw(out, out.Bounds(), image.NewUniform(f.pal.water), image.Point{}, draw.Src)
		m.whenBasemapReady()
	case flying && w >= 64 && h >= 64:
		m.drawBaseHalf(out, f.view, f.pal)
	case !m.takePendingBase(out.Bounds()) && w >= 64 && h >= 64:
		// First frame at this size: a half-resolution basemap now and the
		// full one drawn in a goroutine (allocating and first touching the
		// buffers makes it the slowest frame), shown when ready.
		m.drawBaseHalf(out, f.view, f.pal)
		// Started after this frame's overlay, not to compete with it.
		defer m.drawBaseAsync(f.view, f.pal, dark)
	default:
		m.drawBaseCached(out, f.view, f.pal, dark, dragging)
	}
	m.rd.drawOverlay(out, f)
	if FrameHook != nil {
		FrameHook(time.Since(start))
	}
	return out
}

// takePendingBase reports whether the cached basemap layer has the size r,
// installing the one drawBaseAsync finished if it has. UI thread only.
func (m *Map) takePendingBase(r image.Rectangle) bool {
	if m.base.img != nil && m.base.img.Bounds() == r {
		return true
	}
	m.mu.Lock()
	p := m.pending
	m.mu.Unlock()
	if p == nil || p.img.Bounds() != r {
		return false
	}
	m.mu.Lock()
	m.pending = nil
	m.mu.Unlock()
	m.base.img, m.base.center, m.base.zoom, m.base.dark = p.img, p.center, p.zoom, p.dark
	return true
}

// drawBaseAsync draws the full-resolution basemap layer of v in a
// goroutine (one at a time) and redraws the map when it is done.
func (m *Map) drawBaseAsync(v view, pal *palette, dark bool) {
	m.mu.Lock()
	if m.baseBusy {
		m.mu.Unlock()
		return
	}
	m.baseBusy = true
	m.mu.Unlock()
	go func() {
		img := image.NewRGBA(image.Rect(0, 0, v.w, v.h))
		if err := m.rd.drawBase(img, v, pal); err != nil {
			fyne.LogError("mapview: basemap", err)
		}
		m.mu.Lock()
		m.pending = &baseLayer{img: img, center: v.center, zoom: v.zoom, dark: dark}
		m.baseBusy = false
		m.mu.Unlock()
		m.refresh()
	}()
}

// isBasemapReady is basemapReady; tests replace it to draw a frame as if
// decoding were still running.
var isBasemapReady = basemapReady

// whenBasemapReady starts decoding the basemap if nobody has, and redraws
// the map on the UI thread once it is ready (once per wait).
func (m *Map) whenBasemapReady() {
	Preload()
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.waiting {
		return
	}
	m.waiting = true
	go func() {
		<-baseDone
		m.mu.Lock()
		m.waiting = false
		m.mu.Unlock()
		m.refresh()
	}()
}

// drawBaseCached draws the basemap into out, re-blitting the cached layer
// shifted while panning at an unchanged zoom, and redrawing it otherwise.
func (m *Map) drawBaseCached(out *image.RGBA, v view, pal *palette, dark, panning bool) {
	b := &m.base
	same := b.img != nil && b.img.Bounds() == out.Bounds() && b.zoom == v.zoom && b.dark == dark
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
	if err := m.rd.drawBase(b.img, v, pal); err != nil {
		fyne.LogError("mapview: basemap", err)
	}
	b.center, b.zoom, b.dark = v.center, v.zoom, dark
	copy(out.Pix, b.img.Pix)
}

// drawBaseHalf draws the basemap at half resolution and doubles it: a
// quarter of the work, for frames of a flight where the zoom changes every
// frame and detail cannot be seen anyway.
func (m *Map) drawBaseHalf(out *image.RGBA, v view, pal *palette) {
	w, h := (v.w+1)/2, (v.h+1)/2
	if m.half == nil || m.half.Bounds().Dx() != w || m.half.Bounds().Dy() != h {
		m.half = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	hv := v
	hv.w, hv.h, hv.scale, hv.world = w, h, v.scale/2, v.world/2
	if err := m.rd.drawBase(m.half, hv, pal); err != nil {
		fyne.LogError("mapview: basemap", err)
	}
	upscale2(out, m.half)
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

// Dragged pans the map.
func (m *Map) Dragged(e *fyne.DragEvent) {
	v := m.logicalView()
	m.mu.Lock()
	if m.fly != nil {
		m.fly.Stop()
		m.fly = nil
	}
	m.flying = false
	m.dragging = true
	c := orb.Point{v.center[0] - float64(e.Dragged.DX)/v.world, v.center[1] - float64(e.Dragged.DY)/v.world}
	ll := unmerc(c)
	m.cam = story.Camera{Center: [2]float64{ll[0], ll[1]}, Zoom: m.cam.Zoom}
	m.target = m.cam
	m.fitStep = nil
	m.mu.Unlock()
	m.raster.Refresh()
}

// DragEnd redraws the basemap at the final position.
func (m *Map) DragEnd() {
	m.mu.Lock()
	m.dragging = false
	m.mu.Unlock()
	m.raster.Refresh()
}

// Scrolled zooms around the cursor.
func (m *Map) Scrolled(e *fyne.ScrollEvent) {
	dz := math.Max(-1, math.Min(1, float64(e.Scrolled.DY)/20))
	m.zoomAround(e.Position, dz)
}

// DoubleTapped zooms in one level around the tap.
func (m *Map) DoubleTapped(e *fyne.PointEvent) { m.zoomAround(e.Position, 1) }

// zoomAround changes the zoom by dz keeping the point under pos fixed.
func (m *Map) zoomAround(pos fyne.Position, dz float64) {
	v := m.logicalView()
	px, py := float64(pos.X), float64(pos.Y)
	anchor := orb.Point{(px-float64(v.w)/2)/v.world + v.center[0], (py-float64(v.h)/2)/v.world + v.center[1]}
	z := clampZoom(v.zoom + dz)
	world := tileSize * math.Exp2(z)
	c := unmerc(orb.Point{anchor[0] - (px-float64(v.w)/2)/world, anchor[1] - (py-float64(v.h)/2)/world})
	m.jump(story.Camera{Center: [2]float64{c[0], c[1]}, Zoom: z})
	m.setFit(-3)
}

// Tapped reports a tap on a place or a route.
func (m *Map) Tapped(e *fyne.PointEvent) {
	kind, id := m.hit(e.Position)
	switch {
	case kind == "place" && m.onPlace != nil:
		m.onPlace(id)
	case kind == "route" && m.onRoute != nil:
		m.onRoute(id)
	}
}

// hit returns what is under pos: ("place", id), ("route", id) or ("", "").
func (m *Map) hit(pos fyne.Position) (string, string) {
	v := m.logicalView()
	m.mu.Lock()
	sc := m.scene
	m.mu.Unlock()
	return hitTest(sc, v, float64(pos.X), float64(pos.Y))
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

// MouseIn is part of desktop.Hoverable.
func (m *Map) MouseIn(e *desktop.MouseEvent) { m.MouseMoved(e) }

// MouseMoved shows a tooltip over places (name, kind, mentions) and routes.
func (m *Map) MouseMoved(e *desktop.MouseEvent) {
	kind, id := m.hit(e.Position)
	m.mu.Lock()
	text := ""
	switch kind {
	case "place":
		if p := m.scene.place(id); p != nil {
			text = tooltipPlace(p)
		}
	case "route":
		if r := m.scene.route(id); r != nil {
			text = fmt.Sprintf("%s — %s, %.0f km", r.Name, r.Mode, r.length()/1000)
			if r.Approximate {
				text += " (approximate line)"
			}
		}
	}
	m.hover = id
	m.mu.Unlock()
	if text == "" {
		m.tip.Hide()
		m.tipBg.Hide()
		return
	}
	m.tip.SetText(text)
	sz := m.tip.MinSize()
	pos := e.Position.Add(fyne.NewPos(14, 14))
	if ms := m.Size(); pos.X+sz.Width > ms.Width {
		pos.X = e.Position.X - sz.Width - 6
	}
	m.tip.Move(pos)
	m.tip.Resize(sz)
	m.tipBg.Move(pos)
	m.tipBg.Resize(sz)
	m.tip.Show()
	m.tipBg.Show()
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

// MouseOut hides the tooltip.
func (m *Map) MouseOut() { m.tip.Hide(); m.tipBg.Hide() }

// Cursor is the pointer shown over the map.
func (m *Map) Cursor() desktop.Cursor { return desktop.DefaultCursor }

// CreateRenderer stacks the map raster, the zoom buttons and the tooltip.
func (m *Map) CreateRenderer() fyne.WidgetRenderer {
	in := widget.NewButtonWithIcon("", theme.ZoomInIcon(), m.ZoomIn)
	out := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), m.ZoomOut)
	reset := widget.NewButtonWithIcon("", theme.ViewRestoreIcon(), m.Reset)
	buttons := container.NewVBox(in, out, reset)
	return &mapRenderer{m: m, buttons: buttons, objects: []fyne.CanvasObject{m.raster, buttons, m.tipBg, m.tip}}
}

type mapRenderer struct {
	m       *Map
	buttons *fyne.Container
	objects []fyne.CanvasObject
	last    fyne.Size
}

func (r *mapRenderer) Layout(s fyne.Size) {
	r.m.raster.Resize(s)
	r.m.raster.Move(fyne.NewPos(0, 0))
	bs := r.buttons.MinSize()
	pad := theme.Padding() * 2
	r.buttons.Resize(bs)
	r.buttons.Move(fyne.NewPos(s.Width-bs.Width-pad, pad))
	if r.last != s {
		r.last = s
		r.m.mu.Lock()
		fit := r.m.fitStep
		r.m.mu.Unlock()
		if fit != nil && s.Width > 10 && s.Height > 10 {
			// Refit the step's view to the new size.
			r.m.mu.Lock()
			c, _, _, err := r.m.scene.stepView(*fit, float64(s.Width), float64(s.Height))
			if err == nil {
				if r.m.fly != nil {
					r.m.fly.Stop()
					r.m.fly = nil
				}
				r.m.flying = false
				r.m.cam, r.m.target = c, c
			}
			r.m.mu.Unlock()
		}
	}
}

func (r *mapRenderer) MinSize() fyne.Size           { return fyne.NewSize(200, 150) }
func (r *mapRenderer) Refresh()                     { r.m.raster.Refresh() }
func (r *mapRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *mapRenderer) Destroy()                     {}

// Interfaces the map implements for Fyne's event dispatch.
var (
	_ fyne.Draggable      = (*Map)(nil)
	_ fyne.Scrollable     = (*Map)(nil)
	_ fyne.Tappable       = (*Map)(nil)
	_ fyne.DoubleTappable = (*Map)(nil)
	_ desktop.Hoverable   = (*Map)(nil)
)
