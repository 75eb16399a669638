package fonts

import (
	"image"
	"image/draw"

	"golang.org/x/image/vector"
)

// Mask draws l at size pixels per em into a new alpha mask, unhinted
// and antialiased, with pad pixels of margin on every side. ascent and
// descent (pixels, both positive) are the least room kept above and below
// the baseline, so that a shaped label and a plain one of the same size
// line up; the mask grows when an outline reaches further. baseline is the
// baseline's row in the mask; the line starts at column pad.
func (l *Line) Mask(size float64, ascent, descent, pad int) (mask *image.Alpha, baseline int) {
	up := max(ascent, ceil(-l.Top*size))
	down := max(descent, ceil(l.Bottom*size))
	w := ceil(l.Advance*size) + 2*pad
	h := up + down + 2*pad
	mask = image.NewAlpha(image.Rect(0, 0, max(w, 1), max(h, 1)))
	baseline = pad + up
	l.Draw(mask, float64(pad), float64(baseline), size)
	return mask, baseline
}

// Draw draws l's outlines into dst, at size pixels per em, the line
// starting at (x, y) on its baseline, as coverage (an opaque source over
// dst's alpha).
func (l *Line) Draw(dst draw.Image, x, y, size float64) {
	b := dst.Bounds()
	if b.Empty() {
		return
	}
	z := vector.NewRasterizer(b.Dx(), b.Dy())
	ox, oy := x-float64(b.Min.X), y-float64(b.Min.Y)
	pt := func(p [2]float64, gx, gy float64) (float32, float32) {
		return float32(ox + (gx+p[0])*size), float32(oy + (gy+p[1])*size)
	}
	drew := false
	for _, g := range l.Glyphs {
		open := false
		for _, s := range g.Segs {
			switch s.Op {
			case 'M':
				if open {
					z.ClosePath()
				}
				z.MoveTo(pt(s.P[0], g.X, g.Y))
				open = true
			case 'L':
				z.LineTo(pt(s.P[0], g.X, g.Y))
			case 'Q':
				ax, ay := pt(s.P[0], g.X, g.Y)
				bx, by := pt(s.P[1], g.X, g.Y)
				z.QuadTo(ax, ay, bx, by)
			case 'C':
				ax, ay := pt(s.P[0], g.X, g.Y)
				bx, by := pt(s.P[1], g.X, g.Y)
				cx, cy := pt(s.P[2], g.X, g.Y)
				z.CubeTo(ax, ay, bx, by, cx, cy)
			}
			drew = true
		}
		if open {
			z.ClosePath()
		}
	}
	if drew {
		z.Draw(dst, b, image.Opaque, image.Point{})
	}
}

// ceil rounds v up to an int.
func ceil(v float64) int {
	i := int(v)
	if float64(i) < v {
		i++
	}
	return i
}
