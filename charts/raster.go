package charts

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// rasterize draws the scene at scale (device pixels per viewBox pixel) on a
// new image, over bg (nil: transparent, and ECharts' background rectangle
// is skipped).
func (sc *scene) rasterize(scale float64, bg color.Color) *image.RGBA {
	w := int(math.Round(sc.w * scale))
	h := int(math.Round(sc.h * scale))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	if bg != nil {
		draw.Draw(img, img.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	}
	rz := &rasterizer{dst: img, scale: scale}
	for i := range sc.items {
		it := &sc.items[i]
		if it.background {
			// Already painted (bg), or left transparent.
			continue
		}
		rz.clip = img.Bounds()
		if it.clip != nil {
			c := it.clip
			rz.clip = image.Rect(int(math.Floor(c.x0*scale)), int(math.Floor(c.y0*scale)),
				int(math.Ceil(c.x1*scale)), int(math.Ceil(c.y1*scale))).Intersect(img.Bounds())
		}
		if it.strokeFirst {
			rz.strokeItem(it)
			rz.fillItem(it)
		} else {
			rz.fillItem(it)
			rz.strokeItem(it)
		}
	}
	return img
}

// rasterizer fills paths with golang.org/x/image/vector, sized to each
// path's bounding box (compositing the whole image for every path, as
// rasterx's stock scanner does, is 20-35x slower), and strokes them with
// rasterx's stroker feeding the same filler.
type rasterizer struct {
	dst   *image.RGBA
	scale float64
	clip  image.Rectangle
	v     vector.Rasterizer
}

func (rz *rasterizer) fillItem(it *item) {
	if !it.hasFill {
		return
	}
	s := rz.scale
	if ar, ok := axisRect(it.segs); ok {
		fillRect(rz.dst, rect{ar.x0 * s, ar.y0 * s, ar.x1 * s, ar.y1 * s}, it.fill, rz.clip)
		return
	}
	r := rz.target(it.bbox, 0)
	if r.Empty() {
		return
	}
	rz.v.Reset(r.Dx(), r.Dy())
	ox, oy := float32(r.Min.X), float32(r.Min.Y)
	pt := func(p [2]float64) (float32, float32) { return float32(p[0]*s) - ox, float32(p[1]*s) - oy }
	open := false
	for _, sg := range it.segs {
		switch sg.Op {
		case 'M':
			if open {
				rz.v.ClosePath()
			}
			x, y := pt(sg.P[0])
			rz.v.MoveTo(x, y)
			open = true
		case 'L':
			x, y := pt(sg.P[0])
			rz.v.LineTo(x, y)
		case 'Q':
			x1, y1 := pt(sg.P[0])
			x, y := pt(sg.P[1])
			rz.v.QuadTo(x1, y1, x, y)
		case 'C':
			x1, y1 := pt(sg.P[0])
			x2, y2 := pt(sg.P[1])
			x, y := pt(sg.P[2])
			rz.v.CubeTo(x1, y1, x2, y2, x, y)
		case 'Z':
			if open {
				rz.v.ClosePath()
				open = false
			}
		}
	}
	if open {
		rz.v.ClosePath()
	}
	rz.v.DrawOp = draw.Over
	rz.v.Draw(rz.dst, r, image.NewUniform(it.fill), image.Point{})
}

// target is the device rectangle a shape with bounding box b (grown by pad
// device pixels) touches, clipped.
func (rz *rasterizer) target(b rect, pad float64) image.Rectangle {
	s := rz.scale
	r := image.Rect(int(math.Floor(b.x0*s-pad))-1, int(math.Floor(b.y0*s-pad))-1,
		int(math.Ceil(b.x1*s+pad))+1, int(math.Ceil(b.y1*s+pad))+1)
	return r.Intersect(rz.clip)
}

// strokeRect strokes a closed axis-aligned rectangle with square (miter)
// corners and no dashes as the four bands its outline covers, filled
// analytically: the same pixels as the general stroker, many times faster
// (heatmap cells have one each). It reports whether it applied.
func (rz *rasterizer) strokeRect(it *item, w float64) bool {
	if len(it.segs) == 0 || it.segs[len(it.segs)-1].Op != 'Z' || (it.join != "" && it.join != "miter") ||
		(len(it.dash) > 0 && !allZero(it.dash)) {
		return false
	}
	ar, ok := axisRect(it.segs)
	if !ok {
		return false
	}
	s, h := rz.scale, w/2
	x0, y0, x1, y1 := ar.x0*s, ar.y0*s, ar.x1*s, ar.y1*s
	if x1-x0 <= w || y1-y0 <= w {
		fillRect(rz.dst, rect{x0 - h, y0 - h, x1 + h, y1 + h}, it.stroke, rz.clip)
		return true
	}
	fillRect(rz.dst, rect{x0 - h, y0 - h, x1 + h, y0 + h}, it.stroke, rz.clip) // top
	fillRect(rz.dst, rect{x0 - h, y1 - h, x1 + h, y1 + h}, it.stroke, rz.clip) // bottom
	fillRect(rz.dst, rect{x0 - h, y0 + h, x0 + h, y1 - h}, it.stroke, rz.clip) // left
	fillRect(rz.dst, rect{x1 - h, y0 + h, x1 + h, y1 - h}, it.stroke, rz.clip) // right
	return true
}

func (rz *rasterizer) strokeItem(it *item) {
	if !it.hasStroke {
		return
	}
	s := rz.scale
	w := it.strokeW * s
	if w <= 0 {
		return
	}
	if rz.strokeRect(it, w) {
		return
	}
	r := rz.target(it.bbox, w)
	if r.Empty() {
		return
	}
	rec := &recorder{rz: rz}
	var adder interface {
		rasterx.Adder
		Draw()
	}
	capF := rasterx.ButtCap
	switch it.cap {
	case "round":
		capF = rasterx.RoundCap
	case "square":
		capF = rasterx.SquareCap
	}
	join := rasterx.Miter
	switch it.join {
	case "round":
		join = rasterx.Round
	case "bevel":
		join = rasterx.Bevel
	}
	fw := fixed.Int26_6(w * 64)
	if len(it.dash) > 0 && !allZero(it.dash) {
		d := rasterx.NewDasher(r.Dx(), r.Dy(), rec)
		dash := make([]float64, len(it.dash))
		for i, v := range it.dash {
			dash[i] = v * s
		}
		d.SetStroke(fw, 4<<6, capF, capF, rasterx.RoundGap, join, dash, 0)
		adder = d
	} else {
		st := rasterx.NewStroker(r.Dx(), r.Dy(), rec)
		st.SetStroke(fw, 4<<6, capF, capF, rasterx.RoundGap, join)
		adder = st
	}
	fp := func(p [2]float64) fixed.Point26_6 {
		return fixed.Point26_6{X: fixed.Int26_6((p[0]*s - float64(r.Min.X)) * 64), Y: fixed.Int26_6((p[1]*s - float64(r.Min.Y)) * 64)}
	}
	open := false
	for _, sg := range it.segs {
		switch sg.Op {
		case 'M':
			if open {
				adder.Stop(false)
			}
			adder.Start(fp(sg.P[0]))
			open = true
		case 'L':
			adder.Line(fp(sg.P[0]))
		case 'Q':
			adder.QuadBezier(fp(sg.P[0]), fp(sg.P[1]))
		case 'C':
			adder.CubeBezier(fp(sg.P[0]), fp(sg.P[1]), fp(sg.P[2]))
		case 'Z':
			if open {
				adder.Stop(true)
				open = false
			}
		}
	}
	if open {
		adder.Stop(false)
	}
	rec.target = r
	rec.color = it.stroke
	adder.Draw()
}

func allZero(v []float64) bool {
	for _, x := range v {
		if x > 0 {
			return false
		}
	}
	return true
}

// recorder is a rasterx.Scanner that hands the stroke outline, in the
// target rectangle's coordinates, to the vector rasterizer.
type recorder struct {
	rz     *rasterizer
	target image.Rectangle
	color  color.NRGBA
	pts    [][2]float32
	starts []int
}

func (r *recorder) Start(a fixed.Point26_6) {
	r.starts = append(r.starts, len(r.pts))
	r.pts = append(r.pts, [2]float32{float32(a.X) / 64, float32(a.Y) / 64})
}

func (r *recorder) Line(b fixed.Point26_6) {
	r.pts = append(r.pts, [2]float32{float32(b.X) / 64, float32(b.Y) / 64})
}

func (r *recorder) Draw() {
	t := r.target
	if t.Empty() || len(r.pts) == 0 {
		return
	}
	v := &r.rz.v
	v.Reset(t.Dx(), t.Dy())
	for k, st := range r.starts {
		end := len(r.pts)
		if k+1 < len(r.starts) {
			end = r.starts[k+1]
		}
		v.MoveTo(r.pts[st][0], r.pts[st][1])
		for _, p := range r.pts[st+1 : end] {
			v.LineTo(p[0], p[1])
		}
		// No ClosePath: rasterx emits the outline as open pieces that
		// only close up together, as its own scanner expects.
	}
	v.DrawOp = draw.Over
	v.Draw(r.rz.dst, t, image.NewUniform(r.color), image.Point{})
}

func (r *recorder) GetPathExtent() fixed.Rectangle26_6 { return fixed.Rectangle26_6{} }
func (r *recorder) SetBounds(w, h int)                 {}
func (r *recorder) SetColor(c interface{})             {}
func (r *recorder) SetWinding(useNonZeroWinding bool)  {}
func (r *recorder) Clear()                             { r.pts, r.starts = r.pts[:0], r.starts[:0] }
func (r *recorder) SetClip(rect image.Rectangle)       {}
