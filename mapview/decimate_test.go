package mapview

import (
	"fmt"
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
)

// A route with far more points than pixels is drawn through about one
// point per tolerance, keeping its two ends and never straying from the
// full line by more than the tolerance.
func TestDecimatedRoute(t *testing.T) {
	v := newView(story.Camera{Center: [2]float64{10, 50}, Zoom: 5}, 800, 600, 1)
	var line []orb.Point
	const n = 100000
	for i := 0; i <= n; i++ { // Lisbon to Helsinki, 100,001 points
		f := float64(i) / n
		line = append(line, merc(orb.Point{-9.14 + f*(24.94+9.14), 38.72 + f*(60.17-38.72) + 0.5*math.Sin(f*20)}))
	}
	xs, ys := decimated(nil, nil, line, v, 0, 0.5)
	if len(xs) < 100 || len(xs) > 10000 {
		t.Errorf("%d points kept of %d", len(xs), len(line))
	}
	fx, fy := v.toPx(line[0])
	lx, ly := v.toPx(line[n])
	if xs[0] != float32(fx) || ys[0] != float32(fy) || xs[len(xs)-1] != float32(lx) || ys[len(ys)-1] != float32(ly) {
		t.Error("an end of the route was dropped")
	}
	// Every dropped point lies within the tolerance of a kept one.
	k := 0
	for _, p := range line {
		x, y := v.toPx(p)
		for k+1 < len(xs) && math.Hypot(float64(xs[k+1])-x, float64(ys[k+1])-y) < math.Hypot(float64(xs[k])-x, float64(ys[k])-y) {
			k++
		}
		if d := math.Hypot(float64(xs[k])-x, float64(ys[k])-y); d > 0.5+1e-3 {
			t.Fatalf("a point %.2f px from the drawn line", d)
		}
	}
	// A short route keeps every point.
	short := []orb.Point{merc(orb.Point{0, 50}), merc(orb.Point{5, 50}), merc(orb.Point{10, 51})}
	if xs, _ := decimated(nil, nil, short, v, 0, 0.5); len(xs) != 3 {
		t.Errorf("short route: %d points, want 3", len(xs))
	}
}

// A frame draws at most maxDrawnRoutes routes, the highlighted one always,
// and the legend says how many of how many.
func TestDrawnRoutesCapped(t *testing.T) {
	sc := &scene{}
	for i := range 100 {
		sc.routes = append(sc.routes, &route{ID: fmt.Sprintf("r%d", i)})
	}
	f := &frame{scene: sc, hiRoute: "r77"}
	rs := f.drawnRoutes()
	if len(rs) != maxDrawnRoutes || rs[len(rs)-1].ID != "r77" {
		t.Errorf("%d routes drawn, last %s", len(rs), rs[len(rs)-1].ID)
	}
	f.hiRoute = ""
	if rs := f.drawnRoutes(); len(rs) != maxDrawnRoutes || rs[0].ID != "r0" {
		t.Errorf("without a highlight: %d routes, first %s", len(rs), rs[0].ID)
	}
	sc.routes = sc.routes[:3]
	if rs := f.drawnRoutes(); len(rs) != 3 {
		t.Errorf("3 routes: %d drawn", len(rs))
	}
}
