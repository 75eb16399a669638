package mapview

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
)

func TestMercRoundTrip(t *testing.T) {
	for _, p := range []orb.Point{{131.8816, 43.1113}, {125.75, 39.015}, {0, 0}, {-179.9, -80}, {179.9, 84}} {
		q := unmerc(merc(p))
		if math.Abs(q[0]-p[0]) > 1e-9 || math.Abs(q[1]-p[1]) > 1e-9 {
			t.Errorf("unmerc(merc(%v)) = %v", p, q)
		}
	}
	// Mercator y grows to the south and x spans [0, 1].
	if a, b := merc(orb.Point{0, 10}), merc(orb.Point{0, -10}); a[1] >= b[1] {
		t.Errorf("north %v should have smaller y than south %v", a, b)
	}
	if a := merc(orb.Point{-180, 0}); math.Abs(a[0]) > 1e-12 || math.Abs(a[1]-0.5) > 1e-12 {
		t.Errorf("merc(-180, 0) = %v, want (0, 0.5)", a)
	}
}

func TestViewRoundTrip(t *testing.T) {
	for _, z := range []float64{3, 6.5, 11, 15} {
		v := newView(story.Camera{Center: [2]float64{131.89, 43.03}, Zoom: z}, 1280, 800, 2)
		x, y := v.lonLatToPx(orb.Point{131.89, 43.03})
		if math.Abs(x-640) > 1e-6 || math.Abs(y-400) > 1e-6 {
			t.Errorf("z%g: centre maps to (%g, %g), want (640, 400)", z, x, y)
		}
		for _, px := range [][2]float64{{0, 0}, {1279, 799}, {100, 700}} {
			ll := v.pxToLonLat(px[0], px[1])
			x, y := v.lonLatToPx(ll)
			if math.Abs(x-px[0]) > 1e-6 || math.Abs(y-px[1]) > 1e-6 {
				t.Errorf("z%g: px %v -> %v -> (%g, %g)", z, px, ll, x, y)
			}
		}
	}
	// One zoom level doubles the world size.
	a := newView(story.Camera{Zoom: 5}, 10, 10, 1)
	b := newView(story.Camera{Zoom: 6}, 10, 10, 1)
	if b.world != 2*a.world || a.world != 256*32 {
		t.Errorf("world sizes %g, %g", a.world, b.world)
	}
}

func TestFitCamera(t *testing.T) {
	b := orb.Bound{Min: orb.Point{125.75, 39.0}, Max: orb.Point{131.95, 43.8}}
	c := fitCamera(b, 1280, 800, 50, 14)
	v := newView(c, 1280, 800, 1)
	for _, p := range []orb.Point{b.Min, b.Max} {
		x, y := v.lonLatToPx(p)
		if x < 49 || x > 1231 || y < 49 || y > 751 {
			t.Errorf("corner %v at (%g, %g) outside the padded view", p, x, y)
		}
	}
	// The fit is tight on at least one axis.
	x0, y0 := v.lonLatToPx(b.Min)
	x1, y1 := v.lonLatToPx(b.Max)
	if math.Abs(x1-x0) < 1170 && math.Abs(y1-y0) < 690 {
		t.Errorf("fit is loose: %g × %g px", x1-x0, y0-y1)
	}
}

func TestScaleBarLength(t *testing.T) {
	// At the equator, zoom 0, one 256-px world is 40075 km wide.
	v := newView(story.Camera{Zoom: 0}, 256, 256, 1)
	if got := v.metresPerPixel() * 256; math.Abs(got-40075016.686) > 1 {
		t.Errorf("world width %g m", got)
	}
	for _, c := range []struct{ in, want float64 }{{0.7, 0.5}, {1, 1}, {3.9, 2}, {74, 50}, {199, 100}} {
		if got := niceLength(c.in); got != c.want {
			t.Errorf("niceLength(%g) = %g, want %g", c.in, got, c.want)
		}
	}
}

func TestFlyPath(t *testing.T) {
	a := story.Camera{Center: [2]float64{125.75, 39.015}, Zoom: 10}
	b := story.Camera{Center: [2]float64{131.89, 43.03}, Zoom: 11}
	p := flyPath(a, b, 1280)
	if p(0) != a || p(1) != b {
		t.Fatalf("endpoints %v %v", p(0), p(1))
	}
	mid := p(0.5)
	if mid.Zoom >= a.Zoom-1 {
		t.Errorf("a long flight should zoom out on the way: mid zoom %g", mid.Zoom)
	}
	// Near the end the camera is near b.
	e := p(0.999)
	if math.Abs(e.Center[0]-b.Center[0]) > 0.01 || math.Abs(e.Zoom-b.Zoom) > 0.05 {
		t.Errorf("p(0.999) = %v", e)
	}
	// Over the antimeridian the short way round: from Suva to Apia the
	// camera stays within the Pacific (170°E to 170°W), and a short hop
	// barely zooms out.
	fiji, samoa := story.Camera{Center: [2]float64{178.44, -18.14}, Zoom: 6}, story.Camera{Center: [2]float64{-171.77, -13.83}, Zoom: 6}
	am := flyPath(fiji, samoa, 1280)
	for _, f := range []float64{0.1, 0.3, 0.5, 0.7, 0.9} {
		c := am(f)
		if lon := math.Mod(c.Center[0]+360, 360); lon < 170 || lon > 190 {
			t.Errorf("Suva to Apia at %g: centre %v, off the short way", f, c.Center)
		}
		if c.Zoom < 3 {
			t.Errorf("Suva to Apia at %g: zoom %g, as if across the world", f, c.Zoom)
		}
	}
	// Same centre: zoom only.
	q := flyPath(a, story.Camera{Center: a.Center, Zoom: 12}, 1280)
	if m := q(0.5); math.Abs(m.Center[0]-a.Center[0]) > 1e-9 || math.Abs(m.Center[1]-a.Center[1]) > 1e-9 || m.Zoom <= 10 || m.Zoom >= 12 {
		t.Errorf("zoom-only flight mid %v", m)
	}
}
