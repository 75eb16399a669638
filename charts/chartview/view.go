// Package chartview is a Fyne widget that shows one Storylens chart: it
// renders with a shared charts.Renderer off the UI thread at the widget's
// size × the canvas scale, selects the claim, source or place under a tap,
// and shows the value under the pointer in a tooltip. The claim-frequency
// and source-coverage charts grow until every claim has its row, its label
// in full (charts.Options.Grow); the view then scrolls vertically, with the
// mouse wheel, the scroll bar or Reveal (the app's keyboard).
package chartview

import (
	"errors"
	"fmt"
	"image"
	"math"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/charts"
	"github.com/storylens/storylens/story/analysis"
)

// Minimum chart size in CSS pixels the widget lays a chart out at: the
// charts lay themselves out for the panel's own size down to 220 px wide
// (labels wrapped onto more lines, fewer axis ticks; the claims and
// coverage charts grow taller and scroll), with no overlapping text
// (charts' TestNoOverlappingText at 220, 240 and 280 px); only a smaller
// widget shows the chart laid out at this size, scaled down.
const (
	minWidth  = 220
	minHeight = 160
)

// Option configures a View.
type Option func(*View)

// WithDebounce sets how long the view waits after a resize or a new
// report before rendering (80 ms by default; 0 renders at once).
func WithDebounce(d time.Duration) Option { return func(v *View) { v.debounce = d } }

// WithRunner sets how a render is started (default: go f(), off the UI
// thread). Tests pass a runner that calls f at once.
func WithRunner(run func(f func())) Option { return func(v *View) { v.run = run } }

// WithPlaceholder sets the text shown until there is a chart.
func WithPlaceholder(s string) Option { return func(v *View) { v.placeholder = s } }

// View shows one chart. Create it with New.
type View struct {
	widget.BaseWidget

	id          charts.ID
	debounce    time.Duration
	placeholder string
	run         func(func())
	// draw rasterises a built chart (Renderer.Image; a test replaces it).
	draw func(r *charts.Renderer, c *charts.Chart, scale float64) (image.Image, error)

	mu       sync.Mutex
	r        *charts.Renderer
	rep      *analysis.Report
	opts     charts.Options
	gen      uint64
	timer    *time.Timer
	onSelect func(charts.Hit)
	errText  string
	// engineErr, when set, is why the renderer could not start.
	engineErr error

	// UI state, touched on the UI thread only.
	chart  *charts.Chart
	img    *canvas.Image
	scroll *container.Scroll
	// grown is true when the chart shown is taller than the view asked for
	// (it scrolls rather than shrinking to fit).
	grown   bool
	status  *widget.Label
	tip     *widget.Label
	tipBox  *fyne.Container
	hovered bool
	// notice says the chart shown was drawn with fewer marks than asked
	// for (charts.Chart.Notice), over the chart's foot.
	notice    *widget.Label
	noticeBox *fyne.Container
}

var (
	_ fyne.Tappable      = (*View)(nil)
	_ desktop.Hoverable  = (*View)(nil)
	_ desktop.Cursorable = (*View)(nil)
)

// New returns a view of chart id drawn by r (which may be nil until the
// renderer is ready: see SetRenderer).
func New(r *charts.Renderer, id charts.ID, opts ...Option) *View {
	v := &View{r: r, id: id, debounce: 80 * time.Millisecond, placeholder: "No story loaded.",
		run: func(f func()) { go f() }, draw: (*charts.Renderer).Image}
	for _, o := range opts {
		o(v)
	}
	v.img = canvas.NewImageFromImage(nil)
	v.img.FillMode = canvas.ImageFillContain
	v.img.ScaleMode = canvas.ImageScaleSmooth
	v.scroll = container.NewVScroll(container.NewStack(v.img))
	v.status = widget.NewLabel(v.placeholder)
	v.status.Alignment = fyne.TextAlignCenter
	v.status.Wrapping = fyne.TextWrapWord
	v.tip = widget.NewLabel("")
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameShadow)
	bg.StrokeWidth = 1
	bg.CornerRadius = 4
	v.tipBox = container.NewStack(bg, v.tip)
	v.tipBox.Hide()
	v.notice = widget.NewLabel("")
	v.notice.Wrapping = fyne.TextWrapWord
	nbg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	nbg.StrokeColor = theme.Color(theme.ColorNameWarning)
	nbg.StrokeWidth = 1
	v.noticeBox = container.NewStack(nbg, v.notice)
	v.noticeBox.Hide()
	v.ExtendBaseWidget(v)
	return v
}

// ID is the chart the view shows.
func (v *View) ID() charts.ID { return v.id }

// SetRenderer sets the renderer (once it is ready) and redraws.
func (v *View) SetRenderer(r *charts.Renderer) {
	v.mu.Lock()
	v.r = r
	if r != nil {
		v.engineErr = nil
	}
	v.mu.Unlock()
	v.schedule()
}

// SetEngineError says that the chart engine could not start (the error
// of charts.NewRenderer): the view then shows what failed and what to do
// instead of its placeholder, whatever report it is given, until
// SetRenderer gives it a renderer.
func (v *View) SetEngineError(err error) {
	v.mu.Lock()
	v.engineErr = err
	v.mu.Unlock()
	v.schedule()
}

// SetReport shows rep with the options (size is the widget's; Width and
// Height are ignored) and redraws off the UI thread.
func (v *View) SetReport(rep *analysis.Report, o charts.Options) {
	v.mu.Lock()
	v.rep, v.opts = rep, o
	v.mu.Unlock()
	v.schedule()
}

// OnSelect sets what a tap on a bar, cell or point does.
func (v *View) OnSelect(f func(charts.Hit)) {
	v.mu.Lock()
	v.onSelect = f
	v.mu.Unlock()
}

// Chart returns the chart shown now (nil before the first render).
func (v *View) Chart() *charts.Chart { return v.chart }

// Resize redraws at the new size.
func (v *View) Resize(s fyne.Size) {
	old := v.Size()
	v.BaseWidget.Resize(s)
	if s != old {
		v.schedule()
	}
}

// MinSize is small: charts scale down.
func (v *View) MinSize() fyne.Size { return fyne.NewSize(160, 120) }

// schedule starts a render after the debounce delay; a newer request
// supersedes it.
func (v *View) schedule() {
	size := v.Size()
	v.mu.Lock()
	v.gen++
	gen := v.gen
	if v.timer != nil {
		v.timer.Stop()
		v.timer = nil
	}
	if v.debounce > 0 {
		v.timer = time.AfterFunc(v.debounce, func() { v.run(func() { v.render(gen, size) }) })
		v.mu.Unlock()
		return
	}
	v.mu.Unlock()
	v.run(func() { v.render(gen, size) })
}

// render builds and rasterises the chart in the calling goroutine and
// swaps the image in on the UI thread, unless a newer render was asked for.
func (v *View) render(gen uint64, size fyne.Size) {
	v.mu.Lock()
	r, rep, o, engineErr := v.r, v.rep, v.opts, v.engineErr
	v.mu.Unlock()
	if r == nil && engineErr != nil {
		v.show(gen, nil, nil, EngineErrorText(engineErr), "")
		return
	}
	if r == nil || rep == nil || size.Width < 1 || size.Height < 1 {
		wait := ""
		if rep != nil && r == nil {
			wait = StartingText // a story is open; the engine is not ready yet
		}
		v.show(gen, nil, nil, "", wait)
		return
	}
	v.drawing(gen)
	o.Width = max(minWidth, int(math.Round(float64(size.Width))))
	o.Height = max(minHeight, int(math.Round(float64(size.Height))))
	o.Grow = true // every claim in full; the view scrolls
	scale := float64(1)
	if c := fyne.CurrentApp(); c != nil {
		if cv := c.Driver().CanvasForObject(v); cv != nil {
			scale = float64(cv.Scale())
		}
	}
	scale = math.Max(0.5, math.Min(4, scale))
	c, err := charts.Build(v.id, rep, o)
	var img image.Image
	if err == nil {
		img, err = v.draw(r, c, scale)
	}
	msg := ""
	if err != nil {
		msg = ErrorText(err)
		c, img = nil, nil
	}
	v.show(gen, c, img, msg, "")
}

// Texts the view shows while a story is open but its chart is not drawn yet.
const (
	StartingText = "Starting the chart engine…"
	DrawingText  = "Drawing the chart…"
)

// ErrorText is what the view says when a chart could not be drawn: for a
// chart the engine failed on (charts.RenderError), which chart, what
// failed and what to do in the app; otherwise the error.
func ErrorText(err error) string {
	var re *charts.RenderError
	if !errors.As(err, &re) {
		return "The chart could not be drawn: " + err.Error()
	}
	what := "The other charts are not affected. Export this chart as an HTML page (File > Export, format " +
		"HTML), which a browser draws, and report the problem with this message."
	if errors.Is(err, charts.ErrEngineLimit) {
		what = "It was already tried with the fewest marks. Try again when the computer is less busy, or make " +
			"this panel smaller; the other charts are not affected."
	}
	return fmt.Sprintf("The %s chart could not be drawn: %s.\n\nWhat to do: %s", re.Chart, re.Cause(), what)
}

// EngineErrorText is what the view says when the chart engine could not
// start.
func EngineErrorText(err error) string {
	return "The chart engine could not start: " + strings.TrimSuffix(err.Error(), ".") + ".\n\nWhat to do: " +
		"restart Storylens; if it happens again, report it with this message. The map, the steps and the " +
		"evidence work without the charts."
}

// NoticeText is the line over a chart drawn with fewer marks than asked
// for (charts.Chart.Notice).
func NoticeText(notice string) string {
	return "Drawn with fewer marks: " + notice + "."
}

// drawing says the chart is being drawn when the view has nothing to show
// yet (a chart already shown stays until the new one replaces it).
func (v *View) drawing(gen uint64) {
	fyne.Do(func() {
		v.mu.Lock()
		stale := gen != v.gen
		v.mu.Unlock()
		if stale || v.img.Image != nil {
			return
		}
		v.status.SetText(DrawingText)
		v.status.Show()
	})
}

// show puts a render result on screen (on the UI thread).
func (v *View) show(gen uint64, c *charts.Chart, img image.Image, errText, waitText string) {
	fyne.Do(func() {
		v.mu.Lock()
		stale := gen != v.gen
		v.errText = errText
		v.mu.Unlock()
		if stale {
			return
		}
		v.chart = c
		v.grown = c != nil && c.Height > max(minHeight, int(math.Round(float64(v.Size().Height))))
		v.img.Image = img
		if c != nil && c.Notice != "" && img != nil {
			v.notice.SetText(NoticeText(c.Notice))
			v.noticeBox.Show()
		} else {
			v.noticeBox.Hide()
		}
		switch {
		case img != nil:
			v.status.Hide()
		case errText != "":
			v.status.SetText(errText)
			v.status.Show()
		case waitText != "":
			v.status.SetText(waitText)
			v.status.Show()
		default:
			v.status.SetText(v.placeholder)
			v.status.Show()
		}
		v.img.Refresh()
		v.Refresh()
	})
}

// placement is where the chart is drawn in the view: scaled by k, at
// (ox, oy) in the scrolled content, which is h high. A chart that fits is
// drawn to fill the widget (scaled down when the widget is under the
// minimum); a grown one fills the width and scrolls.
func (v *View) placement(s fyne.Size) (k, ox, oy, h float64) {
	c := v.chart
	if c == nil || c.Width <= 0 || c.Height <= 0 {
		return 0, 0, 0, float64(s.Height)
	}
	k = math.Min(float64(s.Width)/float64(c.Width), float64(s.Height)/float64(c.Height))
	h = float64(s.Height)
	if v.grown {
		k = math.Min(1, float64(s.Width)/float64(c.Width))
		h = math.Max(h, float64(c.Height)*k)
	}
	ox = (float64(s.Width) - float64(c.Width)*k) / 2
	oy = (h - float64(c.Height)*k) / 2
	return k, ox, oy, h
}

// toChart converts a widget position to chart pixels.
func (v *View) toChart(p fyne.Position) (x, y float64, ok bool) {
	k, ox, oy, _ := v.placement(v.Size())
	if k <= 0 {
		return 0, 0, false
	}
	return (float64(p.X) - ox) / k, (float64(p.Y+v.scroll.Offset.Y) - oy) / k, true
}

// Scrolls reports whether the chart is taller than the view (it scrolls).
func (v *View) Scrolls() bool {
	_, _, _, h := v.placement(v.Size())
	return h > float64(v.Size().Height)+0.5
}

// ScrollOffset is how far the chart is scrolled down, in widget units.
func (v *View) ScrollOffset() float32 { return v.scroll.Offset.Y }

// ScrollTo scrolls the chart so that y (widget units from the chart's top)
// is at the view's top, as far as the chart goes.
func (v *View) ScrollTo(y float32) {
	_, _, _, h := v.placement(v.Size())
	v.scroll.ScrollToOffset(fyne.NewPos(0, max(0, min(y, float32(h)-v.Size().Height))))
}

// Reveal scrolls the chart so that the item h stands for is in view; it
// reports false when the chart does not draw it.
func (v *View) Reveal(h charts.Hit) bool {
	v.mu.Lock()
	r := v.r
	v.mu.Unlock()
	if r == nil || v.chart == nil {
		return false
	}
	b, ok := r.HitBounds(v.chart, h)
	if !ok {
		return false
	}
	k, _, oy, _ := v.placement(v.Size())
	top, bottom := float32(oy+b.Y0*k), float32(oy+b.Y1*k)
	off, vh := v.scroll.Offset.Y, v.Size().Height
	switch {
	case top < off:
		v.ScrollTo(top - 8)
	case bottom > off+vh:
		v.ScrollTo(bottom - vh + 8)
	}
	return true
}

// hitAt is what is drawn under a widget position.
func (v *View) hitAt(p fyne.Position) (charts.Hit, bool) {
	v.mu.Lock()
	r := v.r
	v.mu.Unlock()
	x, y, ok := v.toChart(p)
	if !ok || r == nil {
		return charts.Hit{}, false
	}
	return r.HitTest(v.chart, x, y)
}

// Tapped selects the claim, source or place under the tap.
func (v *View) Tapped(e *fyne.PointEvent) {
	h, ok := v.hitAt(e.Position)
	if !ok {
		return
	}
	v.mu.Lock()
	f := v.onSelect
	v.mu.Unlock()
	if f != nil {
		f(h)
	}
}

// MouseIn shows the tooltip for the point under the pointer.
func (v *View) MouseIn(e *desktop.MouseEvent) { v.MouseMoved(e) }

// MouseMoved moves the tooltip.
func (v *View) MouseMoved(e *desktop.MouseEvent) {
	h, ok := v.hitAt(e.Position)
	v.hovered = ok
	if !ok {
		v.tipBox.Hide()
		return
	}
	s := v.Size()
	ts := v.showTip(h.Text, s.Width-2*tipMargin)
	pos := e.Position.Add(fyne.NewPos(14, 14))
	if pos.X+ts.Width > s.Width {
		pos.X = max(0, e.Position.X-ts.Width-8)
	}
	if pos.Y+ts.Height > s.Height {
		pos.Y = max(0, e.Position.Y-ts.Height-8)
	}
	v.tipBox.Move(pos)
	v.tipBox.Resize(ts)
	v.tipBox.Show()
}

// tipMargin is the least room left between a wrapped tooltip and the
// sides of the view.
const tipMargin = 8

// showTip sets the tooltip's text and returns its size: on one line per
// line of text when that fits in maxWidth, else wrapped at words to
// maxWidth (a claim's sentence in full is longer than a narrow chart is
// wide).
func (v *View) showTip(text string, maxWidth float32) fyne.Size {
	v.tip.Wrapping = fyne.TextWrapOff
	v.tip.SetText(text)
	ts := v.tipBox.MinSize()
	if ts.Width <= maxWidth || maxWidth < 80 {
		return ts
	}
	v.tip.Wrapping = fyne.TextWrapWord
	v.tipBox.Resize(fyne.NewSize(maxWidth, ts.Height))
	v.tip.Refresh()
	return fyne.NewSize(maxWidth, v.tipBox.MinSize().Height)
}

// MouseOut hides the tooltip.
func (v *View) MouseOut() {
	v.hovered = false
	v.tipBox.Hide()
}

// Cursor is a pointer over a selectable item.
func (v *View) Cursor() desktop.Cursor {
	if v.hovered {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// TooltipText is the tooltip shown now ("" when hidden), for tests and
// accessibility.
func (v *View) TooltipText() string {
	if !v.tipBox.Visible() {
		return ""
	}
	return v.tip.Text
}

// CreateRenderer lays the image out in a vertical scroll over the whole
// widget with the status text centred and the tooltip on top.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return &viewRenderer{v: v, objects: []fyne.CanvasObject{v.scroll, v.status, v.noticeBox, v.tipBox}}
}

type viewRenderer struct {
	v       *View
	objects []fyne.CanvasObject
}

func (r *viewRenderer) Layout(s fyne.Size) {
	_, _, _, h := r.v.placement(s)
	content := fyne.NewSize(s.Width, float32(h))
	changed := r.v.img.MinSize() != content
	r.v.img.SetMinSize(content)
	r.v.scroll.Move(fyne.NewPos(0, 0))
	r.v.scroll.Resize(s)
	if changed {
		r.v.scroll.Refresh() // the scroll lays its content out again at the new height
	}
	ms := r.v.status.MinSize()
	w := min(s.Width, max(ms.Width, s.Width*0.8))
	r.v.status.Resize(fyne.NewSize(w, r.v.status.MinSize().Height))
	r.v.status.Move(fyne.NewPos((s.Width-w)/2, (s.Height-ms.Height)/2))
	// The notice spans the view's foot (the chart's own notes are under
	// its plot, so it covers the least of the marks there).
	r.v.noticeBox.Resize(fyne.NewSize(s.Width, r.v.noticeBox.Size().Height))
	nh := r.v.noticeBox.MinSize().Height
	r.v.noticeBox.Resize(fyne.NewSize(s.Width, nh))
	r.v.noticeBox.Move(fyne.NewPos(0, s.Height-nh))
}

func (r *viewRenderer) MinSize() fyne.Size           { return r.v.MinSize() }
func (r *viewRenderer) Refresh()                     { r.Layout(r.v.Size()); canvas.Refresh(r.v) }
func (r *viewRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *viewRenderer) Destroy()                     {}
