package charts

import (
	"image/color"
	"math"
	"strings"

	"github.com/storylens/storylens/charts/internal/svg"
)

// style is the inherited presentation state.
type style struct {
	m          svg.Matrix
	fill       string
	stroke     string
	strokeW    float64
	opacity    float64
	fillOp     float64
	strokeOp   float64
	join, cap  string
	dash       string
	paintOrder string
	fontSize   float64
	bold       bool
	anchor     string
	baseline   string
	clip       *rect
	series     int
	data       int
	chart      bool
}

// apply folds n's attributes and style into the inherited state.
func (p *sceneBuilder) apply(n *node, st style) style {
	a := n.attr
	get := func(k string) (string, bool) {
		v, ok := a[k]
		return v, ok
	}
	if css, ok := a["style"]; ok {
		for _, decl := range strings.Split(css, ";") {
			k, v, ok := strings.Cut(decl, ":")
			if !ok {
				continue
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if _, has := a[k]; !has || k == "font-size" || k == "font-weight" {
				a[k] = v
			}
		}
	}
	if t, ok := get("transform"); ok {
		st.m = st.m.Mul(svg.ParseTransform(t))
	}
	if v, ok := get("fill"); ok {
		st.fill = v
	}
	if v, ok := get("stroke"); ok {
		st.stroke = v
	}
	if v, ok := get("stroke-width"); ok {
		st.strokeW = svg.Number(v, st.strokeW)
	}
	if v, ok := get("opacity"); ok {
		st.opacity *= clamp01(svg.Number(v, 1))
	}
	if v, ok := get("fill-opacity"); ok {
		st.fillOp = clamp01(svg.Number(v, 1))
	}
	if v, ok := get("stroke-opacity"); ok {
		st.strokeOp = clamp01(svg.Number(v, 1))
	}
	if v, ok := get("stroke-linejoin"); ok {
		st.join = v
	}
	if v, ok := get("stroke-linecap"); ok {
		st.cap = v
	}
	if v, ok := get("stroke-dasharray"); ok {
		st.dash = v
	}
	if v, ok := get("paint-order"); ok {
		st.paintOrder = v
	}
	if v, ok := get("font-size"); ok {
		st.fontSize = svg.Number(strings.TrimSuffix(v, "px"), st.fontSize)
	}
	if v, ok := get("font-weight"); ok {
		st.bold = isBoldWeight(v)
	}
	if v, ok := get("font"); ok {
		fs := parseCSSFont(v)
		st.fontSize, st.bold = fs.size, fs.bold
	}
	if v, ok := get("text-anchor"); ok {
		st.anchor = v
	}
	if v, ok := get("dominant-baseline"); ok {
		st.baseline = v
	}
	if v, ok := get("ecmeta_series_index"); ok {
		st.series = int(svg.Number(v, -1))
	}
	if v, ok := get("ecmeta_data_index"); ok {
		st.data = int(svg.Number(v, -1))
	}
	if v, ok := get("ecmeta_ssr_type"); ok {
		st.chart = v == "chart"
	}
	if v, ok := get("clip-path"); ok {
		if id := urlRef(v); id != "" {
			if cp := p.defs[id]; cp != nil {
				if r, ok := p.clipRect(cp, st.m); ok {
					if st.clip != nil {
						r = r.intersect(*st.clip)
					}
					st.clip = &r
				}
			}
		}
	}
	return st
}

// color resolves a paint: a colour, or a gradient's average colour.
func (p *sceneBuilder) color(s string) (color.NRGBA, bool) {
	if id := urlRef(s); id != "" {
		g := p.defs[id]
		if g == nil {
			return color.NRGBA{}, false
		}
		var r, gg, b, a, n float64
		for _, stop := range g.children {
			if stop.name != "stop" {
				continue
			}
			cs := stop.attr["stop-color"]
			if css, ok := stop.attr["style"]; ok && cs == "" {
				for _, d := range strings.Split(css, ";") {
					if k, v, ok := strings.Cut(d, ":"); ok && strings.TrimSpace(k) == "stop-color" {
						cs = strings.TrimSpace(v)
					}
				}
			}
			c, ok := svg.ParseColor(cs)
			if !ok {
				continue
			}
			op := svg.Number(stop.attr["stop-opacity"], 1)
			r, gg, b, a, n = r+float64(c.R), gg+float64(c.G), b+float64(c.B), a+float64(c.A)*op, n+1
		}
		if n == 0 {
			return color.NRGBA{}, false
		}
		return color.NRGBA{uint8(r / n), uint8(gg / n), uint8(b / n), uint8(a / n)}, true
	}
	return svg.ParseColor(s)
}

// urlRef returns the id in a url(#id) reference, or "" when s is not one.
func urlRef(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "url(") && strings.HasSuffix(s, ")") {
		s = strings.Trim(s[4:len(s)-1], `'" `)
		return strings.TrimPrefix(s, "#")
	}
	return ""
}

// clamp01 limits v to [0, 1] (opacities).
func clamp01(v float64) float64 { return math.Max(0, math.Min(1, v)) }
