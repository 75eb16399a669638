package mapwidget

import (
	"image"
	"image/color"
	"math"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/storylens/storylens/internal/testfixture"
	"github.com/storylens/storylens/mapview"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// testStory is testfixture.MapStory: a train from Pyongyang to Vladivostok
// and a summit at a venue with its own camera.
func testStory() (*story.Story, *analysis.Report) { return testfixture.MapStory() }

// toPx is where p lies on the map now (logical pixels).
func toPx(m *Map, p orb.Point) (float64, float64) {
	w, h := m.viewport()
	return mapview.ToPixel(m.Camera(), w, h, p)
}

func newTestMap(t *testing.T, opts ...Option) (*Map, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	s, r := testStory()
	m := New(append([]Option{WithStory(s, r)}, opts...)...)
	<-mapview.Decoded() // New started decoding; these tests want the land drawn
	w := test.NewTempWindow(t, m)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(800, 600))
	m.Resize(fyne.NewSize(800, 600))
	return m, w
}

// fullFrame draws a w×h frame with the full-resolution basemap: the first
// frame at a size draws it in a goroutine, so it waits for that.
func fullFrame(tb testing.TB, m *Map, w, h int) image.Image {
	tb.Helper()
	// Every tile decoded first: frames drawn while tiles arrive differ.
	if err := mapview.LoadTiles(m.Camera(), w, h, 1); err != nil {
		tb.Fatal(err)
	}
	m.generate(w, h)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if m.paint.FullResolution(w, h) {
			return m.generate(w, h)
		}
	}
	tb.Fatal("the full-resolution basemap was never drawn")
	return nil
}

func TestMapDragPans(t *testing.T) {
	m, w := newTestMap(t)
	m.FlyTo(story.Camera{Center: [2]float64{131.9, 43.05}, Zoom: 8})
	before := m.Camera()
	test.Drag(w.Canvas(), fyne.NewPos(400, 300), 100, 0)
	m.DragEnd()
	after := m.Camera()
	if !(after.Center[0] < before.Center[0]) || after.Zoom != before.Zoom {
		t.Errorf("dragging right should move the centre west: %v -> %v", before, after)
	}
	// 100 px at zoom 8 is 100/(256·2^8)·360 degrees of longitude.
	want := 100.0 / (256 * 256) * 360
	if got := before.Center[0] - after.Center[0]; math.Abs(got-want) > 1e-6 {
		t.Errorf("moved %g°, want %g°", got, want)
	}
}

func TestMapScrollZoomsAroundCursor(t *testing.T) {
	m, _ := newTestMap(t)
	m.FlyTo(story.Camera{Center: [2]float64{131.9, 43.05}, Zoom: 8})
	pos := fyne.NewPos(600, 200)
	under := mapview.FromPixel(m.Camera(), 800, 600, 600, 200)
	// test.Scroll sets no position, so send the event the driver would.
	m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: pos}, Scrolled: fyne.Delta{DY: 20}})
	c := m.Camera()
	if c.Zoom <= 8 {
		t.Fatalf("scroll up should zoom in: %v", c)
	}
	x, y := toPx(m, under)
	if math.Abs(x-600) > 0.01 || math.Abs(y-200) > 0.01 {
		t.Errorf("point under the cursor moved to (%g, %g)", x, y)
	}
	m.DoubleTapped(&fyne.PointEvent{Position: pos})
	if z := m.Camera().Zoom; math.Abs(z-c.Zoom-1) > 1e-9 {
		t.Errorf("double tap zoom %g, want %g", z, c.Zoom+1)
	}
}

func TestMapTapCallbacks(t *testing.T) {
	var gotPlace, gotRoute string
	m, _ := newTestMap(t, OnPlaceTapped(func(id string) { gotPlace = id }), OnRouteTapped(func(id string) { gotRoute = id }))
	m.FlyTo(story.Camera{Center: [2]float64{128.8, 41.4}, Zoom: 6})
	x, y := toPx(m, orb.Point{131.8816, 43.1113})
	test.TapAt(m, fyne.NewPos(float32(x), float32(y)))
	if gotPlace != "vladivostok" {
		t.Errorf("tap on Vladivostok reported %q", gotPlace)
	}
	ax, ay := toPx(m, orb.Point{125.750, 39.015})
	bx, by := toPx(m, orb.Point{127.537, 39.908})
	test.TapAt(m, fyne.NewPos(float32((ax+bx)/2), float32((ay+by)/2)))
	if gotRoute != "train" {
		t.Errorf("tap on the route reported %q", gotRoute)
	}
}

func TestMapKeysStepsAndButtons(t *testing.T) {
	m, _ := newTestMap(t)
	m.ShowStep(2)
	if c := m.Camera(); c.Zoom != 11 || c.Center != [2]float64{131.89, 43.03} {
		t.Errorf("step 3 camera %v", c)
	}
	if !m.highlight["fefu"] {
		t.Error("step 3 should highlight the venue")
	}
	if !m.HandleKey(fyne.KeyMinus) || m.Camera().Zoom != 10 {
		t.Errorf("minus: zoom %g", m.Camera().Zoom)
	}
	if !m.HandleRune('+') || m.Camera().Zoom != 11 {
		t.Errorf("plus: zoom %g", m.Camera().Zoom)
	}
	m.HandleKey(fyne.Key0)
	if z := m.Camera().Zoom; z >= 10 {
		t.Errorf("reset should show all places, zoom %g", z)
	}
	m.ShowStep(1) // no camera: fit Pyongyang, Vladivostok and the route
	for _, p := range []orb.Point{{125.750, 39.015}, {131.952, 43.797}} {
		x, y := toPx(m, p)
		if x < 0 || y < 0 || x > 800 || y > 600 {
			t.Errorf("step 2 view misses %v (at %g, %g)", p, x, y)
		}
	}
	if m.HandleKey(fyne.KeyA) {
		t.Error("A is not a map key")
	}
	// The rendered widget shows the map and the buttons.
	img := m.generate(800, 600)
	if img.Bounds().Dx() != 800 {
		t.Errorf("frame size %v", img.Bounds())
	}
	m.PlayTrain("train")
	if m.train == nil || *m.train != (orb.Point{131.8816, 43.1113}) {
		t.Errorf("after the (instant, in tests) animation the train is at %v", m.train)
	}
}

func TestMapHoverTooltip(t *testing.T) {
	m, w := newTestMap(t)
	m.FlyTo(story.Camera{Center: [2]float64{128.8, 41.4}, Zoom: 6})
	x, y := toPx(m, orb.Point{131.8816, 43.1113})
	test.MoveMouse(w.Canvas(), fyne.NewPos(float32(x), float32(y)))
	if !m.tip.Visible() || m.tip.Text != "Vladivostok — city, 12 mentions" {
		t.Errorf("tooltip %q visible=%v", m.tip.Text, m.tip.Visible())
	}
	test.MoveMouse(w.Canvas(), fyne.NewPos(5, 590))
	if m.tip.Visible() {
		t.Error("tooltip should hide off the places")
	}
}

func TestFlightFrames(t *testing.T) {
	// A flight frame draws a full-size frame; after the flight (the test
	// driver ticks animations to the end at once) frames are full resolution.
	m, _ := newTestMap(t)
	m.mu.Lock()
	m.flying = true
	m.mu.Unlock()
	if img := m.generate(400, 300); img.Bounds().Dx() != 400 || img.Bounds().Dy() != 300 {
		t.Errorf("flight frame size %v", img.Bounds())
	}
	m.FlyTo(story.Camera{Center: [2]float64{131.9, 43.05}, Zoom: 9})
	if m.flying {
		t.Error("flying should be false once the animation ended")
	}
}

func TestMapRefitsOnResize(t *testing.T) {
	m, w := newTestMap(t)
	m.ShowStep(1)
	before := m.Camera()
	m.Resize(fyne.NewSize(400, 300))
	after := m.Camera()
	if after.Zoom >= before.Zoom {
		t.Errorf("a smaller map should refit step 2 at a lower zoom: %v -> %v", before, after)
	}
	// Once the user pans, a resize keeps the camera.
	test.Drag(w.Canvas(), fyne.NewPos(200, 150), 10, 0)
	m.DragEnd()
	moved := m.Camera()
	m.Resize(fyne.NewSize(600, 400))
	if m.Camera() != moved {
		t.Errorf("resize after a pan moved the camera: %v -> %v", moved, m.Camera())
	}
}

// TestMapSetDark checks that SetDark overrides the theme variant: the
// rendered background and land change to the dark palette and back.
func TestMapSetDark(t *testing.T) {
	m, _ := newTestMap(t)
	m.jump(story.Camera{Center: [2]float64{131.9, 43.05}, Zoom: 9})
	// The test app's theme variant is light: the automatic choice.
	if m.isDark() {
		t.Fatal("test app should start light")
	}
	count := func(img image.Image, c color.NRGBA) int {
		n := 0
		b := img.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y += 2 {
			for x := b.Min.X; x < b.Max.X; x += 2 {
				r, g, bl, _ := img.At(x, y).RGBA()
				if uint8(r>>8) == c.R && uint8(g>>8) == c.G && uint8(bl>>8) == c.B {
					n++
				}
			}
		}
		return n
	}
	light := fullFrame(t, m, 800, 600)
	lw, le := count(light, mapview.Colors(false).Water), count(light, mapview.Colors(false).Earth)
	if lw == 0 || le == 0 {
		t.Fatalf("light frame: %d water and %d land samples, want both", lw, le)
	}
	m.SetDark(true)
	dark := m.generate(800, 600)
	if n := count(dark, mapview.Colors(false).Water) + count(dark, mapview.Colors(false).Earth); n != 0 {
		t.Errorf("dark frame still has %d light water/land samples", n)
	}
	dw, de := count(dark, mapview.Colors(true).Water), count(dark, mapview.Colors(true).Earth)
	if dw < lw*9/10 || de < le*9/10 {
		t.Errorf("dark frame: %d water, %d land samples; light had %d, %d", dw, de, lw, le)
	}
	m.SetDark(false)
	if n := count(m.generate(800, 600), mapview.Colors(false).Water); n != lw {
		t.Errorf("back to light: %d water samples, want %d", n, lw)
	}
	m2, _ := newTestMap(t, WithDark(true))
	m2.jump(story.Camera{Center: [2]float64{131.9, 43.05}, Zoom: 9})
	if n := count(fullFrame(t, m2, 800, 600), mapview.Colors(true).Water); n == 0 {
		t.Error("WithDark(true) drew no dark water")
	}
}

// After an edit the map redraws the story where the user was looking.
func TestUpdateStoryKeepsTheCamera(t *testing.T) {
	m, _ := newTestMap(t)
	m.SetCamera(story.Camera{Center: [2]float64{131.9, 43.05}, Zoom: 9})
	before := m.Camera()
	s, r := testStory()
	s.Places[2].Name = "Vladivostok (renamed)"
	r.Places[2].Name = "Vladivostok (renamed)"
	m.UpdateStory(s, r)
	if m.Camera() != before {
		t.Errorf("UpdateStory moved the camera: %v -> %v", before, m.Camera())
	}
	if tip := m.paint.Tooltip("place", "vladivostok"); !strings.Contains(tip, "renamed") {
		t.Errorf("tooltip %q does not show the new name", tip)
	}
}

// With OnPlaceMoved, a drag that starts on a marker moves the place (the
// map stays put) and reports where it was dropped; a drag elsewhere pans.
func TestDragMovesAMarker(t *testing.T) {
	var movedID string
	var lon, lat float64
	m, _ := newTestMap(t, OnPlaceMoved(func(id string, x, y float64) { movedID, lon, lat = id, x, y }))
	m.SetCamera(story.Camera{Center: [2]float64{128.8, 41.4}, Zoom: 6})
	cam := m.Camera()
	x, y := toPx(m, orb.Point{131.8816, 43.1113}) // Vladivostok
	// As the desktop driver sends it: the pointer's position now and the
	// move since the last event.
	drag := func(fromX, fromY, dx, dy float64) {
		m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(fromX+dx), float32(fromY+dy))},
			Dragged: fyne.Delta{DX: float32(dx), DY: float32(dy)}})
		m.DragEnd()
	}
	drag(x, y, 60, 0)
	if movedID != "vladivostok" {
		t.Fatalf("dragging the Vladivostok marker moved %q", movedID)
	}
	if lon <= 131.8816+1 || math.Abs(lat-43.1113) > 0.2 {
		t.Errorf("dropped at %.3f, %.3f; want about 2.6° east of Vladivostok", lon, lat)
	}
	if m.Camera() != cam {
		t.Errorf("dragging a marker moved the map: %v -> %v", cam, m.Camera())
	}
	movedID = ""
	drag(100, 500, 60, 0) // open sea: pans
	if movedID != "" || m.Camera() == cam {
		t.Errorf("a drag off the places moved %q and left the camera at %v", movedID, m.Camera())
	}
}

// TestMapTellsThePainterWhereTheButtonsAre: the frame state carries the
// zoom buttons' box, where they are laid out, so that labels and the arrows
// to far-off places keep clear of them.
func TestMapTellsThePainterWhereTheButtonsAre(t *testing.T) {
	m, _ := newTestMap(t)
	r := test.WidgetRenderer(m).(*mapRenderer)
	r.Layout(fyne.NewSize(800, 600))
	pos, size := r.buttons.Position(), r.buttons.Size()
	st := m.state(false)
	if len(st.Controls) != 1 {
		t.Fatalf("frame state controls %v, want the buttons' box", st.Controls)
	}
	c := st.Controls[0]
	if c.Min.X > int(pos.X) || c.Min.Y > int(pos.Y) || float32(c.Max.X) < pos.X+size.Width || float32(c.Max.Y) < pos.Y+size.Height {
		t.Errorf("controls %v do not hold the buttons at %v, size %v", c, pos, size)
	}
	if c.Min.X < 700 || c.Max.X > 800 {
		t.Errorf("controls %v are not at the map's right edge", c)
	}
}
