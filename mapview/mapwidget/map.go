// Package mapwidget is the interactive map as a Fyne widget: drag to pan,
// wheel or double-click to zoom, zoom buttons, hover tooltips, taps on
// places and routes, animated flights between steps and a travelling
// marker. The drawing is mapview's (a mapview.Painter, with no toolkit in
// it); this package adds only the Fyne side, as charts/chartview does for
// charts.
package mapwidget

import (
	"fmt"
	"image"
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

	"github.com/storylens/storylens/mapview"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// Map is the interactive map widget: drag to pan, wheel or double-click to
// zoom, +/−/reset buttons, hover tooltips, taps on places and routes
// reported through callbacks, animated FlyTo and a travelling marker.
type Map struct {
	widget.BaseWidget

	paint *mapview.Painter

	mu        sync.Mutex
	cam       story.Camera // shown now
	target    story.Camera // where an animation ends
	highlight map[string]bool
	hiRoute   string
	lines     []orb.LineString // figure overlays (SetLines)
	outside   []string         // places the current view points to from its edge
	controls  image.Rectangle  // the zoom buttons' box (logical px): labels and arrows keep clear
	train     *orb.Point
	dragging  bool
	flying    bool // a FlyTo animation is running: draw a cheaper basemap
	hover     string
	// darkSet overrides the theme variant with dark when true (SetDark,
	// WithDark); otherwise the app's theme variant decides.
	darkSet, dark bool
	// fitStep is the step (-2: overview) whose fitted view the camera
	// shows, refitted when the widget is resized; nil once the user moved.
	fitStep *int

	onPlace, onRoute func(id string)
	onPlaceMoved     func(id string, lon, lat float64)
	frameHook        func(time.Duration)
	// dragPlace is the place being dragged (with OnPlaceMoved), "" when the
	// drag pans; dragTo is where it is now; dragStarted says whether the
	// current drag gesture has been classified.
	dragPlace   string
	dragTo      orb.Point
	dragStarted bool

	raster *canvas.Raster
	tip    *widget.Label
	tipBg  *canvas.Rectangle
	fly    *fyne.Animation
	trainA *fyne.Animation
}

// Option configures a Map.
type Option func(*Map)

// WithStory sets the story (and its analysis report, which may be nil).
func WithStory(s *story.Story, r *analysis.Report) Option {
	return func(m *Map) { m.setScene(mapview.BuildScene(s, r)) }
}

// OnPlaceTapped sets the callback for a tap on a place.
func OnPlaceTapped(f func(placeID string)) Option { return func(m *Map) { m.onPlace = f } }

// OnRouteTapped sets the callback for a tap on a route.
func OnRouteTapped(f func(routeID string)) Option { return func(m *Map) { m.onRoute = f } }

// OnPlaceMoved lets the user drag a place's marker: the map pans unless the
// drag starts on a place, and f gets the place's new position when the
// drag ends (the app applies it to the story).
func OnPlaceMoved(f func(placeID string, lon, lat float64)) Option {
	return func(m *Map) { m.onPlaceMoved = f }
}

// WithDark draws the map with the dark (true) or light palette whatever
// the Fyne theme variant is, as SetDark.
func WithDark(dark bool) Option { return func(m *Map) { m.darkSet, m.dark = true, dark } }

// WithFrameHook calls f after each frame the widget draws with the time the
// frame took (for frame-rate measurements).
func WithFrameHook(f func(time.Duration)) Option { return func(m *Map) { m.frameHook = f } }

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

// New returns a map showing the world until a story is set.
//
// New starts decoding the basemap in the background (mapview.Preload);
// until it is ready the map draws sea, places and routes, then redraws
// itself.
func New(opts ...Option) *Map {
	ov := -2
	m := &Map{highlight: map[string]bool{}, fitStep: &ov}
	m.paint = mapview.NewPainter(m.refresh)
	m.cam = mapview.WorldCamera(800, 600)
	m.target = m.cam
	m.raster = canvas.NewRaster(m.generate)
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

func (m *Map) setScene(sc *mapview.Scene) {
	m.paint.SetScene(sc)
	_, _, _, outside, _ := m.paint.StepView(-2, 800, 600)
	m.mu.Lock()
	m.highlight = map[string]bool{}
	m.hiRoute = ""
	m.outside = outside
	m.train = nil
	m.mu.Unlock()
}

// SetStory replaces the story and shows an overview of its places:
// SetScene of mapview.BuildScene(s, r).
func (m *Map) SetStory(s *story.Story, r *analysis.Report) {
	m.SetScene(mapview.BuildScene(s, r))
}

// SetScene replaces the story with a scene built beforehand (on any
// goroutine: mapview.BuildScene projects every point, which a big story's
// UI thread has no time for) and shows an overview of its places.
func (m *Map) SetScene(sc *mapview.Scene) {
	m.setScene(sc)
	m.jump(m.overview())
	m.setFit(-2)
}

// UpdateStory replaces the story (after an edit) and keeps the camera and
// the highlights: the places and routes redraw where they now are.
func (m *Map) UpdateStory(s *story.Story, r *analysis.Report) {
	m.paint.SetStory(s, r)
	m.refresh()
}

// SetCamera shows c at once, without a flight, as if the user had moved
// there (a resize keeps it).
func (m *Map) SetCamera(c story.Camera) {
	m.jump(c)
	m.setFit(-3)
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
	c, _, _, _, _ := m.paint.StepView(-2, w, h)
	return c
}

// ShowStep flies to step i's camera (or fits its places and route) and
// highlights its places and route.
func (m *Map) ShowStep(i int) {
	w, h := m.viewport()
	c, hi, rid, outside, err := m.paint.StepView(i, w, h)
	if err != nil {
		fyne.LogError("mapview: ShowStep", err)
		return
	}
	if i == -1 {
		i = m.paint.Steps() - 1
	}
	m.mu.Lock()
	m.outside = outside
	m.mu.Unlock()
	m.Highlight(hi, rid)
	m.flyTo(c)
	m.setFit(i)
}

// Highlight marks places and a route (empty: none) as the current step's.
func (m *Map) Highlight(placeIDs []string, routeID string) {
	hi := make(map[string]bool, len(placeIDs))
	for _, id := range placeIDs {
		hi[id] = true
	}
	m.mu.Lock()
	m.highlight = hi
	m.hiRoute = routeID
	m.mu.Unlock()
	m.refresh()
}

// SetLines draws lines (lon/lat) over the map, dashed in the colour of
// the step's places, until the next SetLines (nil: none): a figure
// compared with the map, such as a great circle.
func (m *Map) SetLines(lines []orb.LineString) {
	m.mu.Lock()
	m.lines = lines
	m.mu.Unlock()
	m.refresh()
}

// Lines returns the lines SetLines drew last.
func (m *Map) Lines() []orb.LineString {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.lines
}

// FlyTo animates the camera to c in about a second along a zoom-out,
// zoom-in path.
func (m *Map) FlyTo(c story.Camera) {
	m.setFit(-3)
	m.flyTo(c)
}

func (m *Map) flyTo(c story.Camera) {
	c.Zoom = mapview.ClampZoom(c.Zoom)
	w, h := m.viewport()
	m.mu.Lock()
	from := m.cam
	m.target = c
	if m.fly != nil {
		m.fly.Stop()
	}
	path := mapview.FlyPath(from, c, math.Max(w, h))
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

// FitBounds flies to show b (lon/lat).
func (m *Map) FitBounds(b orb.Bound) {
	w, h := m.viewport()
	m.FlyTo(mapview.FitCamera(b, w, h, 60, 14))
}

// Camera returns the current camera, or the target while animating.
func (m *Map) Camera() story.Camera {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.target
}

// jump sets the camera without animation.
func (m *Map) jump(c story.Camera) {
	c.Zoom = mapview.ClampZoom(c.Zoom)
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

// PlayTrain animates a marker along the route, at constant speed by
// distance, over a few seconds.
func (m *Map) PlayTrain(routeID string) {
	m.mu.Lock()
	if m.trainA != nil {
		m.trainA.Stop()
	}
	if _, ok := m.paint.RouteAt(routeID, 0); !ok {
		m.train = nil
		m.mu.Unlock()
		fyne.LogError("mapview: PlayTrain", fmt.Errorf("no route %q", routeID))
		return
	}
	a := fyne.NewAnimation(4*time.Second, func(t float32) {
		p, _ := m.paint.RouteAt(routeID, float64(t))
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
func (m *Map) refresh() {
	if m.raster != nil {
		fyne.Do(m.raster.Refresh)
	}
}

// state is what the next frame shows.
func (m *Map) state(dark bool) mapview.FrameState {
	m.mu.Lock()
	defer m.mu.Unlock()
	st := mapview.FrameState{Camera: m.cam, Dark: dark, Highlight: m.highlight, Route: m.hiRoute, Train: m.train,
		Outside: m.outside, Lines: m.lines, Panning: m.dragging && m.dragPlace == "", Flying: m.flying}
	if !m.controls.Empty() {
		st.Controls = []image.Rectangle{m.controls}
	}
	if m.dragPlace != "" {
		st.Moving = map[string]orb.Point{m.dragPlace: m.dragTo}
	}
	return st
}

// generate draws a frame of w×h device pixels for the raster.
func (m *Map) generate(w, h int) image.Image {
	start := time.Now()
	lw, _ := m.viewport()
	img := m.paint.Paint(w, h, float64(w)/lw, m.state(m.isDark()))
	if m.frameHook != nil {
		m.frameHook(time.Since(start))
	}
	return img
}

// Dragged pans the map, or moves the place under the drag's start (with
// OnPlaceMoved).
func (m *Map) Dragged(e *fyne.DragEvent) {
	if m.onPlaceMoved != nil {
		m.mu.Lock()
		started := m.dragStarted
		m.dragStarted = true
		m.mu.Unlock()
		if !started {
			start := e.Position.Subtract(fyne.NewPos(e.Dragged.DX, e.Dragged.DY))
			if kind, id := m.hit(start); kind == "place" {
				m.mu.Lock()
				m.dragPlace = id
				m.mu.Unlock()
			}
		}
		m.mu.Lock()
		id := m.dragPlace
		m.mu.Unlock()
		if id != "" {
			w, h := m.viewport()
			ll := mapview.FromPixel(m.Camera(), w, h, float64(e.Position.X), float64(e.Position.Y))
			m.mu.Lock()
			m.dragTo = ll
			m.dragging = true
			m.mu.Unlock()
			m.raster.Refresh()
			return
		}
	}
	m.mu.Lock()
	if m.fly != nil {
		m.fly.Stop()
		m.fly = nil
	}
	m.flying = false
	m.dragging = true
	m.cam = mapview.Pan(m.cam, float64(e.Dragged.DX), float64(e.Dragged.DY))
	m.target = m.cam
	m.fitStep = nil
	m.mu.Unlock()
	m.raster.Refresh()
}

// DragEnd redraws the basemap at the final position, or reports where a
// dragged place was dropped.
func (m *Map) DragEnd() {
	m.mu.Lock()
	m.dragging = false
	m.dragStarted = false
	id, to := m.dragPlace, m.dragTo
	m.dragPlace = ""
	m.mu.Unlock()
	if id != "" && m.onPlaceMoved != nil {
		m.onPlaceMoved(id, to[0], to[1])
	}
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
	w, h := m.viewport()
	m.mu.Lock()
	cam := m.cam
	m.mu.Unlock()
	m.jump(mapview.ZoomAround(cam, w, h, float64(pos.X), float64(pos.Y), dz))
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
	w, h := m.viewport()
	m.mu.Lock()
	cam := m.cam
	m.mu.Unlock()
	return m.paint.Hit(cam, w, h, float64(pos.X), float64(pos.Y))
}

// MouseIn is part of desktop.Hoverable.
func (m *Map) MouseIn(e *desktop.MouseEvent) { m.MouseMoved(e) }

// MouseMoved shows a tooltip over places (name, kind, mentions) and routes.
func (m *Map) MouseMoved(e *desktop.MouseEvent) {
	kind, id := m.hit(e.Position)
	text := m.paint.Tooltip(kind, id)
	m.mu.Lock()
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
	r.m.mu.Lock()
	r.m.controls = image.Rect(int(s.Width-bs.Width-pad), int(pad), int(math.Ceil(float64(s.Width-pad))), int(math.Ceil(float64(pad+bs.Height))))
	r.m.mu.Unlock()
	if r.last == s {
		return
	}
	r.last = s
	r.m.mu.Lock()
	fit := r.m.fitStep
	r.m.mu.Unlock()
	if fit == nil || s.Width <= 10 || s.Height <= 10 {
		return
	}
	// Refit the step's view to the new size.
	c, _, _, _, err := r.m.paint.StepView(*fit, float64(s.Width), float64(s.Height))
	if err != nil {
		return
	}
	r.m.mu.Lock()
	if r.m.fly != nil {
		r.m.fly.Stop()
		r.m.fly = nil
	}
	r.m.flying = false
	r.m.cam, r.m.target = c, c
	r.m.mu.Unlock()
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
