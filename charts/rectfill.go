package charts

import (
	"image"
	"image/color"
	"math"

	"github.com/storylens/storylens/charts/internal/svg"
)

// axisRect reports whether segs is one axis-aligned rectangle (ECharts'
// bars, heatmap cells, backgrounds) and returns its corners.
func axisRect(segs []svg.Seg) (r rect, ok bool) {
	n := len(segs)
	if n > 0 && segs[n-1].Op == 'Z' {
		n--
	}
	if n < 4 || n > 5 || segs[0].Op != 'M' {
		return rect{}, false
	}
	pts := make([][2]float64, 0, 5)
	for _, s := range segs[:n] {
		if s.Op != 'M' && s.Op != 'L' {
			return rect{}, false
		}
		if len(pts) > 0 && s.Op == 'M' {
			return rect{}, false
		}
		pts = append(pts, s.P[0])
	}
	if len(pts) == 5 {
		if pts[4] != pts[0] {
			return rect{}, false
		}
		pts = pts[:4]
	}
	for i := 0; i < 4; i++ {
		a, b := pts[i], pts[(i+1)%4]
		if a[0] != b[0] && a[1] != b[1] {
			return rect{}, false
		}
	}
	r = rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, p := range pts {
		r.x0, r.y0 = math.Min(r.x0, p[0]), math.Min(r.y0, p[1])
		r.x1, r.y1 = math.Max(r.x1, p[0]), math.Max(r.y1, p[1])
	}
	// Four axis-aligned edges through the corners of this box: a rectangle
	// (a degenerate "bowtie" would repeat a corner).
	seen := map[[2]float64]bool{}
	for _, p := range pts {
		if (p[0] != r.x0 && p[0] != r.x1) || (p[1] != r.y0 && p[1] != r.y1) || seen[p] {
			return rect{}, false
		}
		seen[p] = true
	}
	return r, r.x1 > r.x0 && r.y1 > r.y0
}

// fillRect composites c over the device-space rectangle r (fractional
// edges get partial coverage), within clip. Exact for rectangles and much
// faster than a scanline rasteriser.
func fillRect(dst *image.RGBA, r rect, c color.NRGBA, clip image.Rectangle) {
	x0 := math.Max(r.x0, float64(clip.Min.X))
	y0 := math.Max(r.y0, float64(clip.Min.Y))
	x1 := math.Min(r.x1, float64(clip.Max.X))
	y1 := math.Min(r.y1, float64(clip.Max.Y))
	if x1 <= x0 || y1 <= y0 {
		return
	}
	ix0, iy0 := int(math.Floor(x0)), int(math.Floor(y0))
	ix1, iy1 := int(math.Ceil(x1)), int(math.Ceil(y1))
	cov := func(p int, lo, hi float64) float64 {
		return math.Max(0, math.Min(float64(p+1), hi)-math.Max(float64(p), lo))
	}
	sa := float64(c.A) / 255
	sr, sg, sb := float64(c.R)*sa, float64(c.G)*sa, float64(c.B)*sa
	for y := iy0; y < iy1; y++ {
		cy := cov(y, y0, y1)
		row := dst.Pix[dst.PixOffset(ix0, y):]
		for x := ix0; x < ix1; x++ {
			a := cy * sa
			if x == ix0 || x == ix1-1 {
				a *= cov(x, x0, x1)
			}
			if a <= 0 {
				continue
			}
			k := a / sa // coverage
			i := 4 * (x - ix0)
			inv := 1 - a
			row[i+0] = uint8(math.Round(float64(row[i+0])*inv + sr*k))
			row[i+1] = uint8(math.Round(float64(row[i+1])*inv + sg*k))
			row[i+2] = uint8(math.Round(float64(row[i+2])*inv + sb*k))
			row[i+3] = uint8(math.Round(float64(row[i+3])*inv + 255*a))
		}
	}
}
