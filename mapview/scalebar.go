package mapview

import (
	"fmt"
	"image"
	"image/color"
	"math"
)

// scaleIsTrue reports whether one scale bar can stand for the whole view:
// in Web Mercator the ground distance per pixel changes with latitude, so
// a view whose top and bottom scales differ by more than 25 % (a continent,
// the world) gets none.
func scaleIsTrue(v view) bool {
	top, bottom := v.pxToLonLat(0, 0)[1], v.pxToLonLat(0, float64(v.h))[1]
	if math.Max(math.Abs(top), math.Abs(bottom)) > 84 {
		return false
	}
	ct, cb := math.Cos(top*math.Pi/180), math.Cos(bottom*math.Pi/180)
	if top*bottom < 0 { // the view spans the equator: widest scale at 0°
		cb = 1
		ct = math.Min(math.Cos(top*math.Pi/180), math.Cos(bottom*math.Pi/180))
	}
	return math.Max(ct, cb)/math.Min(ct, cb) <= 1.25
}

// niceLength returns the largest 1, 2 or 5 × 10^n not above x.
func niceLength(x float64) float64 {
	if x <= 0 {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{5, 2, 1} {
		if m*p <= x {
			return m * p
		}
	}
	return p
}

// scaleBar draws (when paint) a km and a mi bar in the bottom-left corner
// and returns its box.
func (rd *renderer) scaleBar(img *image.RGBA, v view, pal *palette, paint bool) image.Rectangle {
	if rd.plain.Load() {
		return image.Rectangle{} // positions on an image: no distance is true
	}
	s := v.scale
	mpp := v.metresPerPixel()
	maxPx := 110 * s
	km := niceLength(maxPx * mpp / 1000)
	mi := niceLength(maxPx * mpp / 1609.344)
	kmPx, miPx := km*1000/mpp, mi*1609.344/mpp
	tk := rd.text.get(fmtLen(km, "km"), false, 10*s)
	tm := rd.text.get(fmtLen(mi, "mi"), false, 10*s)
	tw, th := tk.size()
	tw2, _ := tm.size()
	pad := int(6 * s)
	x0 := pad + int(4*s)
	h := 2*th + pad*2
	w := int(math.Max(kmPx, miPx)) + max(tw, tw2) + 3*pad
	box := image.Rect(pad, img.Bounds().Max.Y-h-pad, pad+w, img.Bounds().Max.Y-pad)
	if !paint {
		return box
	}
	c := newCanvas(img)
	defer c.release()
	c.rect(box, pal.panel)
	lw := int(math.Max(1, 2*s))
	y1 := box.Min.Y + pad/2 + th/2
	y2 := y1 + th
	c.rect(image.Rect(x0, y1, x0+int(kmPx), y1+lw), pal.panelText)
	c.rect(image.Rect(x0, y1-int(3*s), x0+lw, y1+lw), pal.panelText)
	c.rect(image.Rect(x0+int(kmPx)-lw, y1-int(3*s), x0+int(kmPx), y1+lw), pal.panelText)
	c.rect(image.Rect(x0, y2, x0+int(miPx), y2+lw), pal.panelText)
	c.rect(image.Rect(x0, y2, x0+lw, y2+lw+int(3*s)), pal.panelText)
	c.rect(image.Rect(x0+int(miPx)-lw, y2, x0+int(miPx), y2+lw+int(3*s)), pal.panelText)
	drawText(img, tk, x0+int(kmPx)+pad/2, y1-th/2, pal.panelText, color.Transparent, 0)
	drawText(img, tm, x0+int(miPx)+pad/2, y2-th/2+lw, pal.panelText, color.Transparent, 0)
	return box
}

func fmtLen(v float64, unit string) string {
	if v < 1 {
		return fmt.Sprintf("%g %s", v, unit)
	}
	return fmt.Sprintf("%.0f %s", v, unit)
}
