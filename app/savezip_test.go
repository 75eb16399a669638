package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

// Save As with a name ending in .zip writes a zip package; Save then
// replaces that zip; a zip that exists otherwise is not overwritten, and
// an invalid story writes nothing.
func TestSaveAsZip(t *testing.T) {
	pkg := fixturePackage(t)
	u, w := newPackageUI(t, pkg)
	if err := u.Apply(edit.SetTitle{Title: "Zipped trip"}); err != nil {
		t.Fatal(err)
	}
	// The dialog proposes a folder beside the package; a name ending in
	// .zip writes a zip there.
	parent := filepath.Dir(pkg)
	u.ShowSaveAs(nil)
	findEntry(t, w.Canvas().Overlays().Top()).SetText("trip.zip")
	tapDialogButton(t, w, "Save")
	zip := filepath.Join(parent, "trip.zip")
	if u.lastSaveError != nil || u.doc.path != zip {
		t.Fatalf("Save As trip.zip: %v, path %s", u.lastSaveError, u.doc.path)
	}
	if s, ps := story.Load(zip); ps.HasErrors() || s.Title != "Zipped trip" {
		t.Fatalf("the zip: %v", ps.Err())
	}
	if got := w.Title(); got != "Zipped trip — Storylens" {
		t.Errorf("title %q after saving", got)
	}
	// Save replaces the zip it saved to.
	u.Apply(edit.SetStepTitle{ID: "summit", Title: "The summit"})
	u.Save()
	if u.lastSaveError != nil || u.Dirty() {
		t.Fatalf("Save of the zip: %v", u.lastSaveError)
	}
	if s, _ := story.Load(zip); s.Steps[2].Title != "The summit" {
		t.Errorf("Save did not rewrite the zip: %q", s.Steps[2].Title)
	}
	entries, _ := os.ReadDir(parent)
	if len(entries) != 2 { // trip (the package) and trip.zip
		t.Errorf("%d files beside the zip, want the package and the zip", len(entries))
	}
	// Another existing file is not overwritten.
	other := filepath.Join(parent, "other.zip")
	os.WriteFile(other, []byte("not mine"), 0o644)
	if err := u.SaveTo(other); err == nil || !strings.Contains(err.Error(), "already a file") {
		t.Errorf("saving over another file: %v", err)
	}
	if data, _ := os.ReadFile(other); string(data) != "not mine" {
		t.Error("another file was overwritten")
	}
	// An invalid story writes nothing.
	bad := filepath.Join(parent, "bad.zip")
	u.doc.editor = edit.New(&story.Story{Title: "x", Steps: []story.Step{{ID: "a", Places: []string{"nowhere"}}}})
	var pe *ProblemsError
	if err := u.SaveTo(bad); err == nil || !errors.As(err, &pe) {
		t.Fatalf("an invalid story was saved: %v", err)
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Error("an invalid story left a zip")
	}
}

// findEntry returns the first text entry in o's tree.
func findEntry(t *testing.T, o fyne.CanvasObject) *widget.Entry {
	t.Helper()
	var walk func(o fyne.CanvasObject) *widget.Entry
	walk = func(o fyne.CanvasObject) *widget.Entry {
		if e, ok := o.(*widget.Entry); ok {
			return e
		}
		var kids []fyne.CanvasObject
		switch v := o.(type) {
		case *fyne.Container:
			kids = v.Objects
		case fyne.Widget:
			kids = test.TempWidgetRenderer(t, v).Objects()
		}
		for _, k := range kids {
			if e := walk(k); e != nil {
				return e
			}
		}
		return nil
	}
	e := walk(o)
	if e == nil {
		t.Fatal("no entry in the dialog")
	}
	return e
}
