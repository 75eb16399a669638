package charts

import (
	"fmt"
	"math"
	"strings"

	"github.com/storylens/storylens/charts/internal/svg"
)

// shapeSegs returns the outline of a basic shape or path (nil for elements
// that draw nothing).
func shapeSegs(n *node) ([]svg.Seg, error) {
	a := n.attr
	num := func(k string) float64 { return svg.Number(a[k], 0) }
	switch n.name {
	case "path":
		return svg.ParsePath(a["d"])
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
			return svg.ParsePath(d)
		}
		return []svg.Seg{{Op: 'M', P: [3][2]float64{{x, y}}}, {Op: 'L', P: [3][2]float64{{x + w, y}}},
			{Op: 'L', P: [3][2]float64{{x + w, y + h}}}, {Op: 'L', P: [3][2]float64{{x, y + h}}}, {Op: 'Z'}}, nil
	case "circle", "ellipse":
		cx, cy := num("cx"), num("cy")
		rx, ry := num("r"), num("r")
		if n.name == "ellipse" {
			rx, ry = num("rx"), num("ry")
		}
		if rx <= 0 || ry <= 0 {
			return nil, nil
		}
		return svg.ParsePath(fmt.Sprintf("M%g %gA%g %g 0 1 1 %g %gA%g %g 0 1 1 %g %gZ", cx+rx, cy, rx, ry, cx-rx, cy, rx, ry, cx+rx, cy))
	case "line":
		return []svg.Seg{{Op: 'M', P: [3][2]float64{{num("x1"), num("y1")}}}, {Op: 'L', P: [3][2]float64{{num("x2"), num("y2")}}}}, nil
	case "polyline", "polygon":
		f := strings.FieldsFunc(a["points"], func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' })
		var segs []svg.Seg
		for i := 0; i+1 < len(f); i += 2 {
			op := byte('L')
			if i == 0 {
				op = 'M'
			}
			segs = append(segs, svg.Seg{Op: op, P: [3][2]float64{{svg.Number(f[i], 0), svg.Number(f[i+1], 0)}}})
		}
		if n.name == "polygon" && len(segs) > 0 {
			segs = append(segs, svg.Seg{Op: 'Z'})
		}
		return segs, nil
	}
	return nil, nil
}
