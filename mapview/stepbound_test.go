package mapview

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
)

// TestStepBoundAcrossTheAntimeridian frames steps of stories without an
// analysis report (mapview's own bound): places and routes that straddle
// ±180 must be framed across the antimeridian, not by a box spanning the
// world; places that do not straddle it keep the plain box.
func TestStepBoundAcrossTheAntimeridian(t *testing.T) {
	manaus, rio := orb.Point{-60.0217, -3.1019}, orb.Point{-43.1729, -22.9068}
	places := func(ps map[string]orb.Point) []*story.Place {
		var out []*story.Place
		for _, id := range []string{"suva", "apia", "honolulu", "manaus", "rio"} {
			if p, ok := ps[id]; ok {
				out = append(out, &story.Place{ID: id, Name: id, Kind: "city", Lon: p[0], Lat: p[1]})
			}
		}
		return out
	}
	fijiSamoa := &story.Story{
		Places: places(map[string]orb.Point{"suva": suva, "apia": apia}),
		Steps:  []story.Step{{ID: "s", Title: "Suva to Apia", Places: []string{"suva", "apia"}}},
	}
	brazil := &story.Story{
		Places: places(map[string]orb.Point{"manaus": manaus, "rio": rio}),
		Steps:  []story.Step{{ID: "s", Title: "Manaus to Rio", Places: []string{"manaus", "rio"}}},
	}
	routeOnly := pacificStory()
	routeOnly.Steps[0].Places = nil // the step frames its route alone (a line jumping at ±180)
	const w, h = 800, 500
	for _, c := range []struct {
		name    string
		s       *story.Story
		step    int
		lon     float64 // the camera's centre longitude, within 2°
		minZoom float64
		framed  []orb.Point
	}{
		{"fiji-samoa step", fijiSamoa, 0, -176.7, 4, []orb.Point{suva, apia}},
		{"fiji-samoa overview", fijiSamoa, -2, -176.7, 4, []orb.Point{suva, apia}},
		{"jumping route", routeOnly, 0, -170, 2.5, []orb.Point{suva, apia, honolulu}},
		{"pacific overview", pacificStory(), -2, 0, 0, []orb.Point{suva, apia, honolulu, london}},
		{"manaus-rio step", brazil, 0, -51.6, 4, []orb.Point{manaus, rio}},
	} {
		sc := newScene(c.s, nil)
		cam, _, _, err := sc.stepView(c.step, w, h)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		lon := math.Mod(math.Mod(cam.Center[0]+180, 360)+360, 360) - 180
		if c.minZoom > 0 && (math.Abs(lon-c.lon) > 2 || cam.Zoom < c.minZoom) {
			t.Errorf("%s: camera %v (lon %.1f), want centre lon %.1f, zoom ≥ %g", c.name, cam, lon, c.lon, c.minZoom)
		}
		for _, p := range c.framed {
			x, y := nearestCopyPx(cam, w, h, p)
			if x < 0 || x > w || y < 0 || y > h {
				t.Errorf("%s: %v at (%.0f, %.0f), outside the %d×%d view %v", c.name, p, x, y, w, h, cam)
			}
		}
	}
}

// nearestCopyPx is where p lies in the view, in the copy of the world
// nearest the view's centre (as the map draws places).
func nearestCopyPx(cam story.Camera, w, h float64, p orb.Point) (float64, float64) {
	x, y := ToPixel(cam, w, h, p)
	world := tileSize * math.Exp2(cam.Zoom)
	for x-w/2 > world/2 {
		x -= world
	}
	for w/2-x > world/2 {
		x += world
	}
	return x, y
}
