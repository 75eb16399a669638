package mapview

import (
	"fmt"
	"image"
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
)

// TestRayEnters checks the slab test that edge pointers use.
func TestRayEnters(t *testing.T) {
	for _, tc := range []struct {
		name           string
		cx, cy, dx, dy float64
		ok             bool
		t              float64
	}{
		{"straight at the box", 0, 15, 1, 0, true, 10},
		{"diagonal into a corner", 0, 0, 1, 1, true, 10},
		{"pointing away", 0, 5, -1, 0, false, 0},
		{"passing above", 0, -5, 1, 0, false, 0},
		{"vertical, beside it", 5, 0, 0, 1, false, 0},
		{"vertical, into it", 15, 0, 0, 1, true, 10},
		{"from inside", 15, 15, 1, 0, false, 0},
	} {
		got, ok := rayEnters(tc.cx, tc.cy, tc.dx, tc.dy, 10, 10, 20, 20)
		if ok != tc.ok || (ok && math.Abs(got-tc.t) > 1e-9) {
			t.Errorf("%s: %v %v, want %v %v", tc.name, got, ok, tc.t, tc.ok)
		}
	}
}

// cornerStory is a story in Portugal with a venue, a route and one far-off
// place at each of far, and the camera over Portugal.
func cornerStory(far map[string]orb.Point) *story.Story {
	s := &story.Story{
		Places: []*story.Place{
			{ID: "lisbon", Name: "Lisbon", Kind: "city", Lon: -9.14, Lat: 38.72},
			{ID: "porto", Name: "Porto", Kind: "city", Lon: -8.61, Lat: 41.15},
			{ID: "belem", Name: "Belém Palace", Kind: "venue", Lon: -9.2, Lat: 38.7},
		},
		Routes: []*story.Route{{ID: "a1", Name: "A1", Mode: "road", Stops: []string{"porto", "lisbon"},
			Line: orb.LineString{{-8.61, 41.15}, {-8.7, 40.2}, {-9.14, 38.72}}}},
		Steps: []story.Step{{ID: "s", Title: "Porto to Lisbon", Places: []string{"porto", "lisbon", "belem"}}},
	}
	for id, p := range far {
		s.Places = append(s.Places, &story.Place{ID: id, Name: id, Kind: "city", Lon: p[0], Lat: p[1]})
	}
	return s
}

// TestEdgePointersClearTheDecorations: an edge pointer towards a far-off
// place that lies the way of the legend (the top-left corner), the scale
// bar (bottom left) or the credit line (bottom right) is drawn clear of
// them, on the true bearing from the view's centre, its label placed; a
// pointer with a free way stays at the map's edge.
func TestEdgePointersClearTheDecorations(t *testing.T) {
	cam := story.Camera{Center: [2]float64{-8.6, 39.8}, Zoom: 6}
	for _, scale := range []float64{1, 2} {
		w, h := int(1000*scale), int(640*scale)
		v := newView(cam, w, h, scale)
		cx, cy := float64(w)/2, float64(h)/2
		// Far beyond the view, in these pixel directions from its centre.
		dirs := map[string][2]float64{
			"legend-corner": {-cx, -cy},        // the top-left corner's diagonal
			"legend-side":   {-cx, -cy * 0.8},  // the left edge beside the legend
			"legend-top":    {-cx * 0.75, -cy}, // the top edge above it
			"scale-corner":  {-cx, cy},         // the bottom-left corner
			"credit-corner": {cx, cy},          // the bottom-right corner
			"credit-bottom": {cx * 0.8, cy},    // the bottom edge under the credit line
			"free-east":     {cx, 0},           // the right edge's middle: nothing there
		}
		far := map[string]orb.Point{}
		for id, d := range dirs {
			far[id] = v.pxToLonLat(cx+3*d[0], cy+3*d[1])
		}
		s := cornerStory(far)
		for id := range dirs {
			name := fmt.Sprintf("scale %g %s", scale, id)
			f := &frame{view: v, pal: paletteFor(false), scene: newScene(s, nil), legend: true,
				highlight: set(s.Steps[0].Places), outside: []string{id}}
			img := image.NewRGBA(image.Rect(0, 0, w, h))
			rd := newRenderer()
			d := rd.decorations(img, f, false)
			if d.legend.Empty() || d.attr.Empty() || d.scale.Empty() {
				t.Fatalf("%s: legend %v, credit %v, scale bar %v: want all three drawn", name, d.legend, d.attr, d.scale)
			}
			c := newCanvas(img)
			plain := rd.pointers(c, f, nil)
			ps := rd.pointers(c, f, d.boxes())
			c.release()
			if len(ps) != 1 || len(plain) != 1 {
				t.Fatalf("%s: %d pointers (%d without decorations), want 1", name, len(ps), len(plain))
			}
			p := ps[0]
			hits := func(b image.Rectangle) []image.Rectangle {
				var out []image.Rectangle
				for _, box := range d.boxes() {
					if b.Overlaps(box) {
						out = append(out, box)
					}
				}
				return out
			}
			if o := hits(p.box); len(o) > 0 {
				t.Errorf("%s: arrow %v drawn under %v", name, p.box, o)
			}
			// The scene is set: every decorated direction runs into a box
			// at the map's edge, the free one does not.
			if blocked := len(hits(plain[0].box)) > 0; blocked == (id == "free-east") {
				t.Errorf("%s: the arrow at the edge, %v, overlaps a decoration: %v", name, plain[0].box, blocked)
			}
			if id == "free-east" && (p.tipX != plain[0].tipX || p.tipY != plain[0].tipY) {
				t.Errorf("%s: a free arrow moved from (%.0f, %.0f) to (%.0f, %.0f)", name, plain[0].tipX, plain[0].tipY, p.tipX, p.tipY)
			}
			// On the bearing to the place, from the centre.
			px, py := v.lonLatToPx(far[id])
			want, got := math.Atan2(py-cy, px-cx), math.Atan2(p.tipY-cy, p.tipX-cx)
			if math.Abs(want-got) > 0.005 {
				t.Errorf("%s: arrow at %.3f rad from the centre, the place at %.3f", name, got, want)
			}
			if !p.box.In(img.Bounds()) {
				t.Errorf("%s: arrow %v leaves the map", name, p.box)
			}
			// The whole overlay draws, the pointer's label among its labels.
			rd.drawOverlay(img, f)
		}
	}
}

// TestEdgePointersGolden draws the Portugal story with five far-off places
// (the ways of the legend's corner and side, the scale bar's and the
// credit line's corners, and a free way east) at 1000×640 and checks it
// against testdata/pointers_decorations.png (regenerate with -update and
// look at it): no arrow under the legend, the scale bar or the credit
// line, each labelled with its distance.
func TestEdgePointersGolden(t *testing.T) {
	cam := story.Camera{Center: [2]float64{-8.6, 39.8}, Zoom: 6}
	const w, h = 1000, 640
	v := newView(cam, w, h, 1)
	cx, cy := float64(w)/2, float64(h)/2
	far := map[string]orb.Point{}
	dirs := [][2]float64{{-cx, -cy}, {-cx, -cy * 0.8}, {-cx, cy}, {cx, cy}, {cx, 0}}
	ids := []string{"Far NW", "Far WNW", "Far SW", "Far SE", "Far E"}
	for i, id := range ids {
		far[id] = v.pxToLonLat(cx+3*dirs[i][0], cy+3*dirs[i][1])
	}
	s := cornerStory(far)
	sc := newScene(s, nil)
	f := &frame{view: v, pal: paletteFor(false), scene: sc, legend: true,
		highlight: set(s.Steps[0].Places), outside: ids}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	rd := newRenderer()
	if err := rd.drawBase(img, f.view, f.pal); err != nil {
		t.Fatal(err)
	}
	rd.drawOverlay(img, f)
	golden(t, "pointers_decorations.png", img)
}

// TestEdgePointersClearTheControls: the arrow to a far-off place that lies
// the way of the toolkit's zoom buttons (FrameState.Controls, here the
// frame's controls) is drawn clear of them: the buttons' box is drawn the
// same with the arrow as without it, while without the controls the arrow
// would be drawn there.
func TestEdgePointersClearTheControls(t *testing.T) {
	cam := story.Camera{Center: [2]float64{-8.6, 39.8}, Zoom: 6}
	w, h := 1000, 640
	v := newView(cam, w, h, 1)
	cx, cy := float64(w)/2, float64(h)/2
	far := map[string]orb.Point{"north-east": v.pxToLonLat(cx+3*cx, cy-3*0.8*cy)} // the right edge, near its top
	s := cornerStory(far)
	buttons := image.Rect(w-52, 8, w-8, 140)
	draw := func(outside []string, controls []image.Rectangle) *image.RGBA {
		f := &frame{view: v, pal: paletteFor(false), scene: newScene(s, nil), legend: true,
			highlight: set(s.Steps[0].Places), outside: outside, controls: controls}
		img := image.NewRGBA(image.Rect(0, 0, w, h))
		newRenderer().drawOverlay(img, f)
		return img
	}
	same := func(a, b *image.RGBA) bool {
		for y := buttons.Min.Y; y < buttons.Max.Y; y++ {
			for x := buttons.Min.X; x < buttons.Max.X; x++ {
				if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
					return false
				}
			}
		}
		return true
	}
	ctl := []image.Rectangle{buttons}
	if same(draw(nil, nil), draw([]string{"north-east"}, nil)) {
		t.Fatal("without controls the arrow is not drawn in the buttons' box: the test would not tell")
	}
	if !same(draw(nil, ctl), draw([]string{"north-east"}, ctl)) {
		t.Error("the arrow to the far-off place is drawn under the zoom buttons")
	}
}
