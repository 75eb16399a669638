package charts

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"math"
	"sync"

	"github.com/storylens/storylens/charts/internal/svg"
)

// Renderer runs Apache ECharts' server-side renderer in one embedded
// JavaScript engine. Create it once (it loads echarts.min.js, a few hundred
// milliseconds) off the UI thread; it is safe for concurrent use: renders
// through the engine are serialised, rasterising runs in the callers'
// goroutines.
type Renderer struct {
	mu  sync.Mutex
	eng *engine
}

// NewRenderer starts the JavaScript engine and loads ECharts.
func NewRenderer() (*Renderer, error) {
	if _, _, err := loadFaces(); err != nil {
		return nil, fmt.Errorf("charts: %w", err)
	}
	e, err := newEngine()
	if err != nil {
		return nil, err
	}
	return &Renderer{eng: e}, nil
}

// Close releases the engine. The Renderer must not be used afterwards.
func (r *Renderer) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.eng != nil {
		r.eng.close()
		r.eng = nil
	}
	return nil
}

// render returns c's SVG and parsed scene, rendering them once per chart.
func (r *Renderer) render(c *Chart) (string, *scene, error) {
	if c == nil {
		return "", nil, fmt.Errorf("charts: render: nil chart")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.scene != nil {
		return c.svg, c.scene, nil
	}
	r.mu.Lock()
	if r.eng == nil {
		r.mu.Unlock()
		return "", nil, fmt.Errorf("charts: render %s: renderer closed", c.ID)
	}
	svg, err := engineRender(r.eng, c.ID, c.Option, c.Width, c.Height)
	if errors.Is(err, ErrEngineLimit) && c.lite != nil {
		// Drawn again with fewer marks, and the reader told so.
		if l, lerr := c.lite(); lerr == nil {
			if lsvg, lerr := engineRender(r.eng, c.ID, l.Option, l.Width, l.Height); lerr == nil {
				c.Option, c.hits, c.Table, c.Title = l.Option, l.hits, l.Table, l.Title
				c.Notice = fmt.Sprintf("%s: %v; drawn with fewer bars, cells and labels", c.ID, err)
				svg, err = lsvg, nil
			}
		}
	}
	r.mu.Unlock()
	if err != nil {
		return "", nil, &RenderError{Chart: c.ID, Err: err}
	}
	sc, err := buildScene(svg)
	if err != nil {
		return "", nil, &RenderError{Chart: c.ID, Err: fmt.Errorf("%w (%v)", errScene, err)}
	}
	c.svg, c.scene = svg, sc
	return svg, sc, nil
}

// SVG returns the chart as SVG from ECharts' own renderer: real <text>
// elements, fonts named "Liberation Sans" with fallbacks.
func (r *Renderer) SVG(c *Chart) ([]byte, error) {
	svg, _, err := r.render(c)
	if err != nil {
		return nil, err
	}
	return []byte(svg), nil
}

// validScale checks a pixel scale.
func validScale(scale float64) error {
	if math.IsNaN(scale) || scale < 0.25 || scale > 8 {
		return fmt.Errorf("scale %g out of range (0.25 to 8)", scale)
	}
	return nil
}

// Image draws the chart at scale device pixels per CSS pixel, on the
// chart's background colour. This is what the app shows.
func (r *Renderer) Image(c *Chart, scale float64) (image.Image, error) {
	return r.raster(c, scale, false)
}

func (r *Renderer) raster(c *Chart, scale float64, transparent bool) (*image.RGBA, error) {
	if err := validScale(scale); err != nil {
		return nil, fmt.Errorf("charts: %w", err)
	}
	_, sc, err := r.render(c)
	if err != nil {
		return nil, err
	}
	var bg color.Color
	if !transparent && !c.Transparent {
		bg = color.White
		if col, ok := svg.ParseColor(c.background); ok {
			bg = col
		}
	}
	return sc.rasterize(scale, bg), nil
}

// PNG encodes the chart at scale (1, 2 or 3 for exports: a 960×560 chart
// at scale 2 is 1920×1120 pixels), on its background or transparent.
func (r *Renderer) PNG(c *Chart, scale float64, transparent bool) ([]byte, error) {
	img, err := r.raster(c, scale, transparent)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := encodePNG(&buf, img); err != nil {
		return nil, fmt.Errorf("charts: encode %s png: %w", c.ID, err)
	}
	return buf.Bytes(), nil
}

// HitTest returns what is drawn at (x, y), in the chart's CSS pixels: the
// topmost bar, cell or point there, found from the ECharts SVG's own
// ecmeta_series_index / ecmeta_data_index attributes. A small tolerance
// makes thin bars and points easier to hit.
func (r *Renderer) HitTest(c *Chart, x, y float64) (Hit, bool) {
	_, sc, err := r.render(c)
	if err != nil {
		return Hit{}, false
	}
	return c.hitAt(sc, x, y)
}

// hitTolerance is how far (CSS px) outside an item a click still hits it.
const hitTolerance = 3

func (c *Chart) hitAt(sc *scene, x, y float64) (Hit, bool) {
	best := -1
	bestD := math.Inf(1)
	for i := len(sc.items) - 1; i >= 0; i-- {
		it := &sc.items[i]
		if !it.chart || it.series < 0 || it.data < 0 {
			continue
		}
		if _, ok := c.hits[hitKey{it.series, it.data}]; !ok {
			continue
		}
		b := it.bbox
		if b.contains(x, y) {
			best = i
			break
		}
		dx := math.Max(0, math.Max(b.x0-x, x-b.x1))
		dy := math.Max(0, math.Max(b.y0-y, y-b.y1))
		if d := math.Hypot(dx, dy); d <= hitTolerance && d < bestD {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return Hit{}, false
	}
	it := sc.items[best]
	return c.hits[hitKey{it.series, it.data}], true
}
