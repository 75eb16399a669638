package mapview

import (
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"golang.org/x/image/vector"
)

// pcanvas wraps an RGBA image and a reusable antialiasing rasterizer. Paths
// added between begin and fill are recorded with their bounding box; fill
// rasterizes only that box. Overlapping sub-paths of the same orientation
// saturate, opposite ones cancel (so cells cut from one polygon join
// without seams).
type pcanvas struct {
	img  *image.RGBA
	r    *vector.Rasterizer
	mask []uint8 // reusable coverage buffer
	// bx0, by0, bx1, by1 are the image bounds (a band of a larger image
	// when drawing in parallel).
	bx0, by0, bx1, by1 float32
	any                bool
	// ops records the path: op codes (0 move, 1 line, 2 close) and points.
	ops                    []uint8
	pts                    []float32
	minX, minY, maxX, maxY float32
}

// canvases keeps canvases (rasterizer, mask and path buffers of up to a
// frame's size) between frames: allocating and faulting in those buffers
// anew each frame cost more than drawing.
var canvases = sync.Pool{New: func() any { return &pcanvas{r: vector.NewRasterizer(1, 1)} }}

// newCanvas returns a canvas drawing into img; release it when done.
func newCanvas(img *image.RGBA) *pcanvas {
	b := img.Bounds()
	c := canvases.Get().(*pcanvas)
	c.img = img
	c.bx0, c.by0, c.bx1, c.by1 = float32(b.Min.X), float32(b.Min.Y), float32(b.Max.X), float32(b.Max.Y)
	c.begin()
	return c
}

// release returns the canvas to the pool; it must not be used after.
func (c *pcanvas) release() {
	c.img = nil
	canvases.Put(c)
}

func (c *pcanvas) begin() {
	c.ops, c.pts = c.ops[:0], c.pts[:0]
	c.any = false
	c.minX, c.minY, c.maxX, c.maxY = float32(math.Inf(1)), float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.Inf(-1))
}

func (c *pcanvas) add(op uint8, x, y float32) {
	c.ops = append(c.ops, op)
	if op == 2 {
		return
	}
	c.pts = append(c.pts, x, y)
	c.minX, c.maxX = min(c.minX, x), max(c.maxX, x)
	c.minY, c.maxY = min(c.minY, y), max(c.maxY, y)
	c.any = true
}

func (c *pcanvas) moveTo(x, y float32) { c.add(0, x, y) }
func (c *pcanvas) lineTo(x, y float32) { c.add(1, x, y) }
func (c *pcanvas) closePath()          { c.add(2, 0, 0) }

// fill paints everything added since begin with col.
func (c *pcanvas) fill(col color.Color) {
	if !c.any {
		return
	}
	x0 := int(math.Floor(float64(max(c.minX, c.bx0))))
	y0 := int(math.Floor(float64(max(c.minY, c.by0))))
	x1 := int(math.Ceil(float64(min(c.maxX, c.bx1))))
	y1 := int(math.Ceil(float64(min(c.maxY, c.by1))))
	if x1 <= x0 || y1 <= y0 {
		return
	}
	c.r.Reset(x1-x0, y1-y0)
	ox, oy := float32(x0), float32(y0)
	j := 0
	for _, op := range c.ops {
		switch op {
		case 0:
			c.r.MoveTo(c.pts[j]-ox, c.pts[j+1]-oy)
			j += 2
		case 1:
			c.r.LineTo(c.pts[j]-ox, c.pts[j+1]-oy)
			j += 2
		case 2:
			c.r.ClosePath()
		}
	}
	w, h := x1-x0, y1-y0
	if cap(c.mask) < w*h {
		c.mask = make([]uint8, w*h)
	}
	m := &image.Alpha{Pix: c.mask[:w*h], Stride: w, Rect: image.Rect(0, 0, w, h)}
	c.r.DrawOp = draw.Src
	c.r.Draw(m, m.Rect, image.Opaque, image.Point{})
	composite(c.img, x0, y0, m, color.NRGBAModel.Convert(col).(color.NRGBA))
}

// composite blends col into dst through coverage mask m placed at (x0, y0)
// (source-over), skipping uncovered pixels; parts outside dst are clipped.
func composite(dst *image.RGBA, x0, y0 int, m *image.Alpha, col color.NRGBA) {
	db := dst.Rect
	r := m.Rect.Sub(m.Rect.Min).Add(image.Pt(x0, y0)).Intersect(db)
	if r.Empty() {
		return
	}
	cr, cg, cb, ca := uint32(col.R), uint32(col.G), uint32(col.B), uint32(col.A)
	solid := cr | cg<<8 | cb<<16 | 0xff<<24
	w := r.Dx()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		mo := (y-y0)*m.Stride + (r.Min.X - x0)
		mrow := m.Pix[mo : mo+w]
		off := (y-db.Min.Y)*dst.Stride + (r.Min.X-db.Min.X)*4
		drow := dst.Pix[off : off+4*w]
		x := 0
		for x < w {
			// Skip or fill eight pixels at once where the mask is all
			// empty or all full (most of a frame).
			if x+8 <= w {
				q := binary.LittleEndian.Uint64(mrow[x:])
				if q == 0 {
					x += 8
					continue
				}
				if q == ^uint64(0) && ca == 255 {
					for k := 0; k < 8; k++ {
						binary.LittleEndian.PutUint32(drow[4*(x+k):], solid)
					}
					x += 8
					continue
				}
			}
			mv := mrow[x]
			if mv != 0 {
				a := uint32(mv) * ca / 255
				d := drow[4*x : 4*x+4 : 4*x+4]
				if a == 255 {
					binary.LittleEndian.PutUint32(d, solid)
				} else {
					ia := 255 - a
					d[0] = uint8((cr*a + uint32(d[0])*ia) / 255)
					d[1] = uint8((cg*a + uint32(d[1])*ia) / 255)
					d[2] = uint8((cb*a + uint32(d[2])*ia) / 255)
					d[3] = uint8(a + uint32(d[3])*ia/255)
				}
			}
			x++
		}
	}
}

// ring adds a closed polygon in device pixels.
func (c *pcanvas) ring(xs, ys []float32) {
	if len(xs) < 3 {
		return
	}
	c.moveTo(xs[0], ys[0])
	for i := 1; i < len(xs); i++ {
		c.lineTo(xs[i], ys[i])
	}
	c.closePath()
}

// segment adds a stroke of width w from a to b as a quad with a fixed
// handedness, so that overlapping segments saturate instead of cancelling.
func (c *pcanvas) segment(ax, ay, bx, by, w float32) {
	if max(ax, bx) < c.bx0-w || min(ax, bx) > c.bx1+w || max(ay, by) < c.by0-w || min(ay, by) > c.by1+w {
		return // off the canvas
	}
	dx, dy := bx-ax, by-ay
	l := float32(math.Hypot(float64(dx), float64(dy)))
	if l < 1e-3 {
		return
	}
	nx, ny := -dy/l*w/2, dx/l*w/2
	c.moveTo(ax+nx, ay+ny)
	c.lineTo(bx+nx, by+ny)
	c.lineTo(bx-nx, by-ny)
	c.lineTo(ax-nx, ay-ny)
	c.closePath()
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
			c.moveTo(px, py)
		} else {
			c.lineTo(px, py)
		}
	}
	c.closePath()
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
			c.moveTo(px, py)
		} else {
			c.lineTo(px, py)
		}
	}
	c.closePath()
}

// poly adds a polygon from coordinate pairs.
func (c *pcanvas) poly(pts ...float32) {
	c.moveTo(pts[0], pts[1])
	for i := 2; i+1 < len(pts); i += 2 {
		c.lineTo(pts[i], pts[i+1])
	}
	c.closePath()
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

// clipPolyline cuts a polyline to the rectangle [x0, x1] × [y0, y1]
// (Liang-Barsky per segment) and returns the visible pieces, so dashes and
// arrows are only computed where they can be seen.
func clipPolyline(xs, ys []float32, x0, y0, x1, y1 float32) (pieces [][2][]float32) {
	var cx, cy []float32
	flush := func() {
		if len(cx) >= 2 {
			pieces = append(pieces, [2][]float32{cx, cy})
		}
		cx, cy = nil, nil
	}
	for i := 1; i < len(xs); i++ {
		ax, ay, bx, by := xs[i-1], ys[i-1], xs[i], ys[i]
		t0, t1 := float32(0), float32(1)
		dx, dy := bx-ax, by-ay
		ok := true
		for _, pq := range [4][2]float32{{-dx, ax - x0}, {dx, x1 - ax}, {-dy, ay - y0}, {dy, y1 - ay}} {
			p, q := pq[0], pq[1]
			if p == 0 {
				if q < 0 {
					ok = false
					break
				}
				continue
			}
			r := q / p
			if p < 0 {
				t0 = max(t0, r)
			} else {
				t1 = min(t1, r)
			}
		}
		if !ok || t0 > t1 {
			flush()
			continue
		}
		px, py := ax+dx*t0, ay+dy*t0
		qx, qy := ax+dx*t1, ay+dy*t1
		if len(cx) == 0 || t0 > 0 {
			flush()
			cx, cy = []float32{px}, []float32{py}
		}
		cx, cy = append(cx, qx), append(cy, qy)
		if t1 < 1 {
			flush()
		}
	}
	flush()
	return pieces
}
