package mapview

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
)

// rho is the flight path's curvature (MapLibre's default 1.42): how far the
// camera zooms out on a long flight.
const rho = 1.42

// flyPath returns the camera at t in [0, 1] of a van Wijk & Nuttall
// "smooth and efficient zooming and panning" flight from a to b, for a
// viewport whose larger side is span logical pixels, as MapLibre's flyTo.
func flyPath(a, b story.Camera, span float64) func(t float64) story.Camera {
	ma, mb := merc(orb.Point{a.Center[0], a.Center[1]}), merc(orb.Point{b.Center[0], b.Center[1]})
	// The short way round: from Fiji to Samoa over the antimeridian, not
	// back across the whole world (the last frame is b as given, the same
	// meridian).
	mb[0] -= math.Round(mb[0] - ma[0])
	worldA := tileSize * math.Exp2(a.Zoom)
	// Distances in pixels at the start zoom.
	w0 := math.Max(span, 1)
	w1 := w0 / math.Exp2(b.Zoom-a.Zoom)
	u1 := math.Hypot(mb[0]-ma[0], mb[1]-ma[1]) * worldA
	rho2 := rho * rho
	r := func(i int) float64 {
		wi, sign := w0, 1.0
		if i == 1 {
			wi, sign = w1, -1
		}
		bb := (w1*w1 - w0*w0 + sign*rho2*rho2*u1*u1) / (2 * wi * rho2 * u1)
		return math.Log(math.Sqrt(bb*bb+1) - bb)
	}
	r0 := r(0)
	S := (r(1) - r0) / rho
	w := func(s float64) float64 { return math.Cosh(r0) / math.Cosh(r0+rho*s) }
	u := func(s float64) float64 { return w0 * ((math.Cosh(r0)*math.Tanh(r0+rho*s) - math.Sinh(r0)) / rho2) / u1 }
	if u1 < 1e-6 || math.IsNaN(S) || math.IsInf(S, 0) {
		// Same centre: zoom only.
		k := 1.0
		if w1 < w0 {
			k = -1
		}
		S = math.Abs(math.Log(w1/w0)) / rho
		u = func(float64) float64 { return 0 }
		w = func(s float64) float64 { return math.Exp(k * rho * s) }
		if S == 0 {
			w = func(float64) float64 { return 1 }
		}
	}
	return func(t float64) story.Camera {
		if t <= 0 {
			return a
		}
		if t >= 1 {
			return b
		}
		s := t * S
		z := a.Zoom + math.Log2(1/w(s))
		k := u(s)
		c := unmerc(orb.Point{ma[0] + (mb[0]-ma[0])*k, ma[1] + (mb[1]-ma[1])*k})
		return story.Camera{Center: [2]float64{c[0], c[1]}, Zoom: z}
	}
}
