package mapview

import (
	"fmt"
	"image"
	"image/color"
)

// The legend's room: whichever form it takes, it covers at most
// legendMaxArea of the map's area and legendMaxWidth of its width. The
// full form (one entry a row, in words) is drawn when it fits; else the
// compact form (short words, smaller, entries side by side, wrapped), as
// in a narrow window's map tab; else, on a map too small for either, none.
const (
	legendMaxArea  = 0.10
	legendMaxWidth = 0.5
)

// legendEntry is one line of the legend: what it says in full and in the
// compact form, and the symbol drawn beside it.
type legendEntry struct {
	label, short string
	kind         string
}

// legendEntries lists what the frame shows, in the legend's order.
func legendEntries(f *frame) []legendEntry {
	var es []legendEntry
	kinds := map[string]bool{}
	for _, p := range f.scene.places {
		kinds[p.Kind] = true
		if p.Venue {
			kinds["venue"] = true
		}
		if p.Approximate && p.Precision != "" {
			kinds["approx-place"] = true
		}
	}
	if kinds["venue"] {
		es = append(es, legendEntry{"Venue", "Venue", "venue"})
	}
	if len(f.scene.places) > 0 {
		es = append(es, legendEntry{"Place (size: mentions)", "Place", "place"})
	}
	if len(f.highlight) > 0 {
		es = append(es, legendEntry{"In this step", "This step", "hi"})
	}
	if kinds["station"] {
		es = append(es, legendEntry{"Station", "Station", "station"})
	}
	if kinds["approx-place"] {
		es = append(es, legendEntry{"Position approximate (at its city)", "Approx. position", "approx-place"})
	}
	exact, approx := false, false
	for _, r := range f.scene.routes {
		if r.Approximate {
			approx = true
		} else {
			exact = true
		}
	}
	if exact {
		es = append(es, legendEntry{"Route", "Route", "route"})
	}
	if approx {
		es = append(es, legendEntry{"Route (approximate)", "Route (approx.)", "approx"})
	}
	if n := len(f.scene.routes); n > maxDrawnRoutes && len(es) > 0 {
		es[len(es)-1].label += fmt.Sprintf(": %d of %d shown", maxDrawnRoutes, n)
		es[len(es)-1].short += fmt.Sprintf(" (%d/%d)", maxDrawnRoutes, n)
	}
	return es
}

// legendLayout is where a legend's symbols and texts go.
type legendLayout struct {
	compact bool
	box     image.Rectangle
	sym     float32       // symbol scale (device pixels per logical pixel)
	at      []image.Point // each entry's symbol centre
	text    []image.Point // each entry's text top-left
	masks   []*textMask
}

// fullLegend lays es out one a row, in full words.
func (rd *renderer) fullLegend(es []legendEntry, s float64) legendLayout {
	pad, row, sym := int(8*s), int(18*s), int(26*s)
	l := legendLayout{sym: float32(s)}
	tw := 0
	for _, e := range es {
		m := rd.text.get(e.label, false, 11*s)
		l.masks = append(l.masks, m)
		tw = max(tw, m.mask.Bounds().Dx())
	}
	l.box = image.Rect(pad, pad, pad+2*pad+sym+tw, pad+2*pad/2+row*len(es)+pad/2)
	for i, m := range l.masks {
		cy := l.box.Min.Y + pad/2 + row*i + row/2 + pad/4
		l.at = append(l.at, image.Pt(l.box.Min.X+pad+sym/2, cy))
		_, th := m.size()
		l.text = append(l.text, image.Pt(l.box.Min.X+pad+sym+pad/2, cy-th/2))
	}
	return l
}

// compactLegend lays es out side by side in short words and smaller
// symbols, wrapping so that the box stays within maxW device pixels.
func (rd *renderer) compactLegend(es []legendEntry, s float64, maxW int) legendLayout {
	margin, pad, row, sym, gap := int(8*s), int(5*s), int(14*s), int(20*s), int(8*s)
	l := legendLayout{compact: true, sym: float32(0.7 * s)}
	ox, oy := margin+pad, margin+pad // the content's top-left
	x, y, right := 0, 0, 0
	for i, e := range es {
		m := rd.text.get(e.short, false, 10*s)
		l.masks = append(l.masks, m)
		tw, th := m.size()
		w := sym + tw
		if i > 0 && x+w > maxW-2*pad {
			x, y = 0, y+row
		}
		cy := oy + y + row/2
		l.at = append(l.at, image.Pt(ox+x+sym/2, cy))
		l.text = append(l.text, image.Pt(ox+x+sym, cy-th/2))
		right = max(right, x+w)
		x += w + gap
	}
	l.box = image.Rect(margin, margin, ox+right+pad, oy+y+row+pad)
	return l
}

// legendFits reports whether box stays within the legend's room on a w×h map.
func legendFits(box image.Rectangle, w, h int) bool {
	return float64(box.Dx()) <= legendMaxWidth*float64(w) &&
		float64(box.Dx()*box.Dy()) <= legendMaxArea*float64(w*h)
}

// layoutLegend chooses the legend's form for frame f (see legendMaxArea);
// ok is false when the frame shows nothing to explain or no form fits.
func (rd *renderer) layoutLegend(f *frame, es []legendEntry) (legendLayout, bool) {
	if len(es) == 0 {
		return legendLayout{}, false
	}
	w, h, s := f.view.w, f.view.h, f.view.scale
	if l := rd.fullLegend(es, s); legendFits(l.box, w, h) {
		return l, true
	}
	if l := rd.compactLegend(es, s, int(legendMaxWidth*float64(w))); legendFits(l.box, w, h) {
		return l, true
	}
	return legendLayout{}, false
}

// legend draws (when paint) the legend in the top-left corner and returns
// its box (empty when none is drawn). It lists only what the map shows,
// in full or, on a small map, in its compact form (layoutLegend).
func (rd *renderer) legend(img *image.RGBA, f *frame, paint bool) image.Rectangle {
	l, ok := rd.layoutLegend(f, legendEntries(f))
	if !ok {
		return image.Rectangle{}
	}
	if !paint {
		return l.box
	}
	pal := f.pal
	c := newCanvas(img)
	defer c.release()
	c.rect(l.box, pal.panel)
	for i, e := range legendEntries(f) {
		rd.legendSymbol(c, e.kind, float32(l.at[i].X), float32(l.at[i].Y), l.sym, pal)
		drawText(img, l.masks[i], l.text[i].X, l.text[i].Y, pal.panelText, color.Transparent, 0)
	}
	return l.box
}

// legendSymbol draws the symbol of an entry of kind centred at (cx, cy),
// sf device pixels a logical one.
func (rd *renderer) legendSymbol(c *pcanvas, kind string, cx, cy, sf float32, pal *palette) {
	c.begin()
	switch kind {
	case "venue":
		c.star(cx, cy, 7*sf)
		c.fill(pal.venue)
	case "place":
		c.circle(cx-6*sf, cy, 3*sf)
		c.circle(cx+4*sf, cy, 6*sf)
		c.fill(pal.place)
	case "hi":
		c.circle(cx, cy, 5*sf)
		c.fill(pal.placeHi)
	case "approx-place":
		rd.halo(c, cx, cy, 7*sf, sf, pal.place)
		c.begin()
		c.circle(cx, cy, 3*sf)
		c.fill(pal.place)
	case "station":
		c.poly(cx-4*sf, cy-4*sf, cx+4*sf, cy-4*sf, cx+4*sf, cy+4*sf, cx-4*sf, cy+4*sf)
		c.fill(pal.place)
	case "route":
		c.segment(cx-11*sf, cy, cx+11*sf, cy, 3.5*sf)
		c.fill(pal.route)
	case "approx":
		c.dashed([]float32{cx - 11*sf, cx + 11*sf}, []float32{cy, cy}, 3.5*sf, 6*sf, 4*sf)
		c.fill(pal.route)
	}
}
