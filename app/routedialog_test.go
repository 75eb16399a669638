package app

import (
	"math"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/storylens/storylens/mapview"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

// stops returns route id's stops in the story as edited.
func stops(t *testing.T, u *UI, id string) []string {
	t.Helper()
	r := u.doc.editor.View().RouteByID(id)
	if r == nil {
		t.Fatalf("no route %q", id)
	}
	return r.Stops
}

// The route dialog adds, reorders and removes stops and sets the mode,
// each an undoable edit shown at once in the dialog.
func TestRouteDialogEditsStopsAndMode(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, _ := newTestUI(t)
	before := u.doc.editor.View()
	u.ShowRouteDialog("train")
	f := u.ed.route
	if len(f.rows) != 2 || f.rows[0].label.Text != "1. Khasan" || !f.rows[0].up.Disabled() || !f.rows[1].down.Disabled() {
		t.Fatalf("stop rows: %d, first %q", len(f.rows), f.rows[0].label.Text)
	}
	f.addStop.SetSelected("Vostochny cosmodrome (vostochny)")
	test.Tap(f.add)
	if got := stops(t, u, "train"); !reflect.DeepEqual(got, []string{"khasan", "vladivostok", "vostochny"}) {
		t.Fatalf("after add: %q", got)
	}
	if r := u.doc.editor.View().RouteByID("train"); len(r.Line) != 3 || r.Provenance != edit.StraightThroughStops {
		t.Errorf("the rail line was not drawn through the 3 stops: %d points, %q", len(r.Line), r.Provenance)
	}
	if len(f.rows) != 3 || f.rows[2].label.Text != "3. Vostochny cosmodrome" {
		t.Fatalf("the dialog did not show the new stop: %d rows", len(f.rows))
	}
	test.Tap(f.rows[2].up)
	if got := stops(t, u, "train"); !reflect.DeepEqual(got, []string{"khasan", "vostochny", "vladivostok"}) {
		t.Fatalf("after move up: %q", got)
	}
	test.Tap(f.rows[0].remove)
	if got := stops(t, u, "train"); !reflect.DeepEqual(got, []string{"vostochny", "vladivostok"}) {
		t.Fatalf("after remove: %q", got)
	}
	f.mode.SetSelected("air")
	r := u.doc.editor.View().RouteByID("train")
	if r.Mode != "air" || len(r.Line) < 3 || r.Provenance != edit.ArcsThroughStops {
		t.Errorf("air mode: mode %q, %d points (a great-circle arc has more than 2), %q", r.Mode, len(r.Line), r.Provenance)
	}
	if lbl, _ := u.UndoLabel(); lbl != "Undo set route mode" {
		t.Errorf("undo item %q", lbl)
	}
	for range 4 {
		u.Undo()
	}
	if !reflect.DeepEqual(u.doc.editor.View(), before) {
		t.Error("undoing the four edits did not give back the story")
	}
	// The open dialog follows the undos.
	if f.mode.Selected != "rail" || len(f.rows) != 2 {
		t.Errorf("the dialog after undo: mode %q, %d rows", f.mode.Selected, len(f.rows))
	}
}

// clickPixel is where lon/lat p is on the drawing overlay.
func clickPixel(u *UI, p orb.Point) fyne.Position {
	sz := u.ed.drawing.overlay.Size()
	x, y := mapview.ToPixel(u.mp.Camera(), float64(sz.Width), float64(sz.Height), p)
	return fyne.NewPos(float32(x), float32(y))
}

// emptyPixel is a point of the overlay at least 60 px from every place.
func emptyPixel(t *testing.T, u *UI) fyne.Position {
	t.Helper()
	sz := u.ed.drawing.overlay.Size()
	for y := float32(40); y < sz.Height-40; y += 20 {
		for x := float32(40); x < sz.Width-40; x += 20 {
			ok := true
			for _, p := range u.doc.editor.View().Places {
				q := clickPixel(u, orb.Point{p.Lon, p.Lat})
				if math.Hypot(float64(q.X-x), float64(q.Y-y)) < 60 {
					ok = false
				}
			}
			if ok {
				return fyne.NewPos(x, y)
			}
		}
	}
	t.Fatal("no empty spot on the map")
	return fyne.Position{}
}

// Drawing a new route: the first click waits, the second creates the route
// with both stops (a click on a marker takes that place, elsewhere a new
// place), later clicks add stops, Esc finishes; one undo a click.
func TestDrawRouteByClickingTheMap(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, w := newTestUI(t)
	before := u.doc.editor.View()
	u.ShowNewRoute()
	u.ed.newRoute.name.SetText("Ferry")
	u.ed.newRoute.mode.SetSelected("sea")
	test.Tap(u.ed.newRoute.draw)
	d := u.ed.drawing
	if d == nil || u.Drawing() != "ferry" || len(u.mapSlot.Objects) != 3 {
		t.Fatalf("not drawing (%q, %d objects over the map)", u.Drawing(), len(u.mapSlot.Objects))
	}
	if d.overlay.Size().Width < 100 {
		t.Fatalf("the overlay is not laid out over the map: %v", d.overlay.Size())
	}
	vl := before.PlaceByID("vladivostok")
	test.TapAt(d.overlay, clickPixel(u, orb.Point{vl.Lon, vl.Lat}).Add(fyne.NewPos(4, -3)))
	if u.doc.editor.View().RouteByID("ferry") != nil || len(d.pending) != 1 || d.pending[0].id != "vladivostok" {
		t.Fatalf("after the first click: pending %+v", d.pending)
	}
	empty := emptyPixel(t, u)
	test.TapAt(d.overlay, empty)
	s := u.doc.editor.View()
	r := s.RouteByID("ferry")
	if r == nil {
		t.Fatal("the second click did not create the route")
	}
	if len(r.Stops) != 2 || r.Stops[0] != "vladivostok" || r.Mode != "sea" || r.Name != "Ferry" {
		t.Fatalf("route %+v", *r)
	}
	np := s.PlaceByID(r.Stops[1])
	if np == nil || !np.Approximate || np.Provenance != edit.PlacedByUser {
		t.Fatalf("the click off the markers made no new place: %+v", np)
	}
	sz := d.overlay.Size()
	want := mapview.FromPixel(u.mp.Camera(), float64(sz.Width), float64(sz.Height), float64(empty.X), float64(empty.Y))
	if math.Abs(np.Lon-want[0]) > 1e-6 || math.Abs(np.Lat-want[1]) > 1e-6 {
		t.Errorf("new place at %v, %v; clicked %v", np.Lon, np.Lat, want)
	}
	kh := s.PlaceByID("khasan")
	test.TapAt(d.overlay, clickPixel(u, orb.Point{kh.Lon, kh.Lat}))
	if got := stops(t, u, "ferry"); len(got) != 3 || got[2] != "khasan" {
		t.Fatalf("third click: stops %q", got)
	}
	// Clicking the last stop again adds nothing.
	test.TapAt(d.overlay, clickPixel(u, orb.Point{kh.Lon, kh.Lat}))
	if got := stops(t, u, "ferry"); len(got) != 3 {
		t.Fatalf("a repeated click added a stop: %q", got)
	}
	if w.Canvas().Focused() != d.overlay {
		t.Fatal("the overlay does not have the keyboard focus")
	}
	d.overlay.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.Drawing() != "" || len(u.mapSlot.Objects) != 1 {
		t.Fatal("Esc did not finish the drawing")
	}
	if !u.Undo() || len(stops(t, u, "ferry")) != 2 {
		t.Fatal("undo did not take back the third stop")
	}
	if !u.Undo() || !reflect.DeepEqual(u.doc.editor.View(), before) {
		t.Fatal("one undo did not take back the route and its new place")
	}

	// Drawing more stops on an existing route: each click is one stop;
	// Enter finishes.
	u.StartDrawing("train", "", "")
	vo := before.PlaceByID("vostochny")
	test.TapAt(u.ed.drawing.overlay, clickPixel(u, orb.Point{vo.Lon, vo.Lat}))
	if got := stops(t, u, "train"); !reflect.DeepEqual(got, []string{"khasan", "vladivostok", "vostochny"}) {
		t.Fatalf("stops %q", got)
	}
	u.ed.drawing.overlay.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.Drawing() != "" {
		t.Fatal("Enter did not finish the drawing")
	}
}

// A new route's single click is dropped when the drawing ends.
func TestDrawingOneClickAddsNothing(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, _ := newTestUI(t)
	before := u.doc.editor.View()
	u.StartDrawing("walk", "Walk", "road")
	test.TapAt(u.ed.drawing.overlay, emptyPixel(t, u))
	u.FinishDrawing()
	if u.doc.editor.View() != before || u.Dirty() {
		t.Error("a single click on a new route changed the story")
	}
	// Opening another story ends a drawing at the next click.
	u.StartDrawing("walk", "Walk", "road")
	openAndWait(t, u, "")
	test.TapAt(u.ed.drawing.overlay, emptyPixel(t, u))
	if u.Drawing() != "" || u.Dirty() {
		t.Errorf("a click after opening another story drew on it (drawing %q, dirty %v)", u.Drawing(), u.Dirty())
	}
	if got := nearestPlace(before, story.Camera{Center: [2]float64{131, 43}, Zoom: 6}, 800, 600, 400, 300, snapRadius); got != "" {
		t.Errorf("nearest place to an empty spot: %q", got)
	}
}
