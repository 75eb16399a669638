package app

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

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

// recoveryChildEnv names the package the child process of
// TestRecoveryAfterKill edits.
const recoveryChildEnv = "STORYLENS_TEST_RECOVERY_CHILD"

// The recovery copy survives a killed process: a child process (this test
// binary) opens the package, starts the recovery timer and makes an edit;
// once the copy is written it is killed with SIGKILL. The next start offers
// the copy, which holds the edit, and opening it shows the edit unsaved.
func TestRecoveryAfterKill(t *testing.T) {
	if pkg := os.Getenv(recoveryChildEnv); pkg != "" {
		recoveryChild(t, pkg)
		return
	}
	pkg := fixturePackage(t) // XDG_CACHE_HOME is a temporary folder, which the child inherits
	cmd := exec.Command(os.Args[0], "-test.run=^TestRecoveryAfterKill$", "-test.count=1")
	cmd.Env = append(os.Environ(), recoveryChildEnv+"="+pkg)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	deadline := time.After(60 * time.Second)
	for ready := false; !ready; {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("the child ended before its edit was copied")
			}
			ready = l == "recovery copy written"
		case <-deadline:
			t.Fatal("the child did not write its recovery copy")
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("the child was not killed by SIGKILL: %v", err)
	}
	if s, _ := story.Load(pkg); s.Title != "Test trip" {
		t.Fatalf("the package itself changed: %q", s.Title)
	}

	u, w := newPackageUI(t, pkg)
	dir := recoveryDirFor(pkg)
	if u.recoveryOffer != dir {
		t.Fatalf("the next start did not offer the recovery copy (%q)", u.recoveryOffer)
	}
	if s, ps := story.Load(dir); ps.HasErrors() || s.Title != "Edited before the crash" {
		t.Fatalf("the recovery copy does not hold the edit: %v", ps.Err())
	}
	done := make(chan Loaded, 1)
	u.loadedHook = func(l Loaded) { done <- l }
	tapDialogButton(t, w, "Open the copy")
	<-done
	if u.nav.Story().Title != "Edited before the crash" || !u.Dirty() || u.doc.path != pkg {
		t.Errorf("recovered: title %q, dirty %v, path %s", u.nav.Story().Title, u.Dirty(), u.doc.path)
	}
	if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 1 {
		t.Errorf("%d entries in the recovery folder (a temporary copy left by the kill?)", len(entries))
	}
}

// recoveryChild is the child process: open pkg, edit, wait for the
// recovery timer to copy the edit, say so, and wait to be killed.
func recoveryChild(t *testing.T, pkg string) {
	u, _ := newPackageUI(t, pkg)
	u.startRecovery(20 * time.Millisecond)
	fyne.DoAndWait(func() {
		if err := u.Apply(editSetTitle("Edited before the crash")); err != nil {
			t.Error(err)
		}
	})
	dir := recoveryDirFor(pkg)
	for {
		if s, _ := story.Load(dir); s != nil && s.Title == "Edited before the crash" {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println("recovery copy written")
	time.Sleep(2 * time.Minute) // killed by the parent long before
	t.Error("the parent did not kill the child")
}

// editSetTitle is the story-title edit the child makes.
func editSetTitle(title string) edit.SetTitle { return edit.SetTitle{Title: title} }
