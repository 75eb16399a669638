package mapview

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// pcanvas wraps an RGBA image and a reusable antialiasing rasterizer. Paths
// added between begin and fill accumulate; overlapping sub-paths of the same
// orientation saturate, opposite ones cancel (so cells cut from one polygon
// join without seams).
type pcanvas struct {
	img  *image.RGBA
	r    *vector.Rasterizer
	w, h float32
	any  bool
}

func newCanvas(img *image.RGBA) *pcanvas {
	b := img.Bounds()
	return &pcanvas{img: img, r: vector.NewRasterizer(b.Dx(), b.Dy()), w: float32(b.Dx()), h: float32(b.Dy())}
}

func (c *pcanvas) begin() {
	c.r.Reset(int(c.w), int(c.h))
	c.any = false
}

// fill paints everything added since begin with col.
func (c *pcanvas) fill(col color.Color) {
	if !c.any {
		return
	}
	c.r.Draw(c.img, c.img.Bounds(), image.NewUniform(col), image.Point{})
}

// ring adds a closed polygon in device pixels.
func (c *pcanvas) ring(xs, ys []float32) {
	if len(xs) < 3 {
		return
	}
	c.r.MoveTo(xs[0], ys[0])
	for i := 1; i < len(xs); i++ {
		c.r.LineTo(xs[i], ys[i])
	}
	c.r.ClosePath()
	c.any = true
}

// segment adds a stroke of width w from a to b as a quad with a fixed
// handedness, so that overlapping segments saturate instead of cancelling.
func (c *pcanvas) segment(ax, ay, bx, by, w float32) {
	dx, dy := bx-ax, by-ay
	l := float32(math.Hypot(float64(dx), float64(dy)))
	if l < 1e-3 {
		return
	}
	nx, ny := -dy/l*w/2, dx/l*w/2
	c.r.MoveTo(ax+nx, ay+ny)
	c.r.LineTo(bx+nx, by+ny)
	c.r.LineTo(bx-nx, by-ny)
	c.r.LineTo(ax-nx, ay-ny)
	c.r.ClosePath()
	c.any = true
}

// polyline strokes a polyline, with round joins when w > 2.
func (c *pcanvas) polyline(xs, ys []float32, w float32) {
	for i := 1; i < len(xs); i++ {
		c.segment(xs[i-1], ys[i-1], xs[i], ys[i], w)
		if w > 2 && i < len(xs)-1 {
			c.circle(xs[i], ys[i], w/2)
		}
	}
}

// dashed strokes a polyline with dashes of on, gaps of off pixels.
func (c *pcanvas) dashed(xs, ys []float32, w, on, off float32) {
	phase := float32(0) // distance into the current on+off period
	for i := 1; i < len(xs); i++ {
		ax, ay, bx, by := xs[i-1], ys[i-1], xs[i], ys[i]
		l := float32(math.Hypot(float64(bx-ax), float64(by-ay)))
		pos := float32(0)
		for pos < l {
			if phase < on {
				step := min(on-phase, l-pos)
				t0, t1 := pos/l, (pos+step)/l
				c.segment(ax+(bx-ax)*t0, ay+(by-ay)*t0, ax+(bx-ax)*t1, ay+(by-ay)*t1, w)
				pos += step
				phase += step
			} else {
				step := min(on+off-phase, l-pos)
				pos += step
				phase += step
			}
			if phase >= on+off {
				phase = 0
			}
		}
	}
}

// circle adds a filled circle (counter-clockwise polygon).
func (c *pcanvas) circle(x, y, r float32) {
	n := 8 + int(r)
	if n > 40 {
		n = 40
	}
	for i := 0; i <= n; i++ {
		a := float64(i) / float64(n) * 2 * math.Pi
		px, py := x+r*float32(math.Cos(a)), y+r*float32(math.Sin(a))
		if i == 0 {
			c.r.MoveTo(px, py)
		} else {
			c.r.LineTo(px, py)
		}
	}
	c.r.ClosePath()
	c.any = true
}

// star adds a five-pointed star of outer radius r.
func (c *pcanvas) star(x, y, r float32) {
	for i := 0; i < 10; i++ {
		rr := r
		if i%2 == 1 {
			rr = r * 0.45
		}
		a := -math.Pi/2 + float64(i)*math.Pi/5
		px, py := x+rr*float32(math.Cos(a)), y+rr*float32(math.Sin(a))
		if i == 0 {
			c.r.MoveTo(px, py)
		} else {
			c.r.LineTo(px, py)
		}
	}
	c.r.ClosePath()
	c.any = true
}

// poly adds a polygon from coordinate pairs.
func (c *pcanvas) poly(pts ...float32) {
	c.r.MoveTo(pts[0], pts[1])
	for i := 2; i+1 < len(pts); i += 2 {
		c.r.LineTo(pts[i], pts[i+1])
	}
	c.r.ClosePath()
	c.any = true
}

// rect fills an axis-aligned rectangle directly (no antialiasing needed).
func (c *pcanvas) rect(r image.Rectangle, col color.Color) {
	draw.Draw(c.img, r, image.NewUniform(col), image.Point{}, draw.Over)
}

func hex(s string) color.NRGBA {
	var v [4]uint8
	v[3] = 255
	for i := 0; i < (len(s)-1)/2 && i < 4; i++ {
		var b uint8
		for _, ch := range s[1+2*i : 3+2*i] {
			b <<= 4
			switch {
			case ch >= '0' && ch <= '9':
				b |= uint8(ch - '0')
			case ch >= 'a' && ch <= 'f':
				b |= uint8(ch - 'a' + 10)
			}
		}
		v[i] = b
	}
	return color.NRGBA{v[0], v[1], v[2], v[3]}
}
