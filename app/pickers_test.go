package app

import (
	"reflect"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story"
)

func TestPickerSearchAndOrder(t *testing.T) {
	opts := []pickOption{{"a", "Alpha (a)"}, {"b", "Beta (b)"}, {"c", "Gamma (c)"}}
	p := newPicker(opts, []string{"c", "gone"})
	if got := p.visible(); !reflect.DeepEqual(got, []string{"gone (not in the story)", "Alpha (a)", "Beta (b)", "Gamma (c)"}) {
		t.Fatalf("options %q", got)
	}
	p.search.SetText("ET")
	if got := p.visible(); !reflect.DeepEqual(got, []string{"Beta (b)"}) {
		t.Errorf("search ET shows %q", got)
	}
	p.check("a", true)
	p.check("c", false)
	p.check("b", true)
	if got := p.Selected(); !reflect.DeepEqual(got, []string{"gone", "a", "b"}) {
		t.Errorf("selected %q", got)
	}
	if p.check("zz", true) {
		t.Error("checked an option that is not there")
	}
	p.search.SetText("")
	if len(p.visible()) != 4 {
		t.Error("clearing the search did not show every option")
	}
}

// The Edit step dialog sets the step's places, claims and sources through
// its pickers, its date (a range) and its camera from the map's view.
func TestEditStepPickers(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, w := newTestUI(t)
	u.GoTo(1) // arrival: places vladivostok, khasan; claim by-train; sources a, b
	u.ShowEditStep()
	pk := u.ed.pickers
	pk.places.check("khasan", false)
	pk.places.check("vostochny", true)
	pk.claims.check("met-putin", true)
	pk.sources.check("b", false)
	u.stepForm.date.SetText("2019-04-24/2019-04-26")
	tapDialogButton(t, w, "Apply")
	st := u.doc.editor.View().Steps[1]
	if !reflect.DeepEqual(st.Places, []string{"vladivostok", "vostochny"}) || !reflect.DeepEqual(st.Claims, []string{"by-train", "met-putin"}) ||
		!reflect.DeepEqual(st.Sources, []string{"a"}) || st.Date != "2019-04-24/2019-04-26" {
		t.Fatalf("step after the pickers: %+v", st)
	}
	if lbl, _ := u.UndoLabel(); lbl != "Undo set step sources" {
		t.Errorf("undo item %q", lbl)
	}
	// Unchanged pickers make no edit.
	n := u.doc.editor.Changes()
	u.ShowEditStep()
	tapDialogButton(t, w, "Apply")
	if u.doc.editor.Changes() != n {
		t.Errorf("applying an unchanged dialog made %d edits", u.doc.editor.Changes()-n)
	}
	// "Use the current map view".
	u.mp.SetCamera(story.Camera{Center: [2]float64{128.33, 51.88}, Zoom: 5})
	u.ShowEditStep()
	tapDialogButton(t, w, "Use the current map view as this step's camera")
	if c := u.doc.editor.View().Steps[1].Camera; c == nil || c.Zoom != 5 || c.Center != [2]float64{128.33, 51.88} {
		t.Errorf("camera %+v", c)
	}
}

// A checklist with nothing to choose from says so, instead of showing an
// empty panel under a search field; one with options shows no note.
func TestPickerEmptyNote(t *testing.T) {
	test.NewTempApp(t)
	p := newPicker(nil, nil).withEmptyNote("Nothing here: add one")
	if p.search.Visible() {
		t.Error("an empty checklist shows its search field")
	}
	if len(p.list.Objects) != 1 {
		t.Fatalf("%d objects in the empty list, want the note", len(p.list.Objects))
	}
	if l, ok := p.list.Objects[0].(*widget.Label); !ok || l.Text != "Nothing here: add one" {
		t.Errorf("the empty list shows %#v", p.list.Objects[0])
	}
	q := newPicker([]pickOption{{ID: "a", Label: "A"}}, nil).withEmptyNote("Nothing here")
	if !q.search.Visible() || len(q.list.Objects) != 1 || len(q.visible()) != 1 {
		t.Errorf("a checklist with one option: search %v, %d rows, visible %q", q.search.Visible(), len(q.list.Objects), q.visible())
	}
}
