package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

// stepEditor is the "Edit step" dialog's form: title, date and body of one
// step, with a live preview of the body.
type stepEditor struct {
	id      string
	title   *widget.Entry
	date    *widget.Entry
	body    *widget.Entry
	preview *flowText
	dateMsg *widget.Label
	// tabs are Text, Places, Claims and Sources.
	tabs *container.AppTabs
}

// stepEdits returns the operations that make step st have the title, date
// and body given, in that order; none when nothing changed.
func stepEdits(st story.Step, title, date, body string) []edit.Op {
	var ops []edit.Op
	if title != st.Title {
		ops = append(ops, edit.SetStepTitle{ID: st.ID, Title: title})
	}
	if date != st.Date {
		ops = append(ops, edit.SetStepDate{ID: st.ID, Date: date})
	}
	if body != st.Body {
		ops = append(ops, edit.SetStepBody{ID: st.ID, Body: body})
	}
	return ops
}

// checkStepDate says why d is not a step date ("" is none), or "".
func checkStepDate(d string) string {
	s := &story.Story{Steps: []story.Step{{ID: "x", Title: "x", Date: d}}}
	for _, p := range story.Validate(s) {
		if p.Severity == story.SeverityError && strings.HasSuffix(p.Path, ".date") {
			return p.Message
		}
	}
	return ""
}

// ShowEditStep opens the dialog that edits the current step: title, date
// or date range (validated as typed), body with a live preview of the
// Markdown subset; its places, claims and sources through checklists with
// search (one tab each); and buttons to delete it, move it, add a step
// after it and use the map's current view as its camera.
func (u *UI) ShowEditStep() {
	st := u.nav.Current()
	if u.doc == nil || st == nil {
		u.showError(errors.New("edit step: the story has no step to edit"))
		return
	}
	f := &stepEditor{id: st.ID}
	f.title = widget.NewEntry()
	f.title.SetText(st.Title)
	f.date = widget.NewEntry()
	f.date.SetPlaceHolder("YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD")
	f.date.SetText(st.Date)
	f.dateMsg = widget.NewLabel("")
	f.dateMsg.Importance = widget.DangerImportance
	f.dateMsg.Wrapping = fyne.TextWrapWord
	f.dateMsg.Hide()
	f.date.OnChanged = func(s string) {
		msg := checkStepDate(strings.TrimSpace(s))
		f.dateMsg.SetText(msg)
		f.dateMsg.Hidden = msg == ""
		f.dateMsg.Refresh()
	}
	f.body = widget.NewMultiLineEntry()
	f.body.Wrapping = fyne.TextWrapWord
	f.body.SetText(st.Body)
	f.body.SetMinRowsVisible(5)
	f.preview = newFlowText()
	cite := u.citer(nil)
	f.preview.SetParagraphs(bodyParagraphs(st.Body, false, cite))
	f.body.OnChanged = func(s string) { f.preview.SetParagraphs(bodyParagraphs(s, false, cite)) }
	u.stepForm = f

	var d *dialog.CustomDialog
	closeThen := func(f func()) func() {
		return func() {
			d.Hide()
			f()
		}
	}
	idx := u.nav.Index()
	del := widget.NewButton("Delete step", closeThen(func() { u.applyOrExplain(edit.DeleteStep{ID: st.ID}) }))
	del.Importance = widget.DangerImportance
	up := widget.NewButton("Move up", closeThen(func() { u.moveStep(st.ID, idx-1) }))
	down := widget.NewButton("Move down", closeThen(func() { u.moveStep(st.ID, idx+1) }))
	if idx == 0 {
		up.Disable()
	}
	if idx >= u.nav.Len()-1 {
		down.Disable()
	}
	add := widget.NewButton("Add step after", closeThen(func() { u.addStepAfter(idx) }))
	camera := widget.NewButton("Use the current map view as this step's camera", closeThen(func() {
		c := u.mp.Camera()
		u.applyOrExplain(edit.SetStepCamera{ID: st.ID, Camera: &c})
	}))
	preview := container.NewVScroll(f.preview)
	preview.SetMinSize(fyne.NewSize(0, 80))
	form := widget.NewForm(
		widget.NewFormItem("Title", f.title),
		widget.NewFormItem("Date", container.NewVBox(f.date, f.dateMsg)),
		widget.NewFormItem("Body", f.body),
		widget.NewFormItem("Preview", preview),
	)
	s := u.doc.editor.View()
	pk := stepPickers{
		places:  newPicker(placeOptions(s), st.Places).withEmptyNote("The story has no places yet: add one with Edit > Add place…"),
		claims:  newPicker(claimOptions(s), st.Claims).withEmptyNote("The story has no claims of its own yet (a draft's claims are the ones the analysis discovers): add one with Edit > Claims…"),
		sources: newPicker(sourceOptions(s), st.Sources).withEmptyNote("The story has no sources."),
	}
	u.ed.pickers = pk
	f.tabs = container.NewAppTabs(
		container.NewTabItem("Text", form),
		container.NewTabItem("Places", pk.places.Object()),
		container.NewTabItem("Claims", pk.claims.Object()),
		container.NewTabItem("Sources", pk.sources.Object()),
	)
	actions := container.NewGridWithColumns(4, del, up, down, add)
	// The tabs and the actions scroll together when the window is too
	// small for both.
	content := container.NewVScroll(container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), actions, camera), nil, nil, f.tabs))

	apply := widget.NewButton("Apply", func() {
		if err := u.applyStepForm(); err != nil {
			u.showRefusal(err)
			return
		}
		d.Hide()
	})
	apply.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(fmt.Sprintf("Edit step %d of %d", idx+1, u.nav.Len()), content, u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, apply})
	u.fitScrollDialog(d, content, fyne.NewSize(700, 440))
	u.stepDialog = d
	d.Show()
}

// applyStepForm applies what the Edit step dialog holds: a title, date,
// body, places, claims and sources edit each, as separate undoable
// operations. A bad date is refused before anything changes.
func (u *UI) applyStepForm() error {
	f := u.stepForm
	var st *story.Step
	for i := range u.doc.editor.View().Steps {
		if u.doc.editor.View().Steps[i].ID == f.id {
			st = &u.doc.editor.View().Steps[i]
		}
	}
	if st == nil {
		return fmt.Errorf("edit step: step %q is no longer in the story", f.id)
	}
	date := strings.TrimSpace(f.date.Text)
	if msg := checkStepDate(date); msg != "" {
		return fmt.Errorf("edit step: %s", msg)
	}
	ops := stepEdits(*st, f.title.Text, date, f.body.Text)
	if pk := u.ed.pickers; pk.places != nil {
		if ids := pk.places.Selected(); !slices.Equal(ids, st.Places) && (len(ids) > 0 || len(st.Places) > 0) {
			ops = append(ops, edit.SetStepPlaces{ID: st.ID, Places: ids})
		}
		if ids := pk.claims.Selected(); !slices.Equal(ids, st.Claims) && (len(ids) > 0 || len(st.Claims) > 0) {
			ops = append(ops, edit.SetStepClaims{ID: st.ID, Claims: ids})
		}
		if ids := pk.sources.Selected(); !slices.Equal(ids, st.Sources) && (len(ids) > 0 || len(st.Sources) > 0) {
			ops = append(ops, edit.SetStepSources{ID: st.ID, Sources: ids})
		}
	}
	for _, op := range ops {
		if err := u.Apply(op); err != nil {
			return err
		}
	}
	return nil
}

// moveStep moves a step to index to and shows it there.
func (u *UI) moveStep(id string, to int) {
	if u.applyOrExplain(edit.MoveStep{ID: id, To: to}) {
		u.GoTo(to)
	}
}

// addStepAfter inserts a new step after step i, on the same date and
// places, and shows it.
func (u *UI) addStepAfter(i int) {
	s := u.doc.editor.View()
	st := story.Step{ID: edit.UniqueID(s, "step"), Title: "New step"}
	if i >= 0 && i < len(s.Steps) {
		st.Date = s.Steps[i].Date
		st.Places = append([]string(nil), s.Steps[i].Places...)
	}
	if u.applyOrExplain(edit.AddStep{At: i + 1, Step: st}) {
		u.GoTo(i + 1)
	}
}
