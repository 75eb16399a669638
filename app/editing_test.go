package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

// fixturePackage writes the fixture story as a package folder and returns
// it. The user's cache folder is moved to a temporary one, so that
// recovery copies stay inside the test.
func fixturePackage(t *testing.T) string {
	t.Helper()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	s, _ := fixture(t)
	dir := filepath.Join(t.TempDir(), "trip")
	if err := story.WritePackage(s, dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// newPackageUI opens the package at dir with the real loader (story.Load,
// the analysis, Resolve).
func newPackageUI(t *testing.T, dir string) (*UI, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(defaultSize)
	u := NewUI(a, w, Config{Version: "test"}, testOpts...)
	u.showMap()
	if l := openAndWait(t, u, dir); l.Failed {
		t.Fatalf("the fixture package did not open: %q", l.Problems)
	}
	return u, w
}

// findButton returns the button labelled text in o's tree, or nil.
func findButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	if b, ok := o.(*widget.Button); ok && b.Text == text {
		return b
	}
	if b, ok := o.(*keyButton); ok && b.Text == text {
		return &b.Button
	}
	var kids []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		kids = v.Objects
	case fyne.Widget:
		kids = test.TempWidgetRenderer(t, v).Objects()
	}
	for _, k := range kids {
		if b := findButton(t, k, text); b != nil {
			return b
		}
	}
	return nil
}

// tapDialogButton taps the button labelled text in the window's top
// overlay (the dialog shown last).
func tapDialogButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog is shown (looking for %q)", text)
	}
	b := findButton(t, top, text)
	if b == nil {
		t.Fatalf("the dialog has no %q button", text)
	}
	test.Tap(b)
}

// typeShortcut types Ctrl+key (with Shift when shift) on w.
func typeShortcut(w fyne.Window, key fyne.KeyName, shift bool) {
	mod := fyne.KeyModifierShortcutDefault
	if shift {
		mod |= fyne.KeyModifierShift
	}
	w.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: mod})
}

// articleBytes reads every file of dir/articles.
func articleBytes(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	return fileBytes(t, filepath.Join(dir, story.ArticlesDir))
}

// fileBytes reads every entry of dir (a folder reads as nil).
func fileBytes(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, e := range entries {
		if e.IsDir() {
			out[e.Name()] = nil
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = data
	}
	return out
}

func TestEditTitleUndoAndSaveAs(t *testing.T) {
	pkg := fixturePackage(t)
	u, w := newPackageUI(t, pkg)
	if !u.doc.inPlace {
		t.Fatal("a package folder was not taken as one Save may write to")
	}
	if got := w.Title(); got != "Test trip — Storylens" || u.Dirty() {
		t.Fatalf("title %q, dirty %v before any edit", got, u.Dirty())
	}
	if l, ok := u.UndoLabel(); ok || l != "Undo" {
		t.Errorf("undo item %q enabled %v before any edit", l, ok)
	}

	// Edit > Story title and description.
	u.ShowEditStory()
	u.storyForm[0].SetText("Edited trip")
	tapDialogButton(t, w, "Apply")
	if got := w.Title(); got != "• Edited trip — Storylens" || !u.Dirty() {
		t.Errorf("after the edit: title %q, dirty %v", got, u.Dirty())
	}
	if l, ok := u.UndoLabel(); !ok || l != "Undo set story title" {
		t.Errorf("undo item %q enabled %v", l, ok)
	}
	if u.nav.Story().Title != "Edited trip" {
		t.Errorf("the panels show %q", u.nav.Story().Title)
	}

	// Ctrl+Z (which the desktop driver reports as Undo) undoes: the old
	// title, no unsaved mark.
	w.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	if got := w.Title(); got != "Test trip — Storylens" || u.Dirty() {
		t.Errorf("after undo: title %q, dirty %v", got, u.Dirty())
	}
	if l, ok := u.RedoLabel(); !ok || l != "Redo set story title" {
		t.Errorf("redo item %q enabled %v", l, ok)
	}
	typeShortcut(w, fyne.KeyZ, true) // Ctrl+Shift+Z
	if !u.Dirty() || u.nav.Story().Title != "Edited trip" {
		t.Fatal("Ctrl+Shift+Z did not bring the edit back")
	}

	out := filepath.Join(t.TempDir(), "saved")
	if err := u.SaveTo(out); err != nil {
		t.Fatal(err)
	}
	if got := w.Title(); got != "Edited trip — Storylens" || u.Dirty() {
		t.Errorf("after saving: title %q, dirty %v", got, u.Dirty())
	}
	s, ps := story.Load(out)
	if ps.HasErrors() {
		t.Fatalf("the saved package does not load: %v", ps.Err())
	}
	if s.Title != "Edited trip" {
		t.Errorf("saved title %q", s.Title)
	}
	if got, want := articleBytes(t, out), articleBytes(t, pkg); !reflect.DeepEqual(got, want) {
		t.Errorf("articles not byte-identical: %d files, want %d", len(got), len(want))
	}
	// The original package is unchanged.
	if s0, _ := story.Load(pkg); s0.Title != "Test trip" {
		t.Errorf("Save As changed the original: %q", s0.Title)
	}

	// Save now writes in place to the new package, keeping other files.
	note := filepath.Join(out, "notes.txt")
	os.WriteFile(note, []byte("mine"), 0o644)
	if err := u.Apply(edit.SetStepTitle{ID: "summit", Title: "The summit"}); err != nil {
		t.Fatal(err)
	}
	u.Save()
	if u.Dirty() || u.lastSaveError != nil {
		t.Fatalf("Save: dirty %v, error %v", u.Dirty(), u.lastSaveError)
	}
	s, _ = story.Load(out)
	if s.Steps[2].Title != "The summit" || s.Title != "Edited trip" {
		t.Errorf("saved in place: title %q, step %q", s.Title, s.Steps[2].Title)
	}
	if data, err := os.ReadFile(note); err != nil || string(data) != "mine" {
		t.Errorf("Save lost a file of the package folder: %q, %v", data, err)
	}
	// Undo after a save: dirty again.
	u.Undo()
	if !u.Dirty() || !strings.HasPrefix(w.Title(), "• ") {
		t.Errorf("undo after save: dirty %v, title %q", u.Dirty(), w.Title())
	}
}

func TestSaveRefusesAnInvalidStory(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, _ := newTestUI(t)
	// A story with an error the editor did not make (an unknown place).
	bad := edit.Clone(u.doc.editor.View())
	bad.Steps[0].Places = []string{"atlantis"}
	u.doc = newDocument("", bad, nil)
	out := filepath.Join(t.TempDir(), "out")
	err := u.SaveTo(out)
	var pe *ProblemsError
	if !errors.As(err, &pe) || len(pe.Problems) != 1 || !strings.Contains(pe.Problems[0], `unknown place id "atlantis"`) {
		t.Fatalf("save of an invalid story: %v", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("something was written: %v", err)
	}
}

func TestSaveOnDraftZipOrBundledAsksForAFolder(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	articles := t.TempDir()
	os.WriteFile(filepath.Join(articles, "a.txt"), []byte("Kim arrived in Vladivostok.\n"), 0o644)
	for _, tc := range []struct {
		name, path string
		draft      bool
	}{
		{"draft", articles, true},
		{"zip", filepath.Join(articles, "story.zip"), false},
		{"bundled", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u, w := newTestUI(t)
			s, rep := fixture(t)
			s.Draft = tc.draft
			u.Loader = func(string, func(string)) Loaded { return Loaded{Path: tc.path, Story: s, Report: rep} }
			openAndWait(t, u, tc.path)
			u.Apply(edit.SetTitle{Title: "Changed"})
			before := fileBytes(t, articles)
			u.Save()
			if u.saveAsShown != 1 || w.Canvas().Overlays().Top() == nil {
				t.Fatalf("Save did not ask for a folder (Save As shown %d times)", u.saveAsShown)
			}
			if !u.Dirty() {
				t.Error("Save wrote something before a folder was chosen")
			}
			if got := fileBytes(t, articles); !reflect.DeepEqual(got, before) {
				t.Error("the folder of articles changed")
			}
			if tc.draft {
				// Never into the folder of articles.
				if err := u.SaveTo(filepath.Join(articles, "inside")); err == nil || !strings.Contains(err.Error(), "folder of articles") {
					t.Errorf("save into the articles folder: %v", err)
				}
			}
			// The dialog's Save writes the new folder it proposes.
			tapDialogButton(t, w, "Save")
			if u.Dirty() || !u.doc.inPlace {
				t.Fatalf("Save As from the dialog: dirty %v, error %v", u.Dirty(), u.lastSaveError)
			}
			if s2, ps := story.Load(u.doc.path); ps.HasErrors() || s2.Title != "Changed" {
				t.Errorf("saved to %s: %v", u.doc.path, ps.Err())
			}
		})
	}
}

func TestRefusedDeleteOffersTheFix(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, w := newTestUI(t)
	u.SelectPlace("vostochny")
	if !u.editPlaceBtn.Visible() {
		t.Error("no Edit place button with a place selected")
	}
	u.ShowEditPlace("")
	if u.placeForm.id != "vostochny" {
		t.Fatalf("editing %q, want the selected place", u.placeForm.id)
	}
	test.Tap(u.placeForm.del)
	if u.lastFix == nil || !reflect.DeepEqual(u.lastFix, edit.DeletePlace{ID: "vostochny", FromSteps: true}) {
		t.Fatalf("refusal %q offered fix %#v", u.lastRefusal, u.lastFix)
	}
	if !strings.Contains(u.lastRefusal, "used by") || u.doc.editor.View().PlaceByID("vostochny") == nil {
		t.Fatalf("refusal %q; place still there: %v", u.lastRefusal, u.doc.editor.View().PlaceByID("vostochny") != nil)
	}
	tapDialogButton(t, w, "Delete place")
	if u.doc.editor.View().PlaceByID("vostochny") != nil {
		t.Fatal("the fix was not applied")
	}
	for _, st := range u.nav.Story().Steps {
		for _, p := range st.Places {
			if p == "vostochny" {
				t.Errorf("step %s still shows the deleted place", st.ID)
			}
		}
	}
	for _, p := range u.nav.Report().Places {
		if p.ID == "vostochny" {
			t.Error("the panels' report still has the deleted place")
		}
	}
	// A route's stop (used by a step too) is refused with a fix that
	// removes it from the route and the step, then deletes it: one edit.
	u.ShowEditPlace("khasan")
	test.Tap(u.placeForm.del)
	want := edit.Batch{Label: "delete place", Ops: []edit.Op{edit.RemoveStop{Route: "train", At: 0}, edit.DeletePlace{ID: "khasan", FromSteps: true}}}
	if !reflect.DeepEqual(u.lastFix, want) || !strings.Contains(u.lastRefusal, `is a stop of route "train"`) {
		t.Fatalf("deleting a stop offered %#v (%s)", u.lastFix, u.lastRefusal)
	}
	tapDialogButton(t, w, "Delete place")
	if s := u.doc.editor.View(); s.PlaceByID("khasan") != nil || len(s.RouteByID("train").Stops) != 1 || slices.Contains(s.Steps[1].Places, "khasan") {
		t.Fatal("the fix did not remove the stop, the step's mention and the place")
	}
	if !u.Undo() || u.doc.editor.View().PlaceByID("khasan") == nil || len(u.doc.editor.View().RouteByID("train").Stops) != 2 {
		t.Error("one undo did not bring back the place and its stop")
	}
}

func TestPlaceDialogRenamesAndPins(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, _ := newTestUI(t)
	u.SelectPlace("vladivostok")
	u.ShowEditPlace("")
	if !u.placeForm.pin.Disabled() {
		t.Error("Pin here is offered for a city")
	}
	u.placeForm.name.SetText("Vladivostok city")
	u.placeForm.kind.SetSelected("town")
	test.Tap(u.placeForm.apply)
	p := u.doc.editor.View().PlaceByID("vladivostok")
	if p.Name != "Vladivostok city" || p.Kind != "town" {
		t.Fatalf("place now %q, %q", p.Name, p.Kind)
	}
	if got := u.nav.Report().Places[0].Name; got != "Vladivostok city" {
		t.Errorf("the map and charts show %q", got)
	}
	if sel := u.nav.Selection(); sel != (Selection{Kind: SelPlace, ID: "vladivostok"}) || !u.editPlaceBtn.Visible() {
		t.Errorf("the edit lost the selection: %+v", sel)
	}
	if !strings.Contains(u.evHeading.Text, "Vladivostok city") {
		t.Errorf("evidence heading %q", u.evHeading.Text)
	}

	// Pin the venue at the map's centre.
	u.GoTo(2)
	u.mp.FlyTo(story.Camera{Center: [2]float64{128.5, 51.5}, Zoom: 9})
	u.ShowEditPlace("vostochny")
	if u.placeForm.pin.Disabled() {
		t.Fatal("Pin here is not offered for the venue")
	}
	test.Tap(u.placeForm.pin)
	v := u.doc.editor.View().PlaceByID("vostochny")
	if v.Lon != 128.5 || v.Lat != 51.5 || v.Approximate || !strings.Contains(v.Provenance, "pinned by the user") {
		t.Errorf("venue after Pin here: %+v", *v)
	}
}

func TestRouteTapAcceptsAndRejectsAnInferredRoute(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, w := newTestUI(t)
	s, rep := fixture(t)
	s.Routes[0].Origin = story.OriginInferred
	s.Routes[0].Approximate = true
	u.Loader = func(string, func(string)) Loaded { return Loaded{Story: s, Report: rep} }
	openAndWait(t, u, "")

	u.routeTapped("train")
	if u.routeDialog == nil || u.routeButtons[0].Disabled() {
		t.Fatal("tapping an inferred route did not offer to accept it")
	}
	tapDialogButton(t, w, "Accept")
	if r := u.doc.editor.View().RouteByID("train"); r.Origin != story.OriginStory {
		t.Errorf("accepted route has origin %q", r.Origin)
	}
	u.Undo()
	u.routeDialog = nil
	u.routeTapped("train")
	test.Tap(u.routeButtons[1]) // Reject: the steps show it, so the editor asks
	if !reflect.DeepEqual(u.lastFix, edit.RejectRoute{ID: "train", FromSteps: true}) {
		t.Fatalf("reject offered %#v (%s)", u.lastFix, u.lastRefusal)
	}
	tapDialogButton(t, w, "Reject route")
	if u.doc.editor.View().RouteByID("train") != nil || u.nav.Story().Steps[1].Route != nil {
		t.Error("the route was not rejected")
	}
	// A route of the story's own is not offered on a tap.
	u.Undo()
	u.Apply(edit.AcceptRoute{ID: "train"})
	u.routeDialog = nil
	u.routeTapped("train")
	if u.routeDialog != nil {
		t.Error("tapping the story's own route opened the dialog")
	}
}

func TestEditStepDialog(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, w := newTestUI(t)
	u.GoTo(1)
	typeShortcut(w, fyne.KeyE, false)
	f := u.stepForm
	if f == nil || f.id != "arrival" || f.title.Text != "Arrival in Vladivostok" {
		t.Fatalf("Ctrl+E did not open the current step: %+v", f)
	}
	// The preview follows the body as it is typed.
	f.body.SetText("Now **bold** text")
	if got := f.preview.Text(); got != "Now bold text" {
		t.Errorf("preview %q", got)
	}
	// A bad date is flagged as typed and refused on Apply.
	f.date.SetText("2019-13-40")
	if f.dateMsg.Text == "" {
		t.Error("a bad date is not flagged")
	}
	f.title.SetText("Arrival")
	if err := u.applyStepForm(); err == nil {
		t.Fatal("a bad date was accepted")
	}
	if u.doc.editor.Changes() != 0 {
		t.Fatal("a refused form changed the story")
	}
	f.date.SetText("2019-04-25")
	if f.dateMsg.Text != "" {
		t.Errorf("a good date is flagged: %q", f.dateMsg.Text)
	}
	tapDialogButton(t, w, "Apply")
	st := u.nav.Story().Steps[1]
	if st.Title != "Arrival" || st.Date != "2019-04-25" || st.Body != "Now **bold** text" {
		t.Fatalf("step after Apply: %+v", st)
	}
	if u.stepTitle.Text != "Arrival" || !strings.Contains(u.stepBody.Text(), "bold") {
		t.Errorf("the story panel shows %q / %q", u.stepTitle.Text, u.stepBody.Text())
	}
	if u.doc.editor.Changes() != 3 {
		t.Errorf("%d undoable changes, want 3 (title, date, body)", u.doc.editor.Changes())
	}

	// Move down, then up; add a step after; delete it.
	u.ShowEditStep()
	tapDialogButton(t, w, "Move down")
	if u.nav.Story().Steps[2].ID != "arrival" || u.nav.Index() != 2 {
		t.Fatalf("after Move down: step 3 is %s, at %d", u.nav.Story().Steps[2].ID, u.nav.Index())
	}
	u.ShowEditStep()
	tapDialogButton(t, w, "Move up")
	if u.nav.Story().Steps[1].ID != "arrival" {
		t.Fatal("Move up did not move it back")
	}
	u.ShowEditStep()
	tapDialogButton(t, w, "Add step after")
	if u.nav.Len() != 4 || u.nav.Index() != 2 || u.nav.Current().Title != "New step" {
		t.Fatalf("after Add step: %d steps, at %d", u.nav.Len(), u.nav.Index())
	}
	u.ShowEditStep()
	tapDialogButton(t, w, "Delete step")
	if u.nav.Len() != 3 {
		t.Fatalf("after Delete: %d steps", u.nav.Len())
	}

	// The map's view becomes the step's camera.
	u.GoTo(0)
	cam := story.Camera{Center: [2]float64{130, 45}, Zoom: 6}
	u.mp.FlyTo(cam)
	u.ShowEditStep()
	tapDialogButton(t, w, "Use the current map view as this step's camera")
	if c := u.nav.Story().Steps[0].Camera; c == nil || *c != cam {
		t.Errorf("camera %+v, want %+v", c, cam)
	}
}

func TestUnsavedChangesAskBeforeOpening(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, w := newTestUI(t)
	u.Apply(edit.SetTitle{Title: "Mine"})
	loads := u.loads
	u.Open("")
	if u.loads != loads || u.unsavedDialog == nil {
		t.Fatal("opening another story did not ask about the unsaved changes")
	}
	tapDialogButton(t, w, "Cancel")
	if u.loads != loads || u.nav.Story().Title != "Mine" {
		t.Fatal("Cancel did not keep the story")
	}
	done := make(chan Loaded, 1)
	u.loadedHook = func(l Loaded) { done <- l }
	u.Open("")
	tapDialogButton(t, w, "Discard")
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Discard did not open the story")
	}
	if u.Dirty() || u.nav.Story().Title != "Test trip" {
		t.Errorf("after Discard: dirty %v, title %q", u.Dirty(), u.nav.Story().Title)
	}
	// Quit asks too; Cancel keeps the window.
	u.Apply(edit.SetTitle{Title: "Mine again"})
	u.unsavedDialog = nil
	u.Quit()
	if u.unsavedDialog == nil {
		t.Fatal("Quit did not ask about unsaved changes")
	}
	tapDialogButton(t, w, "Cancel")
}

func TestRecoveryCopyIsWrittenAndOffered(t *testing.T) {
	pkg := fixturePackage(t)
	u, _ := newPackageUI(t, pkg)
	dir := recoveryDirFor(pkg)
	if err := u.recoverNow(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("a recovery copy was written without unsaved changes: %v", err)
	}
	u.Apply(edit.SetTitle{Title: "Unsaved title"})
	if err := u.recoverNow(); err != nil {
		t.Fatal(err)
	}
	if s, ps := story.Load(dir); ps.HasErrors() || s.Title != "Unsaved title" {
		t.Fatalf("recovery copy: %v", ps.Err())
	}
	if !bytes.Equal(articleBytes(t, dir)["a.txt"], articleBytes(t, pkg)["a.txt"]) {
		t.Error("the recovery copy's article differs")
	}

	// The timer writes the next change by itself.
	u.Apply(edit.SetTitle{Title: "Later title"})
	u.startRecovery(20 * time.Millisecond)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if s, _ := story.Load(dir); s != nil && s.Title == "Later title" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the recovery timer did not write the change")
		}
		time.Sleep(20 * time.Millisecond)
	}
	<-u.stopRecovery()
	entries, _ := os.ReadDir(filepath.Dir(dir))
	if len(entries) != 1 {
		t.Errorf("the recovery folder holds %d entries (temporary folders left?)", len(entries))
	}

	// Opening the story again offers the copy, which opens as unsaved
	// changes to the original package.
	u2, w2 := newPackageUI(t, pkg)
	if u2.recoveryOffer != dir {
		t.Fatalf("no recovery offered (%q)", u2.recoveryOffer)
	}
	done := make(chan Loaded, 1)
	u2.loadedHook = func(l Loaded) { done <- l }
	tapDialogButton(t, w2, "Open the copy")
	<-done
	if u2.nav.Story().Title != "Later title" || !u2.Dirty() || u2.doc.path != pkg || !u2.doc.inPlace {
		t.Fatalf("recovered: title %q, dirty %v, path %s, in place %v", u2.nav.Story().Title, u2.Dirty(), u2.doc.path, u2.doc.inPlace)
	}
	// Saving writes the original package and removes the copy.
	u2.Save()
	if s, _ := story.Load(pkg); s.Title != "Later title" || u2.Dirty() {
		t.Errorf("save of the recovered story: %q, dirty %v, %v", s.Title, u2.Dirty(), u2.lastSaveError)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Error("the recovery copy was kept after saving")
	}

	// A copy older than its story is not offered.
	if err := writeRecovery(u2.doc.editor.View(), dir); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(time.Hour)
	os.Chtimes(filepath.Join(pkg, story.StoryFile), future, future)
	if _, newer := recoveryNewer(pkg, dir); newer {
		t.Error("a copy older than the story is offered")
	}
}

func TestReportForFollowsEdits(t *testing.T) {
	s, rep := fixture(t)
	e := edit.New(s)
	for _, op := range []edit.Op{
		edit.RenamePlace{ID: "khasan", Name: "Khasan station"},
		edit.DeletePlace{ID: "vostochny", FromSteps: true},
		edit.MoveStep{ID: "summit", To: 0},
		edit.AddStep{At: 3, Step: story.Step{ID: "new", Title: "New", Places: []string{"khasan"}}},
	} {
		if err := e.Apply(op); err != nil {
			t.Fatal(err)
		}
	}
	got := reportFor(e.View(), rep)
	var names []string
	for _, p := range got.Places {
		names = append(names, p.ID+"="+p.Name)
	}
	if want := []string{"vladivostok=Vladivostok", "khasan=Khasan station"}; !reflect.DeepEqual(names, want) {
		t.Errorf("places %q, want %q", names, want)
	}
	if got.Places[1].Mentions != 1 {
		t.Errorf("the renamed place lost its mentions: %d", got.Places[1].Mentions)
	}
	var steps []string
	for _, st := range got.Steps {
		steps = append(steps, st.ID+":"+strings.Join(st.Places, ","))
	}
	if want := []string{"summit:", "overview:", "arrival:vladivostok,khasan", "new:khasan"}; !reflect.DeepEqual(steps, want) {
		t.Errorf("steps %q, want %q", steps, want)
	}
	if !reflect.DeepEqual(got.Sources[0].Places, []string{"vladivostok", "khasan"}) {
		t.Errorf("source a's places %q", got.Sources[0].Places)
	}
	if rep.Places[2].ID != "vostochny" || rep.Steps[2].ID != "summit" {
		t.Error("reportFor changed the analysis it was given")
	}
}

// A marker dragged on the map moves its place in the story, exactly, and
// Ctrl+Z puts it back.
func TestDraggedMarkerMovesThePlace(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, _ := newTestUI(t)
	before := *u.doc.editor.View().PlaceByID("vladivostok")
	u.placeMoved("vladivostok", 132.5, 43.5)
	p := u.doc.editor.View().PlaceByID("vladivostok")
	if p.Lon != 132.5 || p.Lat != 43.5 || p.Approximate {
		t.Fatalf("after the drag: %+v", *p)
	}
	if !u.Dirty() || !strings.HasPrefix(u.win.Title(), "•") {
		t.Errorf("a moved place is not an unsaved change (title %q)", u.win.Title())
	}
	if !u.Undo() {
		t.Fatal("nothing to undo")
	}
	if p := u.doc.editor.View().PlaceByID("vladivostok"); p.Lon != before.Lon || p.Lat != before.Lat {
		t.Errorf("undo left the place at %v, %v", p.Lon, p.Lat)
	}
}

// Add place finds the gazetteer's places of a name and adds the one chosen
// (origin gazetteer), or adds the name at the map's centre.
func TestAddPlaceFromTheGazetteerOrTheMap(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, _ := newTestUI(t)
	n := len(u.doc.editor.View().Places)
	u.ShowAddPlace()
	f := u.addForm
	f.search.SetText("Lisbon")
	if len(f.results.Options) == 0 {
		t.Fatal("no gazetteer place named Lisbon listed")
	}
	f.results.SetSelected(f.results.Options[0])
	test.Tap(f.add)
	s := u.doc.editor.View()
	if len(s.Places) != n+1 {
		t.Fatalf("%d places, want %d", len(s.Places), n+1)
	}
	p := s.Places[len(s.Places)-1]
	if p.Name != "Lisbon" || p.Origin != story.OriginGazetteer || p.Lon > -8 || p.Lon < -10 {
		t.Errorf("added %+v", *p)
	}
	u.mp.FlyTo(story.Camera{Center: [2]float64{10, 20}, Zoom: 5})
	u.ShowAddPlace()
	u.addForm.search.SetText("Base camp")
	test.Tap(u.addForm.atMap)
	q := u.doc.editor.View().Places[len(u.doc.editor.View().Places)-1]
	if q.Name != "Base camp" || q.Lon != 10 || q.Lat != 20 || !q.Approximate {
		t.Errorf("added at the map: %+v", *q)
	}
}
