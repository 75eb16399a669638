package charts

import "math"

// Bounds is a rectangle in a chart's CSS pixels.
type Bounds struct{ X0, Y0, X1, Y1 float64 }

// HitBounds returns the box around every item drawn for h (its bar, cell
// or point, by kind, id and source), so that a view can scroll it into
// sight; false when the chart draws nothing for it.
func (r *Renderer) HitBounds(c *Chart, h Hit) (Bounds, bool) {
	_, sc, err := r.render(c)
	if err != nil {
		return Bounds{}, false
	}
	b := Bounds{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	found := false
	for i := range sc.items {
		it := &sc.items[i]
		if !it.chart || it.series < 0 || it.data < 0 {
			continue
		}
		g, ok := c.hits[hitKey{it.series, it.data}]
		if !ok || g.Kind != h.Kind || g.ID != h.ID || g.Source != h.Source {
			continue
		}
		found = true
		b.X0, b.Y0 = math.Min(b.X0, it.bbox.x0), math.Min(b.Y0, it.bbox.y0)
		b.X1, b.Y1 = math.Max(b.X1, it.bbox.x1), math.Max(b.Y1, it.bbox.y1)
	}
	return b, found
}
