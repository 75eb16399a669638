package mapview

import (
	"fmt"
	"image"
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	"github.com/storylens/storylens/internal/sphere"
	"github.com/storylens/storylens/story"
)

// Places of the Pacific test story.
var (
	suva     = orb.Point{178.4419, -18.1416}
	apia     = orb.Point{-171.7667, -13.8333}
	honolulu = orb.Point{-157.8583, 21.3069}
	london   = orb.Point{-0.1257, 51.5085}
	tokyo    = orb.Point{139.6917, 35.6895}
	sanFran  = orb.Point{-122.4194, 37.7749}
)

// refArc samples the great circle from a to b every 5 km with orb/geo
// (bearing and distance from a: independent of the code under test).
// Longitudes are left as geo gives them (they jump at ±180).
func refArc(a, b orb.Point) []orb.Point {
	d := geo.Distance(a, b)
	n := int(math.Ceil(d / 5000))
	brg := geo.Bearing(a, b)
	out := make([]orb.Point, 0, n+1)
	for i := 0; i <= n; i++ {
		out = append(out, geo.PointAtBearingAndDistance(a, brg, d*float64(i)/float64(n)))
	}
	return out
}

// wrapped brings every longitude into -180..180, as a GeoJSON file gives a
// line that crosses the antimeridian: it jumps by a turn there.
func wrapped(ls []orb.Point) orb.LineString {
	out := make(orb.LineString, len(ls))
	for i, p := range ls {
		p[0] = math.Mod(math.Mod(p[0]+180, 360)+360, 360) - 180
		out[i] = p
	}
	return out
}

// continuous is ls with continuous longitudes (sphere.Unwrap of a copy),
// starting at longitude first (the same meridian as ls[0]), as
// story/itinerary draws legs (past ±180).
func continuous(ls []orb.Point, first float64) orb.LineString {
	out := append(orb.LineString(nil), ls...)
	out[0][0] = first
	return sphere.Unwrap(out)
}

// thin keeps every tenth point and the last (a route's vertices are tens
// of kilometres apart, not 5 km).
func thin(ls orb.LineString) orb.LineString {
	var out orb.LineString
	for i := 0; i < len(ls); i += 10 {
		out = append(out, ls[i])
	}
	if (len(ls)-1)%10 != 0 {
		out = append(out, ls[len(ls)-1])
	}
	return out
}

// pacificStory has two air routes over the antimeridian: Suva – Apia –
// Honolulu, its line in -180..180 (jumping by a turn between Suva and
// Apia), and Apia – London, its longitudes continuous from 188 to 360 (as
// an inferred return leg after Sydney – Apia).
func pacificStory() *story.Story {
	pac := append(refArc(suva, apia), refArc(apia, honolulu)[1:]...)
	home := refArc(apia, london)
	one, two := "pacific", "home"
	return &story.Story{
		Places: []*story.Place{
			{ID: "suva", Name: "Suva", Kind: "city", Lon: suva[0], Lat: suva[1]},
			{ID: "apia", Name: "Apia", Kind: "city", Lon: apia[0], Lat: apia[1]},
			{ID: "honolulu", Name: "Honolulu", Kind: "city", Lon: honolulu[0], Lat: honolulu[1]},
			{ID: "london", Name: "London", Kind: "city", Lon: london[0], Lat: london[1]},
		},
		Routes: []*story.Route{
			{ID: one, Name: "Suva – Apia – Honolulu", Mode: "air", Stops: []string{"suva", "apia", "honolulu"}, Line: thin(wrapped(pac))},
			{ID: two, Name: "Apia – London", Mode: "air", Stops: []string{"apia", "london"}, Line: thin(continuous(home, apia[0]+360)), Approximate: true},
		},
		Steps: []story.Step{
			{ID: "pacific", Title: "Across the Pacific", Places: []string{"suva", "apia", "honolulu"}, Route: &one},
			{ID: "home", Title: "Home", Places: []string{"apia", "london"}, Route: &two},
		},
	}
}

// arcViews are the views the antimeridian tests draw: centred on the
// Pacific at 180°, on a camera past 180 (continuous, after a pan), on the
// seam between Fiji and Samoa, over London where the return leg arrives,
// and zoomed out so far that the world repeats across the window.
var arcViews = []struct {
	name string
	cam  story.Camera
}{
	{"pacific_180", story.Camera{Center: [2]float64{180, 10}, Zoom: 2.6}},
	{"past_180", story.Camera{Center: [2]float64{195, 20}, Zoom: 3}},
	{"west_-170", story.Camera{Center: [2]float64{-170, 0}, Zoom: 3.5}},
	{"seam_fiji_samoa", story.Camera{Center: [2]float64{-178, -16}, Zoom: 5}},
	{"london", story.Camera{Center: [2]float64{-10, 55}, Zoom: 4}},
	{"atlantic_world_repeats", story.Camera{Center: [2]float64{-30, 20}, Zoom: 2}},
}

// Every route and figure great circle over the antimeridian is drawn as the
// short arc, at every view: each drawn pixel lies within 11 px of the true
// arc (line, casing, arrows and stop dots), so no segment runs across the
// world, and the arc is drawn wherever it is in view (a drawn pixel within
// 6 px of each of its points inside the frame).
func TestRoutesDrawnAlongTheShortArc(t *testing.T) {
	s := pacificStory()
	sc := newScene(s, nil)
	figure := wrapped(thin(continuous(refArc(tokyo, sanFran), tokyo[0]))) // a figure line, jumping at 180
	arcs := [][]orb.Point{refArc(suva, apia), refArc(apia, honolulu), refArc(apia, london), refArc(tokyo, sanFran)}
	const w, h = 1280, 800
	for _, vc := range arcViews {
		for _, hi := range []string{"", "pacific", "home"} {
			t.Run(fmt.Sprintf("%s/%s", vc.name, hi), func(t *testing.T) {
				v := newView(vc.cam, w, h, 1)
				img := image.NewRGBA(image.Rect(0, 0, w, h))
				f := &frame{view: v, pal: paletteFor(false), scene: sc, hiRoute: hi, lines: []orb.LineString{figure}}
				c := newCanvas(img)
				newRenderer().drawRoutes(c, f)
				drawFigureLines(c, f)
				c.release()

				// The pixels near the true arcs, at every copy of the world.
				near := make([]bool, w*h)
				var inView [][2]int
				for _, arc := range arcs {
					for _, p := range arc {
						m := merc(p)
						for k := -3; k <= 3; k++ {
							x, y := v.toPx(orb.Point{m[0] + float64(k), m[1]})
							if x < -20 || y < -20 || x > w+20 || y > h+20 {
								continue
							}
							if x >= 8 && y >= 8 && x < w-8 && y < h-8 {
								inView = append(inView, [2]int{int(x), int(y)})
							}
							mark(near, w, h, int(x), int(y), 11)
						}
					}
				}
				drawn, off := 0, 0
				var firstOff image.Point
				for y := 0; y < h; y++ {
					for x := 0; x < w; x++ {
						if img.Pix[y*img.Stride+x*4+3] == 0 {
							continue
						}
						drawn++
						if !near[y*w+x] {
							if off == 0 {
								firstOff = image.Pt(x, y)
							}
							off++
						}
					}
				}
				if off > 0 {
					t.Errorf("%d of %d drawn pixels lie more than 11 px from every arc (first at %v)", off, drawn, firstOff)
				}
				missed := 0
				for _, q := range inView {
					if !drawnWithin(img, q[0], q[1], 6) {
						missed++
					}
				}
				if len(inView) > 0 && missed > len(inView)/200 {
					t.Errorf("%d of %d arc points in view have no drawn pixel within 6 px", missed, len(inView))
				}
				if len(inView) == 0 {
					t.Errorf("no arc in view: the test views must show some")
				}
			})
		}
	}
}

// mark sets the pixels within r of (cx, cy) in a w×h mask.
func mark(m []bool, w, h, cx, cy, r int) {
	for y := max(0, cy-r); y <= min(h-1, cy+r); y++ {
		for x := max(0, cx-r); x <= min(w-1, cx+r); x++ {
			if (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r {
				m[y*w+x] = true
			}
		}
	}
}

// drawnWithin reports whether some pixel within r of (cx, cy) is drawn.
func drawnWithin(img *image.RGBA, cx, cy, r int) bool {
	b := img.Bounds()
	for y := max(b.Min.Y, cy-r); y <= min(b.Max.Y-1, cy+r); y++ {
		for x := max(b.Min.X, cx-r); x <= min(b.Max.X-1, cx+r); x++ {
			if (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r && img.Pix[y*img.Stride+x*4+3] != 0 {
				return true
			}
		}
	}
	return false
}

// Places and hit tests use the copy of the world nearest the view's
// centre: Apia (171°W) is east of a view centred on 175°E, and its route
// is hit where it is drawn.
func TestPlacesAtTheNearestWorldCopy(t *testing.T) {
	sc := newScene(pacificStory(), nil)
	v := newView(story.Camera{Center: [2]float64{175, -15}, Zoom: 5}, 1280, 800, 1)
	x, y := v.lonLatToPx(apia)
	if x < 640 || x > 1280 || y < 0 || y > 800 {
		t.Fatalf("Apia at (%.0f, %.0f): want in the east half of the view", x, y)
	}
	if k, id := hitTest(sc, v, x+2, y); k != "place" || id != "apia" {
		t.Errorf("at Apia: %q %q", k, id)
	}
	// A point of the Suva – Apia leg east of 180, a few pixels off.
	mid := geo.Midpoint(suva, apia)
	mx, my := v.lonLatToPx(mid)
	if k, id := hitTest(sc, v, mx, my+3); k != "route" || id != "pacific" {
		t.Errorf("on the leg at %v (%.0f, %.0f): %q %q", mid, mx, my, k, id)
	}
}

// Golden images of the Pacific story at two views: centred on the
// Pacific, both routes highlighted in turn (look at them: the Suva – Apia
// leg and the Apia – London leg are short arcs, no line runs across the
// map).
func TestAntimeridianRoutesGolden(t *testing.T) {
	s := pacificStory()
	for _, c := range []struct {
		name string
		step int
		cam  story.Camera
	}{
		{"routes_pacific_180.png", 1, story.Camera{Center: [2]float64{-160, 20}, Zoom: 2.2}},
		{"routes_seam_fiji_samoa.png", 0, story.Camera{Center: [2]float64{-178, -16}, Zoom: 5}},
	} {
		t.Run(c.name, func(t *testing.T) {
			cam := c.cam
			img, err := Render(s, nil, RenderOptions{Step: c.step, Width: 900, Height: 560, Camera: &cam})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, c.name, img)
		})
	}
}
