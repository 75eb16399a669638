package charts

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/storylens/storylens/charts/internal/svg"
)

// sceneBuilder walks an SVG element tree, carrying the inherited style, and
// appends an item to the scene for each shape and glyph run it draws.
type sceneBuilder struct {
	sc    *scene
	defs  map[string]*node
	err   error
	first bool
}

// walk draws n and its children; top is true for the root <svg> element.
func (p *sceneBuilder) walk(n *node, st style, top bool) {
	switch n.name {
	case "defs", "clipPath", "linearGradient", "radialGradient", "pattern", "style", "title", "desc", "metadata", "mask", "filter", "symbol":
		return
	}
	st = p.apply(n, st)
	switch n.name {
	case "svg", "g", "a":
		for _, c := range n.children {
			p.walk(c, st, false)
		}
		return
	case "text":
		p.text(n, st)
		return
	}
	segs, err := shapeSegs(n)
	if err != nil {
		if p.err == nil {
			p.err = fmt.Errorf("svg <%s>: %w", n.name, err)
		}
		return
	}
	if segs == nil {
		return
	}
	it := p.paint(st, segs)
	if n.name == "rect" && !p.first {
		// ECharts' first element is the chart background.
		p.first = true
		if it.bbox.x0 <= 0 && it.bbox.y0 <= 0 && it.bbox.x1 >= p.sc.w && it.bbox.y1 >= p.sc.h {
			it.background = true
		}
	}
	p.add(it)
}

func (p *sceneBuilder) add(it item) {
	if it.hasFill || it.hasStroke {
		p.sc.items = append(p.sc.items, it)
	}
}

// clipRect is the bounding box of a clipPath's shapes in viewBox pixels
// (ECharts clips series to rectangles).
func (p *sceneBuilder) clipRect(cp *node, m svg.Matrix) (rect, bool) {
	r := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	found := false
	for _, c := range cp.children {
		segs, err := shapeSegs(c)
		if err != nil || len(segs) == 0 {
			continue
		}
		cm := m
		if t, ok := c.attr["transform"]; ok {
			cm = m.Mul(svg.ParseTransform(t))
		}
		b := bboxOf(svg.Transform(segs, cm))
		r = rect{math.Min(r.x0, b.x0), math.Min(r.y0, b.y0), math.Max(r.x1, b.x1), math.Max(r.y1, b.y1)}
		found = true
	}
	return r, found
}

// paint makes an item of segs (user space) with the state's paint.
func (p *sceneBuilder) paint(st style, segs []svg.Seg) item {
	it := item{segs: svg.Transform(segs, st.m), series: st.series, data: st.data, chart: st.chart, clip: st.clip,
		join: st.join, cap: st.cap, strokeFirst: strings.HasPrefix(strings.TrimSpace(st.paintOrder), "stroke")}
	if c, ok := p.color(st.fill); ok {
		c.A = uint8(math.Round(float64(c.A) * st.opacity * st.fillOp))
		it.fill, it.hasFill = c, c.A > 0
	}
	if c, ok := p.color(st.stroke); ok && st.strokeW > 0 {
		c.A = uint8(math.Round(float64(c.A) * st.opacity * st.strokeOp))
		it.stroke, it.hasStroke = c, c.A > 0
		it.strokeW = st.strokeW * st.m.Scale()
		if st.dash != "" && st.dash != "none" {
			for _, f := range strings.FieldsFunc(st.dash, func(r rune) bool { return r == ',' || r == ' ' }) {
				if v, err := strconv.ParseFloat(f, 64); err == nil && v >= 0 {
					it.dash = append(it.dash, v*st.m.Scale())
				}
			}
		}
	}
	it.bbox = bboxOf(it.segs)
	if it.hasStroke {
		h := it.strokeW / 2
		it.bbox = rect{it.bbox.x0 - h, it.bbox.y0 - h, it.bbox.x1 + h, it.bbox.y1 + h}
	}
	return it
}
