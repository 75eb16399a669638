package charts

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"
	"strings"
)

// scene is an ECharts SVG parsed into drawing items in viewBox pixels, with
// every <text> already turned into glyph outlines of the embedded font. It
// is what rasterising and hit-testing read.
type scene struct {
	w, h  float64
	items []item
}

// item is one filled and/or stroked shape.
type item struct {
	segs        []pseg // absolute, in viewBox pixels (transforms applied)
	fill        color.NRGBA
	stroke      color.NRGBA
	hasFill     bool
	hasStroke   bool
	strokeW     float64 // in viewBox pixels
	join        string
	cap         string
	dash        []float64
	strokeFirst bool  // paint-order: stroke drawn under the fill (text halos)
	clip        *rect // axis-aligned clip in viewBox pixels
	bbox        rect
	series      int  // ECharts seriesIndex from ecmeta_series_index, -1 if none
	data        int  // ECharts dataIndex from ecmeta_data_index, -1 if none
	chart       bool // a series' own element (ecmeta_ssr_type="chart"), not a legend's
	background  bool
	text        string // for text items: the text drawn
	// For text items: where the baseline starts (viewBox pixels), the font
	// size there, the baseline's angle (radians, clockwise) and boldness,
	// so that vector exports can carry the text itself.
	textAt    [2]float64
	textSize  float64
	textAngle float64
	textBold  bool
}

// rect is an axis-aligned rectangle.
type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) contains(x, y float64) bool { return x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1 }

func (r rect) intersect(o rect) rect {
	return rect{math.Max(r.x0, o.x0), math.Max(r.y0, o.y0), math.Min(r.x1, o.x1), math.Min(r.y1, o.y1)}
}

// node is a parsed SVG element.
type node struct {
	name     string
	attr     map[string]string
	children []*node
	text     strings.Builder
}

// parseSVGTree reads an SVG document into elements.
func parseSVGTree(svg string) (*node, error) {
	dec := xml.NewDecoder(strings.NewReader(svg))
	dec.Strict = true
	var root *node
	var stack []*node
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			return nil, fmt.Errorf("svg line %d: %w", line, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: t.Name.Local, attr: make(map[string]string, len(t.Attr))}
			for _, a := range t.Attr {
				n.attr[a.Name.Local] = a.Value
			}
			if len(stack) == 0 {
				if root != nil {
					return nil, fmt.Errorf("svg: more than one root element")
				}
				root = n
			} else {
				p := stack[len(stack)-1]
				p.children = append(p.children, n)
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text.Write(t)
			}
		}
	}
	if root == nil || root.name != "svg" {
		return nil, fmt.Errorf("svg: no <svg> root element")
	}
	return root, nil
}

// style is the inherited presentation state.
type style struct {
	m          matrix
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

// buildScene parses an ECharts SVG into a scene.
func buildScene(svg string) (*scene, error) {
	root, err := parseSVGTree(svg)
	if err != nil {
		return nil, err
	}
	sc := &scene{}
	sc.w, _ = strconv.ParseFloat(root.attr["width"], 64)
	sc.h, _ = strconv.ParseFloat(root.attr["height"], 64)
	if vb := strings.Fields(strings.ReplaceAll(root.attr["viewBox"], ",", " ")); len(vb) == 4 {
		sc.w, _ = strconv.ParseFloat(vb[2], 64)
		sc.h, _ = strconv.ParseFloat(vb[3], 64)
	}
	if sc.w <= 0 || sc.h <= 0 {
		return nil, fmt.Errorf("svg: no size")
	}
	// ECharts writes <defs> after the shapes that use them: collect ids first.
	defs := map[string]*node{}
	var collect func(n *node)
	collect = func(n *node) {
		if id := n.attr["id"]; id != "" {
			defs[id] = n
		}
		for _, c := range n.children {
			collect(c)
		}
	}
	collect(root)
	st := style{m: identity(), fill: "black", stroke: "none", strokeW: 1, opacity: 1, fillOp: 1, strokeOp: 1,
		join: "miter", cap: "butt", fontSize: 12, anchor: "start", series: -1, data: -1}
	p := &sceneBuilder{sc: sc, defs: defs}
	p.walk(root, st, true)
	return sc, p.err
}

type sceneBuilder struct {
	sc    *scene
	defs  map[string]*node
	err   error
	first bool
}

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
		st.m = st.m.mul(parseTransform(t))
	}
	if v, ok := get("fill"); ok {
		st.fill = v
	}
	if v, ok := get("stroke"); ok {
		st.stroke = v
	}
	if v, ok := get("stroke-width"); ok {
		st.strokeW = parseNum(v, st.strokeW)
	}
	if v, ok := get("opacity"); ok {
		st.opacity *= clamp01(parseNum(v, 1))
	}
	if v, ok := get("fill-opacity"); ok {
		st.fillOp = clamp01(parseNum(v, 1))
	}
	if v, ok := get("stroke-opacity"); ok {
		st.strokeOp = clamp01(parseNum(v, 1))
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
		st.fontSize = parseNum(strings.TrimSuffix(v, "px"), st.fontSize)
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
		st.series = int(parseNum(v, -1))
	}
	if v, ok := get("ecmeta_data_index"); ok {
		st.data = int(parseNum(v, -1))
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

// clipRect is the bounding box of a clipPath's shapes in viewBox pixels
// (ECharts clips series to rectangles).
func (p *sceneBuilder) clipRect(cp *node, m matrix) (rect, bool) {
	r := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	found := false
	for _, c := range cp.children {
		segs, err := shapeSegs(c)
		if err != nil || len(segs) == 0 {
			continue
		}
		cm := m
		if t, ok := c.attr["transform"]; ok {
			cm = m.mul(parseTransform(t))
		}
		b := bboxOf(transformSegs(segs, cm))
		r = rect{math.Min(r.x0, b.x0), math.Min(r.y0, b.y0), math.Max(r.x1, b.x1), math.Max(r.y1, b.y1)}
		found = true
	}
	return r, found
}

// paint makes an item of segs (user space) with the state's paint.
func (p *sceneBuilder) paint(st style, segs []pseg) item {
	it := item{segs: transformSegs(segs, st.m), series: st.series, data: st.data, chart: st.chart, clip: st.clip,
		join: st.join, cap: st.cap, strokeFirst: strings.HasPrefix(strings.TrimSpace(st.paintOrder), "stroke")}
	if c, ok := p.color(st.fill); ok {
		c.A = uint8(math.Round(float64(c.A) * st.opacity * st.fillOp))
		it.fill, it.hasFill = c, c.A > 0
	}
	if c, ok := p.color(st.stroke); ok && st.strokeW > 0 {
		c.A = uint8(math.Round(float64(c.A) * st.opacity * st.strokeOp))
		it.stroke, it.hasStroke = c, c.A > 0
		it.strokeW = st.strokeW * st.m.scale()
		if st.dash != "" && st.dash != "none" {
			for _, f := range strings.FieldsFunc(st.dash, func(r rune) bool { return r == ',' || r == ' ' }) {
				if v, err := strconv.ParseFloat(f, 64); err == nil && v >= 0 {
					it.dash = append(it.dash, v*st.m.scale())
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
			c, ok := parseColor(cs)
			if !ok {
				continue
			}
			op := parseNum(stop.attr["stop-opacity"], 1)
			r, gg, b, a, n = r+float64(c.R), gg+float64(c.G), b+float64(c.B), a+float64(c.A)*op, n+1
		}
		if n == 0 {
			return color.NRGBA{}, false
		}
		return color.NRGBA{uint8(r / n), uint8(gg / n), uint8(b / n), uint8(a / n)}, true
	}
	return parseColor(s)
}

// text converts a <text> element to glyph outlines.
func (p *sceneBuilder) text(n *node, st style) {
	var sb strings.Builder
	sb.WriteString(n.text.String())
	for _, c := range n.children { // tspans: text only
		sb.WriteString(c.text.String())
	}
	s := sb.String()
	if strings.TrimSpace(s) == "" {
		return
	}
	reg, bold, err := loadFaces()
	if err != nil {
		p.err = err
		return
	}
	fc := reg
	if st.bold {
		fc = bold
	}
	size := st.fontSize
	x := parseNum(n.attr["x"], 0)
	y := parseNum(n.attr["y"], 0)
	w := fc.width(s) * size
	switch st.anchor {
	case "middle":
		x -= w / 2
	case "end":
		x -= w
	}
	switch st.baseline {
	case "central":
		y += (fc.ascent - fc.descent) / 2 * size
	case "middle":
		y += fc.xHeight / 2 * size
	case "hanging", "text-before-edge":
		y += fc.ascent * size
	case "text-after-edge", "ideographic":
		y -= fc.descent * size
	}
	var segs []pseg
	pen := x
	for _, r := range s {
		g := fc.glyph(r)
		for _, gs := range g.segs {
			ps := pseg{}
			switch gs.op {
			case 'M':
				if len(segs) > 0 {
					segs = append(segs, pseg{op: 'Z'})
				}
				ps.op = 'M'
			default:
				ps.op = gs.op
			}
			for i := range gs.pts {
				ps.p[i] = [2]float64{pen + gs.pts[i][0]*size, y + gs.pts[i][1]*size}
			}
			segs = append(segs, ps)
		}
		pen += g.advance * size
	}
	if len(segs) > 0 {
		segs = append(segs, pseg{op: 'Z'})
	}
	it := p.paint(st, segs)
	it.text = s
	it.textAt = st.m.apply([2]float64{x, y})
	it.textSize = size * st.m.scale()
	it.textAngle = math.Atan2(st.m[1], st.m[0])
	it.textBold = st.bold
	if len(segs) == 0 {
		it.bbox = bboxOf(transformSegs([]pseg{{op: 'M', p: [3][2]float64{{x, y}}}, {op: 'L', p: [3][2]float64{{x + w, y}}}}, st.m))
	}
	it.join = "round"
	p.add(it)
}

// shapeSegs returns the outline of a basic shape or path (nil for elements
// that draw nothing).
func shapeSegs(n *node) ([]pseg, error) {
	a := n.attr
	num := func(k string) float64 { return parseNum(a[k], 0) }
	switch n.name {
	case "path":
		return parsePath(a["d"])
	case "rect":
		x, y, w, h := num("x"), num("y"), num("width"), num("height")
		if w <= 0 || h <= 0 {
			return nil, nil
		}
		rx, ry := num("rx"), num("ry")
		if rx == 0 {
			rx = ry
		}
		if ry == 0 {
			ry = rx
		}
		if rx > 0 {
			rx, ry = math.Min(rx, w/2), math.Min(ry, h/2)
			d := fmt.Sprintf("M%g %gH%gA%g %g 0 0 1 %g %gV%gA%g %g 0 0 1 %g %gH%gA%g %g 0 0 1 %g %gV%gA%g %g 0 0 1 %g %gZ",
				x+rx, y, x+w-rx, rx, ry, x+w, y+ry, y+h-ry, rx, ry, x+w-rx, y+h, x+rx, rx, ry, x, y+h-ry, y+ry, rx, ry, x+rx, y)
			return parsePath(d)
		}
		return []pseg{{op: 'M', p: [3][2]float64{{x, y}}}, {op: 'L', p: [3][2]float64{{x + w, y}}},
			{op: 'L', p: [3][2]float64{{x + w, y + h}}}, {op: 'L', p: [3][2]float64{{x, y + h}}}, {op: 'Z'}}, nil
	case "circle", "ellipse":
		cx, cy := num("cx"), num("cy")
		rx, ry := num("r"), num("r")
		if n.name == "ellipse" {
			rx, ry = num("rx"), num("ry")
		}
		if rx <= 0 || ry <= 0 {
			return nil, nil
		}
		return parsePath(fmt.Sprintf("M%g %gA%g %g 0 1 1 %g %gA%g %g 0 1 1 %g %gZ", cx+rx, cy, rx, ry, cx-rx, cy, rx, ry, cx+rx, cy))
	case "line":
		return []pseg{{op: 'M', p: [3][2]float64{{num("x1"), num("y1")}}}, {op: 'L', p: [3][2]float64{{num("x2"), num("y2")}}}}, nil
	case "polyline", "polygon":
		f := strings.FieldsFunc(a["points"], func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' })
		var segs []pseg
		for i := 0; i+1 < len(f); i += 2 {
			op := byte('L')
			if i == 0 {
				op = 'M'
			}
			segs = append(segs, pseg{op: op, p: [3][2]float64{{parseNum(f[i], 0), parseNum(f[i+1], 0)}}})
		}
		if n.name == "polygon" && len(segs) > 0 {
			segs = append(segs, pseg{op: 'Z'})
		}
		return segs, nil
	}
	return nil, nil
}

func urlRef(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "url(") && strings.HasSuffix(s, ")") {
		s = strings.Trim(s[4:len(s)-1], `'" `)
		return strings.TrimPrefix(s, "#")
	}
	return ""
}

func parseNum(s string, def float64) float64 {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "px"))
	if s == "" {
		return def
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return def
	}
	return v
}

func clamp01(v float64) float64 { return math.Max(0, math.Min(1, v)) }

var namedColors = map[string]color.NRGBA{
	"black": {0, 0, 0, 255}, "white": {255, 255, 255, 255}, "red": {255, 0, 0, 255}, "green": {0, 128, 0, 255},
	"blue": {0, 0, 255, 255}, "gray": {128, 128, 128, 255}, "grey": {128, 128, 128, 255}, "transparent": {},
}

// parseColor reads #rgb, #rrggbb, #rrggbbaa, rgb(), rgba() and a few names.
func parseColor(s string) (color.NRGBA, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "" || s == "none":
		return color.NRGBA{}, false
	case strings.HasPrefix(s, "#"):
		h := s[1:]
		if len(h) == 3 || len(h) == 4 {
			var b bytes.Buffer
			for _, c := range h {
				b.WriteRune(c)
				b.WriteRune(c)
			}
			h = b.String()
		}
		if len(h) != 6 && len(h) != 8 {
			return color.NRGBA{}, false
		}
		v, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			return color.NRGBA{}, false
		}
		if len(h) == 6 {
			return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}, true
		}
		return color.NRGBA{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}, true
	case strings.HasPrefix(s, "rgb"):
		i, j := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if i < 0 || j < i {
			return color.NRGBA{}, false
		}
		parts := strings.FieldsFunc(s[i+1:j], func(r rune) bool { return r == ',' || r == ' ' || r == '/' })
		if len(parts) < 3 {
			return color.NRGBA{}, false
		}
		var c [4]float64
		c[3] = 1
		for k := 0; k < len(parts) && k < 4; k++ {
			p := parts[k]
			pct := strings.HasSuffix(p, "%")
			v := parseNum(strings.TrimSuffix(p, "%"), 0)
			if pct {
				if k < 3 {
					v = v * 255 / 100
				} else {
					v /= 100
				}
			}
			c[k] = v
		}
		cl := func(v, max float64) uint8 { return uint8(math.Round(math.Max(0, math.Min(max, v)) * 255 / max)) }
		return color.NRGBA{cl(c[0], 255), cl(c[1], 255), cl(c[2], 255), cl(c[3], 1)}, true
	}
	c, ok := namedColors[s]
	return c, ok && c.A > 0
}

// matrix is an affine transform [a c e; b d f].
type matrix [6]float64

func identity() matrix { return matrix{1, 0, 0, 1, 0, 0} }

// mul returns m × n (n applied first).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[2]*n[1], m[1]*n[0] + m[3]*n[1],
		m[0]*n[2] + m[2]*n[3], m[1]*n[2] + m[3]*n[3],
		m[0]*n[4] + m[2]*n[5] + m[4], m[1]*n[4] + m[3]*n[5] + m[5],
	}
}

func (m matrix) apply(p [2]float64) [2]float64 {
	return [2]float64{m[0]*p[0] + m[2]*p[1] + m[4], m[1]*p[0] + m[3]*p[1] + m[5]}
}

// scale is the transform's mean scale factor (for stroke widths).
func (m matrix) scale() float64 { return math.Sqrt(math.Abs(m[0]*m[3] - m[1]*m[2])) }

// parseTransform reads an SVG transform list.
func parseTransform(s string) matrix {
	m := identity()
	for {
		s = strings.TrimLeft(s, " ,\t\n")
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s, ')')
		if i < 0 || j < i {
			return m
		}
		name := strings.TrimSpace(s[:i])
		var v []float64
		for _, f := range strings.FieldsFunc(s[i+1:j], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
			v = append(v, parseNum(f, 0))
		}
		s = s[j+1:]
		var t matrix
		switch {
		case name == "matrix" && len(v) == 6:
			t = matrix{v[0], v[1], v[2], v[3], v[4], v[5]}
		case name == "translate" && len(v) >= 1:
			ty := 0.0
			if len(v) > 1 {
				ty = v[1]
			}
			t = matrix{1, 0, 0, 1, v[0], ty}
		case name == "scale" && len(v) >= 1:
			sy := v[0]
			if len(v) > 1 {
				sy = v[1]
			}
			t = matrix{v[0], 0, 0, sy, 0, 0}
		case name == "rotate" && len(v) >= 1:
			a := v[0] * math.Pi / 180
			t = matrix{math.Cos(a), math.Sin(a), -math.Sin(a), math.Cos(a), 0, 0}
			if len(v) == 3 {
				t = matrix{1, 0, 0, 1, v[1], v[2]}.mul(t).mul(matrix{1, 0, 0, 1, -v[1], -v[2]})
			}
		case name == "skewX" && len(v) == 1:
			t = matrix{1, 0, math.Tan(v[0] * math.Pi / 180), 1, 0, 0}
		case name == "skewY" && len(v) == 1:
			t = matrix{1, math.Tan(v[0] * math.Pi / 180), 0, 1, 0, 0}
		default:
			continue
		}
		m = m.mul(t)
	}
}

func transformSegs(segs []pseg, m matrix) []pseg {
	out := make([]pseg, len(segs))
	for i, s := range segs {
		out[i].op = s.op
		for k := range s.p {
			out[i].p[k] = m.apply(s.p[k])
		}
	}
	return out
}

// bboxOf is the bounding box of the segments' points (control points
// included, which is enough for clipping and hit-testing).
func bboxOf(segs []pseg) rect {
	r := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, s := range segs {
		n := map[byte]int{'M': 1, 'L': 1, 'Q': 2, 'C': 3}[s.op]
		for k := 0; k < n; k++ {
			r.x0, r.y0 = math.Min(r.x0, s.p[k][0]), math.Min(r.y0, s.p[k][1])
			r.x1, r.y1 = math.Max(r.x1, s.p[k][0]), math.Max(r.y1, s.p[k][1])
		}
	}
	if math.IsInf(r.x0, 0) {
		return rect{}
	}
	return r
}
