package mapview

import (
	"image"
	"image/draw"
	"math"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/internal/workers"
)

// baseLayer is a drawn basemap layer and the view it was drawn for.
type baseLayer struct {
	img    *image.RGBA
	center orb.Point // normalized Mercator
	zoom   float64
	dark   bool
	gen    uint64 // baseGen when drawn
	tiles  uint64 // Painter.tiles when drawing began
}

// FullResolution reports whether the next frame of w×h device pixels will
// have the full-resolution basemap (the first frame at a size has half).
func (p *Painter) FullResolution(w, h int) bool {
	r := image.Rect(0, 0, w, h)
	if p.base.img != nil && p.base.img.Bounds() == r {
		return true
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pending != nil && p.pending.img.Bounds() == r
}

// takePendingBase reports whether the cached basemap layer has the size r,
// installing the one drawBaseAsync finished if it has.
func (p *Painter) takePendingBase(r image.Rectangle) bool {
	if p.base.img != nil && p.base.img.Bounds() == r {
		return true
	}
	p.mu.Lock()
	pl := p.pending
	if pl == nil || pl.img.Bounds() != r {
		p.mu.Unlock()
		return false
	}
	p.pending = nil
	p.mu.Unlock()
	p.base = *pl
	return true
}

// drawBaseAsync draws the full-resolution basemap layer of v in a
// goroutine (one at a time) and asks for a redraw when it is done.
func (p *Painter) drawBaseAsync(v view, pal *palette, dark bool) {
	p.mu.Lock()
	if p.baseBusy {
		p.mu.Unlock()
		return
	}
	p.baseBusy = true
	p.mu.Unlock()
	go func() {
		img := image.NewRGBA(image.Rect(0, 0, v.w, v.h))
		gen, tiles := baseGen.Load(), p.tiles.Load()
		if err := p.rd.drawBase(img, v, pal); err != nil {
			logError(err)
		}
		p.mu.Lock()
		p.pending = &baseLayer{img: img, center: v.center, zoom: v.zoom, dark: dark, gen: gen, tiles: tiles}
		p.baseBusy = false
		p.mu.Unlock()
		p.redraw()
	}()
}

// isBasemapReady is basemapReady; tests replace it to draw a frame as if
// decoding were still running.
var isBasemapReady = basemapReady

// whenBasemapReady asks for a redraw once the basemap is decoded (once per
// wait).
func (p *Painter) whenBasemapReady() {
	Preload()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.waiting {
		return
	}
	p.waiting = true
	go func() {
		<-baseDone
		p.mu.Lock()
		p.waiting = false
		p.mu.Unlock()
		p.redraw()
	}()
}

// Waiting reports whether a redraw is scheduled for when the basemap is
// decoded.
func (p *Painter) Waiting() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.waiting
}

// drawBaseCached draws the basemap into out, re-blitting the cached layer
// shifted while panning at an unchanged zoom, and redrawing it otherwise.
func (p *Painter) drawBaseCached(out *image.RGBA, v view, pal *palette, dark, panning bool) {
	b := &p.base
	gen, tiles := baseGen.Load(), p.tiles.Load()
	same := b.img != nil && b.img.Bounds() == out.Bounds() && b.zoom == v.zoom && b.dark == dark && b.gen == gen &&
		b.tiles == tiles
	if same && b.center == v.center {
		copy(out.Pix, b.img.Pix)
		return
	}
	if same && panning {
		x, y := v.toPx(b.center)
		dx, dy := int(math.Round(x-float64(v.w)/2)), int(math.Round(y-float64(v.h)/2))
		draw.Draw(out, out.Bounds(), image.NewUniform(pal.water), image.Point{}, draw.Src)
		draw.Draw(out, out.Bounds().Add(image.Pt(dx, dy)), b.img, image.Point{}, draw.Src)
		return
	}
	if b.img == nil || b.img.Bounds() != out.Bounds() {
		b.img = image.NewRGBA(out.Bounds())
	}
	if err := p.rd.drawBase(b.img, v, pal); err != nil {
		logError(err)
	}
	b.center, b.zoom, b.dark, b.gen, b.tiles = v.center, v.zoom, dark, gen, tiles
	copy(out.Pix, b.img.Pix)
}

// drawBaseHalf draws the basemap at half resolution and doubles it: a
// quarter of the work, for frames of a flight.
func (p *Painter) drawBaseHalf(out *image.RGBA, v view, pal *palette) {
	w, h := (v.w+1)/2, (v.h+1)/2
	if p.half == nil || p.half.Bounds().Dx() != w || p.half.Bounds().Dy() != h {
		p.half = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	hv := v
	hv.w, hv.h, hv.scale, hv.world = w, h, v.scale/2, v.world/2
	if err := p.rd.drawBase(p.half, hv, pal); err != nil {
		logError(err)
	}
	upscale2(out, p.half)
}

// upscale2 doubles src into dst (nearest neighbour).
func upscale2(dst, src *image.RGBA) {
	dw, dh := dst.Rect.Dx(), dst.Rect.Dy()
	for y := 0; y < dh; y++ {
		srow := src.Pix[(y/2)*src.Stride:]
		drow := dst.Pix[y*dst.Stride : y*dst.Stride+4*dw]
		if y%2 == 1 && y > 0 {
			copy(drow, dst.Pix[(y-1)*dst.Stride:(y-1)*dst.Stride+4*dw])
			continue
		}
		for x := 0; x < dw; x++ {
			copy(drow[4*x:4*x+4], srow[4*(x/2):4*(x/2)+4])
		}
	}
}

// drawBase draws the basemap (water, land, lakes, rivers, coastlines,
// borders) from the tiles covering v, in two horizontal bands drawn in
// parallel. When the renderer has a wake function (the widget), tiles not
// yet decoded are decoded in the background and wake is called when one is
// ready; otherwise (Render, exports) they are decoded first.
func (rd *renderer) drawBase(img *image.RGBA, v view, pal *palette) error {
	if rd.plain.Load() {
		draw.Draw(img, img.Bounds(), image.NewUniform(pal.earth), image.Point{}, draw.Src)
		return nil
	}
	src, err := currentBasemap()
	if err != nil {
		return err
	}
	var wake func()
	if rd.wake != nil {
		rd.wakeQueued.Store(false)
		wake = func() {
			if rd.wakeQueued.CompareAndSwap(false, true) {
				rd.wake()
			}
		}
	}
	tiles := baseTiles(src, v, wake)
	b := img.Bounds()
	if b.Dy() < 64 {
		drawTiles(img, v, pal, tiles)
		return nil
	}
	mid := b.Min.Y + b.Dy()/2
	bands := [2]image.Rectangle{image.Rect(b.Min.X, b.Min.Y, b.Max.X, mid), image.Rect(b.Min.X, mid, b.Max.X, b.Max.Y)}
	workers.Each(len(bands), len(bands), func(i int) {
		drawTiles(img.SubImage(bands[i]).(*image.RGBA), v, pal, tiles)
	})
	return nil
}
