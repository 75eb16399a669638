package mapview

import (
	"image"
	"math"
	"strings"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// baseLabelStyle is how a class of basemap label is written.
type baseLabelStyle struct {
	size  float64 // logical pixels
	bold  bool
	upper bool
	dot   float64 // dot radius in logical pixels (0: an area label, centred)
}

func styleOf(c labelClass) baseLabelStyle {
	switch c {
	case classCountry:
		return baseLabelStyle{size: 11.5, bold: true, upper: true}
	case classSea:
		return baseLabelStyle{size: 11}
	case classRegion:
		return baseLabelStyle{size: 9.5, upper: true}
	case classCapital:
		return baseLabelStyle{size: 11.5, bold: true, dot: 3}
	default:
		return baseLabelStyle{size: 10.5, dot: 2.2}
	}
}

// maxBaseLabels bounds the basemap labels drawn in one frame.
const maxBaseLabels = 160

// placedBase is a basemap label that found room.
type placedBase struct {
	vl   visibleLabel
	m    *textMask
	box  image.Rectangle // the text
	dot  float64         // device pixels, 0 for area labels
	text string
}

// placeBaseLabels places the labels of vis (highest priority first) in
// bounds: area labels (countries, seas, regions) centred on their point,
// populated places beside a dot (right, left, above, below). A label is
// kept only where its text (and dot) overlaps no box of taken (the story's
// symbols, labels, legend, scale bar and attribution) and no label placed
// before it, and skipped when the story already names a place so, or a
// label of the same name is already placed (skip, by fold.Key: two
// GeoNames records of one town). Each kept box is added to taken.
func (rd *renderer) placeBaseLabels(vis []visibleLabel, s float64, bounds image.Rectangle, taken []image.Rectangle, skip map[string]bool) []placedBase {
	var out []placedBase
	gap := int(math.Round(2 * s))
	for _, vl := range vis {
		if len(out) >= maxBaseLabels {
			break
		}
		key := fold.Key(vl.name)
		if skip[key] {
			continue
		}
		st := styleOf(vl.class)
		text := vl.name
		if st.upper {
			text = strings.ToUpper(text)
		}
		m := rd.text.get(text, st.bold, st.size*s)
		w, h := m.size()
		x, y := int(math.Round(vl.x)), int(math.Round(vl.y))
		var tries []image.Rectangle
		var dotBox image.Rectangle
		dr := st.dot * s
		if dr == 0 {
			tries = []image.Rectangle{image.Rect(x-w/2, y-h/2, x-w/2+w, y-h/2+h)}
		} else {
			g := int(math.Ceil(dr)) + gap
			r := int(math.Ceil(dr + s))
			dotBox = image.Rect(x-r, y-r, x+r, y+r)
			tries = []image.Rectangle{
				image.Rect(x+g, y-h/2, x+g+w, y-h/2+h),
				image.Rect(x-g-w, y-h/2, x-g, y-h/2+h),
				image.Rect(x-w/2, y-g-h, x-w/2+w, y-g),
				image.Rect(x-w/2, y+g, x-w/2+w, y+g+h),
			}
			if !dotBox.In(bounds) || overlapsAny(dotBox, taken) {
				continue
			}
		}
		for _, box := range tries {
			if !box.In(bounds) || overlapsAny(box, taken) || (dr > 0 && box.Overlaps(dotBox)) {
				continue
			}
			taken = append(taken, box)
			if dr > 0 {
				taken = append(taken, dotBox)
			}
			skip[key] = true
			out = append(out, placedBase{vl: vl, m: m, box: box, dot: dr, text: text})
			break
		}
	}
	return out
}

func overlapsAny(b image.Rectangle, boxes []image.Rectangle) bool {
	for _, o := range boxes {
		if b.Overlaps(o) {
			return true
		}
	}
	return false
}

// drawBaseLabels draws placed basemap labels: dots, then text with a
// halo.
func drawBaseLabels(img *image.RGBA, c *pcanvas, pal *palette, s float64, ls []placedBase) {
	sf := float32(s)
	for _, l := range ls {
		if l.dot == 0 {
			continue
		}
		x, y := float32(l.vl.x), float32(l.vl.y)
		c.begin()
		c.circle(x, y, float32(l.dot)+sf)
		c.fill(pal.lblHalo)
		c.begin()
		c.circle(x, y, float32(l.dot))
		c.fill(pal.lblDot)
		if l.vl.class == classCapital {
			c.begin()
			c.circle(x, y, float32(l.dot)*0.45)
			c.fill(pal.lblHalo)
		}
	}
	hr := int(math.Max(1, 1.5*s))
	for _, l := range ls {
		col := pal.lblCity
		switch l.vl.class {
		case classCountry:
			col = pal.lblCountry
		case classSea:
			col = pal.lblSea
		case classRegion:
			col = pal.lblRegion
		}
		drawText(img, l.m, l.box.Min.X, l.box.Min.Y, col, pal.lblHalo, hr)
	}
}
