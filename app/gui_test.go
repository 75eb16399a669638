package app

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/storylens/storylens/mapview"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

// markerAt is where place id's marker is on the window's canvas.
func markerAt(t *testing.T, u *UI, id string) fyne.Position {
	t.Helper()
	p := u.doc.editor.View().PlaceByID(id)
	if p == nil {
		t.Fatalf("no place %q", id)
	}
	sz := u.mp.Size()
	x, y := mapview.ToPixel(u.mp.Camera(), float64(sz.Width), float64(sz.Height), orb.Point{p.Lon, p.Lat})
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.mp.Map)
	return abs.Add(fyne.NewPos(float32(x), float32(y)))
}

// With Fyne's test driver, as a user would: drag a marker on the map, edit
// the step's title in the Edit step dialog (Ctrl+E, typing), save (Ctrl+S);
// the package on disk then holds both edits and the same articles.
func TestGUIDragMarkerEditTitleSave(t *testing.T) {
	pkg := fixturePackage(t)
	arts := articleBytes(t, pkg)
	u, w := newPackageUI(t, pkg)
	w.Canvas().(test.WindowlessCanvas).Capture() // draw once: the map's hit test uses the drawn scene
	if sz := u.mp.Size(); sz.Width < 200 || sz.Height < 200 {
		t.Fatalf("the map is %v", sz)
	}
	before := *u.doc.editor.View().PlaceByID("vladivostok")
	from := markerAt(t, u, "vladivostok")
	sz, abs := u.mp.Size(), fyne.CurrentApp().Driver().AbsolutePositionForObject(u.mp.Map)
	cam := u.mp.Camera()
	dropX, dropY := float64(from.X-abs.X+30), float64(from.Y-abs.Y+20)
	test.Drag(w.Canvas(), from.Add(fyne.NewPos(30, 20)), 30, 20)
	after := u.doc.editor.View().PlaceByID("vladivostok")
	// The test driver's absolute positions may differ from the ones it
	// hands the widget by a few pixels (padding rounding): the place must
	// be where it was dropped to within 4 px (36 px from where it was).
	ax, ay := mapview.ToPixel(cam, float64(sz.Width), float64(sz.Height), orb.Point{after.Lon, after.Lat})
	if d := math.Hypot(ax-dropX, ay-dropY); d > 4 || after.Approximate || after.Lon == before.Lon {
		t.Fatalf("the dragged marker left the place at %v, %v (approximate %v), %.1f px from the drop point", after.Lon, after.Lat, after.Approximate, d)
	}
	if !strings.HasPrefix(w.Title(), "• ") {
		t.Errorf("no unsaved mark after the drag: %q", w.Title())
	}

	u.GoTo(1)
	typeShortcut(w, fyne.KeyE, false)
	if u.stepForm == nil || u.stepForm.id != "arrival" {
		t.Fatal("Ctrl+E did not open the Edit step dialog on the current step")
	}
	title := u.stepForm.title
	title.SetText("")
	test.Type(title, "Arrival at dawn")
	tapDialogButton(t, w, "Apply")
	if got := u.stepTitle.Text; got != "Arrival at dawn" {
		t.Errorf("the step panel shows %q", got)
	}

	typeShortcut(w, fyne.KeyS, false)
	if u.Dirty() || u.lastSaveError != nil || strings.HasPrefix(w.Title(), "• ") {
		t.Fatalf("Ctrl+S: dirty %v, %v, title %q", u.Dirty(), u.lastSaveError, w.Title())
	}
	s, ps := story.Load(pkg)
	if ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	if p := s.PlaceByID("vladivostok"); p.Lon != after.Lon || p.Lat != after.Lat {
		t.Errorf("saved place at %v, %v, want %v, %v", p.Lon, p.Lat, after.Lon, after.Lat)
	}
	if s.Steps[1].Title != "Arrival at dawn" {
		t.Errorf("saved step title %q", s.Steps[1].Title)
	}
	if got := articleBytes(t, pkg); fmt.Sprint(got) != fmt.Sprint(arts) {
		t.Error("the articles changed")
	}
}

// editSetTitle is the story-title edit the child makes.
func editSetTitle(title string) edit.SetTitle { return edit.SetTitle{Title: title} }
