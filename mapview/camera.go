package mapview

import (
	"image/color"
	"math"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
)

// FitCamera returns the camera that shows b (lon/lat) inside a w×h logical
// viewport with pad logical pixels of margin on each side, zoomed in at
// most to maxZoom.
func FitCamera(b orb.Bound, w, h, pad, maxZoom float64) story.Camera {
	return fitCamera(b, w, h, pad, maxZoom)
}

// ClampZoom keeps z within MinZoom..MaxZoom.
func ClampZoom(z float64) float64 { return math.Max(MinZoom, math.Min(MaxZoom, z)) }

// WorldCamera shows the world in a w×h logical viewport.
func WorldCamera(w, h float64) story.Camera { return worldCamera(w, h) }

// FlyPath returns the camera at time t (0..1) of a smooth zoom-out,
// zoom-in flight from a to b in a viewport whose larger side is span
// logical pixels (van Wijk & Nuttall, ρ = 1.42).
func FlyPath(a, b story.Camera, span float64) func(t float64) story.Camera {
	return flyPath(a, b, span)
}

// Pan is cam moved so that the map follows a drag of (dx, dy) logical
// pixels.
func Pan(cam story.Camera, dx, dy float64) story.Camera {
	v := newView(cam, 1, 1, 1)
	c := unmerc(orb.Point{v.center[0] - dx/v.world, v.center[1] - dy/v.world})
	return story.Camera{Center: [2]float64{c[0], c[1]}, Zoom: cam.Zoom}
}

// ZoomAround is cam zoomed by dz (clamped) keeping the point under logical
// pixel (x, y) of a w×h viewport fixed.
func ZoomAround(cam story.Camera, w, h, x, y, dz float64) story.Camera {
	v := newView(cam, int(w), int(h), 1)
	anchor := orb.Point{(x-float64(v.w)/2)/v.world + v.center[0], (y-float64(v.h)/2)/v.world + v.center[1]}
	z := ClampZoom(v.zoom + dz)
	world := tileSize * math.Exp2(z)
	c := unmerc(orb.Point{anchor[0] - (x-float64(v.w)/2)/world, anchor[1] - (y-float64(v.h)/2)/world})
	return story.Camera{Center: [2]float64{c[0], c[1]}, Zoom: z}
}

// ToPixel is where lon/lat p lies in a w×h logical viewport showing cam.
func ToPixel(cam story.Camera, w, h float64, p orb.Point) (x, y float64) {
	return newView(cam, int(w), int(h), 1).lonLatToPx(p)
}

// FromPixel is the lon/lat under logical pixel (x, y) of a w×h viewport
// showing cam.
func FromPixel(cam story.Camera, w, h, x, y float64) orb.Point {
	return newView(cam, int(w), int(h), 1).pxToLonLat(x, y)
}

// Decoded is closed once the embedded basemap is decoded (Preload starts
// it).
func Decoded() <-chan struct{} { return baseDone }

// Palette colours a map is drawn with.
type Palette struct {
	Water, Earth color.NRGBA
}

// Colors are the water and land colours of the light or dark palette.
func Colors(dark bool) Palette {
	p := paletteFor(dark)
	return Palette{Water: p.water, Earth: p.earth}
}

// LoadTiles decodes now every basemap tile a w×h view (device pixels at
// scale) of cam draws, so that its next frame is complete (exports do this
// themselves; an interactive map decodes tiles in the background).
func LoadTiles(cam story.Camera, w, h int, scale float64) error {
	src, err := loadBasemap()
	if err != nil {
		return err
	}
	for _, td := range baseTiles(src, newView(cam, w, h, scale), nil) {
		if td.t.err != nil {
			return td.t.err
		}
	}
	return nil
}
