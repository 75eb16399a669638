package charts

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/storylens/storylens/charts/internal/svg"
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
	segs        []svg.Seg // absolute, in viewBox pixels (transforms applied)
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

// buildScene parses an ECharts SVG into a scene.
func buildScene(doc string) (*scene, error) {
	root, err := parseSVGTree(doc)
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
	st := style{m: svg.Identity(), fill: "black", stroke: "none", strokeW: 1, opacity: 1, fillOp: 1, strokeOp: 1,
		join: "miter", cap: "butt", fontSize: 12, anchor: "start", series: -1, data: -1}
	p := &sceneBuilder{sc: sc, defs: defs}
	p.walk(root, st, true)
	return sc, p.err
}

// bboxOf is the bounding box of the segments' points (control points
// included, which is enough for clipping and hit-testing).
func bboxOf(segs []svg.Seg) rect {
	r := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, s := range segs {
		n := map[byte]int{'M': 1, 'L': 1, 'Q': 2, 'C': 3}[s.Op]
		for k := 0; k < n; k++ {
			r.x0, r.y0 = math.Min(r.x0, s.P[k][0]), math.Min(r.y0, s.P[k][1])
			r.x1, r.y1 = math.Max(r.x1, s.P[k][0]), math.Max(r.y1, s.P[k][1])
		}
	}
	if math.IsInf(r.x0, 0) {
		return rect{}
	}
	return r
}
