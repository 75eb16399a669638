package mapview

import (
	"fmt"
	"image"
	"image/color"
)

// legend draws (when paint) the legend in the top-left corner and returns
// its box. It lists only what the map shows.
func (rd *renderer) legend(img *image.RGBA, f *frame, paint bool) image.Rectangle {
	s := f.view.scale
	sf := float32(s)
	pal := f.pal
	type entry struct {
		label string
		kind  string
	}
	var es []entry
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
		es = append(es, entry{"Venue", "venue"})
	}
	if len(f.scene.places) > 0 {
		es = append(es, entry{"Place (size: mentions)", "place"})
	}
	if len(f.highlight) > 0 {
		es = append(es, entry{"In this step", "hi"})
	}
	if kinds["station"] {
		es = append(es, entry{"Station", "station"})
	}
	if kinds["approx-place"] {
		es = append(es, entry{"Position approximate (at its city)", "approx-place"})
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
		es = append(es, entry{"Route", "route"})
	}
	if approx {
		es = append(es, entry{"Route (approximate)", "approx"})
	}
	if n := len(f.scene.routes); n > maxDrawnRoutes {
		es[len(es)-1].label += fmt.Sprintf(": %d of %d shown", maxDrawnRoutes, n)
	}
	if len(es) == 0 {
		return image.Rectangle{}
	}
	pad := int(8 * s)
	row := int(18 * s)
	tw := 0
	masks := make([]*textMask, len(es))
	for i, e := range es {
		masks[i] = rd.text.get(e.label, false, 11*s)
		w, _ := masks[i].size()
		tw = max(tw, w)
	}
	sym := int(26 * s)
	box := image.Rect(pad, pad, pad+2*pad+sym+tw, pad+2*pad/2+row*len(es)+pad/2)
	if !paint {
		return box
	}
	c := newCanvas(img)
	defer c.release()
	c.rect(box, pal.panel)
	for i, e := range es {
		cy := float32(box.Min.Y + pad/2 + row*i + row/2 + pad/4)
		cx := float32(box.Min.X + pad + sym/2)
		c.begin()
		switch e.kind {
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
		_, th := masks[i].size()
		drawText(img, masks[i], box.Min.X+pad+sym+pad/2, int(cy)-th/2, pal.panelText, color.Transparent, 0)
	}
	return box
}
