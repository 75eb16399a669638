package charts

import (
	"math"
	"strings"

	"github.com/storylens/storylens/assets/fonts"
	"github.com/storylens/storylens/charts/internal/svg"
)

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
	x := svg.Number(n.attr["x"], 0)
	y := svg.Number(n.attr["y"], 0)
	w := textWidth(fc, s, st.bold) * size
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
	var segs []svg.Seg
	shaped := !fonts.Simple(s, st.bold)
	if shaped {
		segs, err = shapedSegs(s, st.bold, x, y, size)
		if err != nil {
			p.err = err
			return
		}
	}
	pen := x
	for _, r := range s {
		if shaped {
			break
		}
		g := fc.glyph(r)
		for _, gs := range g.segs {
			ps := svg.Seg{}
			switch gs.op {
			case 'M':
				if len(segs) > 0 {
					segs = append(segs, svg.Seg{Op: 'Z'})
				}
				ps.Op = 'M'
			default:
				ps.Op = gs.op
			}
			for i := range gs.pts {
				ps.P[i] = [2]float64{pen + gs.pts[i][0]*size, y + gs.pts[i][1]*size}
			}
			segs = append(segs, ps)
		}
		pen += g.advance * size
	}
	if len(segs) > 0 {
		segs = append(segs, svg.Seg{Op: 'Z'})
	}
	it := p.paint(st, segs)
	it.text = s
	it.textAt = st.m.Apply([2]float64{x, y})
	it.textSize = size * st.m.Scale()
	it.textAngle = math.Atan2(st.m[1], st.m[0])
	it.textBold = st.bold
	if len(segs) == 0 {
		it.bbox = bboxOf(svg.Transform([]svg.Seg{{Op: 'M', P: [3][2]float64{{x, y}}}, {Op: 'L', P: [3][2]float64{{x + w, y}}}}, st.m))
	}
	it.join = "round"
	p.add(it)
}

// shapedSegs returns the outlines of s shaped from the fallback chain
// (fonts.Shape: other scripts, right to left, joined), its line starting
// at (x, y) on the baseline, size px per em.
func shapedSegs(s string, bold bool, x, y, size float64) ([]svg.Seg, error) {
	l, err := fonts.Shape(s, bold)
	if err != nil {
		return nil, err
	}
	segs := []svg.Seg{}
	for _, g := range l.Glyphs {
		for _, gs := range g.Segs {
			ps := svg.Seg{Op: gs.Op}
			if gs.Op == 'M' && len(segs) > 0 {
				segs = append(segs, svg.Seg{Op: 'Z'})
			}
			for i := range gs.P {
				ps.P[i] = [2]float64{x + (g.X+gs.P[i][0])*size, y + (g.Y+gs.P[i][1])*size}
			}
			segs = append(segs, ps)
		}
	}
	return segs, nil
}
