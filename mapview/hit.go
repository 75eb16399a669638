package mapview

import (
	"fmt"
	"math"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
)

// Hit returns what lies under logical point (x, y) of a w×h viewport
// showing cam: ("place", id), ("route", id) or ("", "").
func (p *Painter) Hit(cam story.Camera, w, h, x, y float64) (kind, id string) {
	return hitTest(p.sceneNow(), newView(cam, int(w), int(h), 1), x, y)
}

// hitTest finds the place (nearest symbol within its radius plus a margin)
// or route (within a few pixels of a segment) at screen point (x, y).
func hitTest(sc *scene, v view, x, y float64) (string, string) {
	best, bestD := "", math.Inf(1)
	for _, p := range sc.places {
		px, py := v.toPx(v.near(p.M))
		d := math.Hypot(px-x, py-y)
		if d <= symbolRadius(p)*v.scale+5*v.scale && d < bestD {
			best, bestD = p.ID, d
		}
	}
	if best != "" {
		return "place", best
	}
	for _, r := range sc.routes {
		for _, k := range v.copies(r.minX, r.maxX, 6*v.scale) { // as drawn: every copy in view
			dx := float64(k)
			for i := 1; i < len(r.M); i++ {
				ax, ay := v.toPx(orb.Point{r.M[i-1][0] + dx, r.M[i-1][1]})
				bx, by := v.toPx(orb.Point{r.M[i][0] + dx, r.M[i][1]})
				if segDist(x, y, ax, ay, bx, by) <= 6*v.scale {
					return "route", r.ID
				}
			}
		}
	}
	return "", ""
}

func segDist(x, y, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = math.Max(0, math.Min(1, ((x-ax)*dx+(y-ay)*dy)/l2))
	}
	return math.Hypot(x-(ax+t*dx), y-(ay+t*dy))
}

// Tooltip is the text shown over a place or route ("" for none).
func (p *Painter) Tooltip(kind, id string) string {
	sc := p.sceneNow()
	switch kind {
	case "place":
		if pl := sc.place(id); pl != nil {
			return tooltipPlace(pl)
		}
	case "route":
		if r := sc.route(id); r != nil {
			text := fmt.Sprintf("%s — %s, %.0f km", r.Name, r.Mode, r.length()/1000)
			if r.Approximate {
				text += " (approximate line)"
			}
			return text
		}
	}
	return ""
}

func tooltipPlace(p *place) string {
	kind := p.Kind
	if kind == "" {
		kind = "place"
	}
	s := fmt.Sprintf("%s — %s, %d mention", p.Name, kind, p.Mentions)
	if p.Mentions != 1 {
		s += "s"
	}
	if p.Approximate {
		s += " (approximate position)"
	}
	return s
}
