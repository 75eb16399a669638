package mapview

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
)

func TestHitTest(t *testing.T) {
	s, r := testStory()
	sc := newScene(s, r)
	v := newView(story.Camera{Center: [2]float64{128.8, 41.4}, Zoom: 6}, 1280, 800, 1)
	px := func(lon, lat float64) (float64, float64) { return v.lonLatToPx(orb.Point{lon, lat}) }

	x, y := px(125.750, 39.015)
	if k, id := hitTest(sc, v, x+3, y-2); k != "place" || id != "pyongyang" {
		t.Errorf("near Pyongyang: %q %q", k, id)
	}
	// Midpoint of the route's first segment, a few pixels off the line.
	ax, ay := px(125.750, 39.015)
	bx, by := px(127.537, 39.908)
	if k, id := hitTest(sc, v, (ax+bx)/2, (ay+by)/2+3); k != "route" || id != "train" {
		t.Errorf("on the route: %q %q", k, id)
	}
	if k, id := hitTest(sc, v, (ax+bx)/2, (ay+by)/2+40); k != "" {
		t.Errorf("40 px off the route: %q %q", k, id)
	}
	// At high DPI the same logical spot still hits.
	v2 := newView(story.Camera{Center: [2]float64{128.8, 41.4}, Zoom: 6}, 2560, 1600, 2)
	x2, y2 := v2.lonLatToPx(orb.Point{125.750, 39.015})
	if k, id := hitTest(sc, v2, x2+6, y2); k != "place" || id != "pyongyang" {
		t.Errorf("scale 2: %q %q", k, id)
	}
}

func TestRouteAt(t *testing.T) {
	s, r := testStory()
	ro := newScene(s, r).route("train")
	if p, _ := ro.at(0); p != ro.Line[0] {
		t.Errorf("at(0) = %v", p)
	}
	if p, _ := ro.at(1); p != ro.Line[len(ro.Line)-1] {
		t.Errorf("at(1) = %v", p)
	}
	// Half way by distance lies on the line, between the ends.
	p, i := ro.at(0.5)
	if i < 0 || i >= len(ro.Line)-1 {
		t.Fatalf("segment %d", i)
	}
	a, b := ro.Line[i], ro.Line[i+1]
	if p[0] < min(a[0], b[0])-1e-6 || p[0] > max(a[0], b[0])+1e-6 {
		t.Errorf("mid point %v not on segment %v-%v", p, a, b)
	}
}

func TestRenderErrors(t *testing.T) {
	s, r := testStory()
	if _, err := Render(s, r, RenderOptions{Step: 7}); err == nil {
		t.Error("step out of range: no error")
	}
	if _, err := Render(s, r, RenderOptions{Width: 100000, Height: 100000}); err == nil {
		t.Error("huge size: no error")
	}
	// No story at all still draws the region.
	img, err := Render(nil, nil, RenderOptions{Width: 200, Height: 100})
	if err != nil || img.Bounds().Dx() != 200 {
		t.Fatalf("nil story: %v", err)
	}
	// Scale multiplies the pixel size.
	img, err = Render(s, r, RenderOptions{Step: 0, Width: 300, Height: 200, Scale: 2})
	if err != nil || img.Bounds().Dx() != 600 || img.Bounds().Dy() != 400 {
		t.Fatalf("scale 2: %v %v", err, img.Bounds())
	}
}
