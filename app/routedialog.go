package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

// routeModes are the modes the route dialog offers; "unknown" stands for
// the empty mode.
var routeModes = []string{"unknown", "rail", "road", "air", "sea"}

// modeLabel shows a route mode ("" as "unknown"); modeValue is its inverse.
func modeLabel(m string) string {
	if m == "" {
		return "unknown"
	}
	return m
}

// modeValue: see modeLabel.
func modeValue(label string) string {
	if label == "unknown" {
		return ""
	}
	return label
}

// routeForm is the route dialog's widgets (tests drive them).
type routeForm struct {
	id    string
	info  *widget.Label
	mode  *widget.Select
	stops *fyne.Container // one row a stop: its name, up, down, remove
	rows  []stopRow
	// addStop picks a place to add as the last stop; add adds it.
	addStop *widget.Select
	add     *widget.Button
	draw    *widget.Button
	places  map[string]string // addStop's label -> place id
	dlg     *dialog.CustomDialog
}

// stopRow is one stop's buttons in the route dialog.
type stopRow struct {
	label            *widget.Label
	up, down, remove *widget.Button
}

// routeText describes a route for its dialog: name, id, origin, how exact
// it is and where it comes from.
func routeText(r *story.Route) string {
	origin := r.Origin
	if origin == "" {
		origin = story.OriginStory
	}
	name := r.Name
	if name == "" {
		name = r.ID
	}
	text := fmt.Sprintf("%s (%s) · origin %s · %d points", name, r.ID, origin, len(r.Line))
	if r.Approximate {
		text += " · approximate"
	}
	if r.Provenance != "" {
		text += "\n" + r.Provenance
	}
	if r.Provenance != edit.StraightThroughStops && r.Provenance != edit.ArcsThroughStops && len(r.Line) > 2 {
		text += "\nChanging the stops draws the line again through them, in place of this one (Undo brings it back)."
	}
	if origin == story.OriginInferred {
		text += "\n\nStorylens drew this route from the movements the articles describe. Accept it as the story's own, or reject it?"
	}
	return text
}

// placeName is a place's name for a list ("" when the story has no such
// place: its id then).
func placeName(s *story.Story, id string) string {
	if p := s.PlaceByID(id); p != nil && p.Name != "" {
		return p.Name
	}
	return id
}

// routeTapped shows the step again (clearing any selection) and runs the
// train along the route; an inferred route also offers to accept or reject
// it. While a route is drawn, taps go to the drawing instead.
func (u *UI) routeTapped(id string) {
	u.GoTo(u.nav.Index())
	u.mp.PlayTrain(id)
	if u.doc == nil {
		return
	}
	if r := u.doc.editor.View().RouteByID(id); r != nil && r.Origin == story.OriginInferred {
		u.ShowRouteDialog(id)
	}
}

// ShowRoutes lists the story's routes, Storylens' inferred ones first, to
// open one's dialog, and offers to draw a new one.
func (u *UI) ShowRoutes() {
	if u.doc == nil {
		u.showError(errNoStory)
		return
	}
	var routes []*story.Route
	for _, r := range u.doc.editor.View().Routes {
		if r.Origin == story.OriginInferred {
			routes = append(routes, r)
		}
	}
	for _, r := range u.doc.editor.View().Routes {
		if r.Origin != story.OriginInferred {
			routes = append(routes, r)
		}
	}
	var d dialog.Dialog
	list := container.NewVBox()
	if len(routes) == 0 {
		list.Add(widget.NewLabel("The story has no route yet."))
	}
	for _, r := range routes {
		id, label := r.ID, r.Name
		if label == "" {
			label = r.ID
		}
		if r.Origin == story.OriginInferred {
			label += " (inferred)"
		}
		list.Add(widget.NewButton(label, func() {
			d.Hide()
			u.ShowRouteDialog(id)
		}))
	}
	newBtn := widget.NewButtonWithIcon("New route…", theme.ContentAddIcon(), func() {
		d.Hide()
		u.ShowNewRoute()
	})
	scroll := container.NewVScroll(list)
	d = dialog.NewCustom("Routes", "Close", container.NewBorder(nil, newBtn, nil, nil, scroll), u.win)
	u.fitScrollDialog(d, scroll, fyne.NewSize(360, min(float32(max(len(routes), 1))*44, 300)))
	d.Show()
}

// ShowRouteDialog edits one route: accept a route Storylens inferred (it
// becomes the story's own) or reject it (it is removed, and stays removed
// when the articles are analysed again); set its mode; add, remove and
// reorder its stops; or add stops by clicking the map. Each change is one
// undoable edit and shows at once; the dialog stays open.
func (u *UI) ShowRouteDialog(id string) {
	r := u.doc.editor.View().RouteByID(id)
	if r == nil {
		u.showError(fmt.Errorf("route %q is not in the story", id))
		return
	}
	f := &routeForm{id: id}
	f.info = widget.NewLabel("")
	f.info.Wrapping = fyne.TextWrapWord
	f.mode = widget.NewSelect(routeModes, nil)
	f.mode.SetSelected(modeLabel(r.Mode))
	f.mode.OnChanged = func(label string) {
		if cur := u.doc.editor.View().RouteByID(id); cur != nil && cur.Mode != modeValue(label) {
			u.applyOrExplain(edit.SetRouteMode{ID: id, Mode: modeValue(label)})
			u.refreshRouteForm()
		}
	}
	f.stops = container.NewVBox()
	f.addStop = widget.NewSelect(nil, nil)
	f.addStop.PlaceHolder = "(choose a place)"
	f.add = widget.NewButtonWithIcon("Add as last stop", theme.ContentAddIcon(), func() {
		cur := u.doc.editor.View().RouteByID(id)
		pid, ok := f.places[f.addStop.Selected]
		if cur == nil || !ok {
			return
		}
		u.applyOrExplain(edit.AddStop{Route: id, At: len(cur.Stops), Place: pid})
		f.addStop.ClearSelected()
		u.refreshRouteForm()
	})
	f.draw = widget.NewButtonWithIcon("Add stops by clicking the map", theme.DocumentCreateIcon(), func() {
		f.dlg.Hide()
		u.StartDrawing(id, "", "")
	})
	accept := widget.NewButton("Accept", func() {
		f.dlg.Hide()
		u.applyOrExplain(edit.AcceptRoute{ID: id})
	})
	accept.Importance = widget.HighImportance
	if r.Origin != story.OriginInferred {
		accept.Disable()
	}
	reject := widget.NewButton("Reject", func() {
		f.dlg.Hide()
		u.applyOrExplain(edit.RejectRoute{ID: id})
	})
	reject.Importance = widget.DangerImportance
	closeBtn := widget.NewButton("Close", func() { f.dlg.Hide() })

	stops := container.NewVScroll(f.stops)
	stops.SetMinSize(fyne.NewSize(0, 150))
	form := widget.NewForm(widget.NewFormItem("Mode", f.mode))
	addRow := container.NewBorder(nil, nil, nil, f.add, f.addStop)
	top := container.NewVBox(f.info, form, widget.NewLabelWithStyle("Stops", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	content := container.NewBorder(top, container.NewVBox(addRow, f.draw), nil, nil, stops)
	name := r.Name
	if name == "" {
		name = r.ID
	}
	f.dlg = dialog.NewCustomWithoutButtons("Route: "+name, content, u.win)
	f.dlg.SetButtons([]fyne.CanvasObject{closeBtn, reject, accept})
	u.fitDialog(f.dlg, fyne.NewSize(620, 540))
	u.ed.route, u.ed.routeOpen = f, true
	f.dlg.SetOnClosed(func() {
		if u.ed.route == f {
			u.ed.routeOpen = false
		}
	})
	u.routeDialog = f.dlg
	u.routeButtons = [2]*widget.Button{accept, reject}
	u.refreshRouteForm()
	f.dlg.Show()
}

// refreshRouteForm shows the route dialog's route as it is now: its
// description, mode, one row a stop and the places it may add. It closes
// the dialog when the route is gone (rejected, or its creation undone).
func (u *UI) refreshRouteForm() {
	f := u.ed.route
	if f == nil || u.doc == nil {
		return
	}
	s := u.doc.editor.View()
	r := s.RouteByID(f.id)
	if r == nil {
		f.dlg.Hide()
		return
	}
	f.info.SetText(routeText(r))
	if modeLabel(r.Mode) != f.mode.Selected {
		f.mode.SetSelected(modeLabel(r.Mode))
	}
	f.rows = nil
	f.stops.Objects = nil
	if len(r.Stops) == 0 {
		f.stops.Add(widget.NewLabel("No stops: add places below, or click them on the map."))
	}
	for i, pid := range r.Stops {
		i := i
		row := stopRow{label: widget.NewLabel(fmt.Sprintf("%d. %s", i+1, placeName(s, pid)))}
		row.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() {
			u.applyOrExplain(edit.MoveStop{Route: f.id, From: i, To: i - 1})
			u.refreshRouteForm()
		})
		row.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() {
			u.applyOrExplain(edit.MoveStop{Route: f.id, From: i, To: i + 1})
			u.refreshRouteForm()
		})
		row.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			u.applyOrExplain(edit.RemoveStop{Route: f.id, At: i})
			u.refreshRouteForm()
		})
		if i == 0 {
			row.up.Disable()
		}
		if i == len(r.Stops)-1 {
			row.down.Disable()
		}
		f.rows = append(f.rows, row)
		f.stops.Add(container.NewBorder(nil, nil, nil, container.NewHBox(row.up, row.down, row.remove), row.label))
	}
	f.stops.Refresh()
	f.places = map[string]string{}
	var labels []string
	for _, p := range s.Places {
		l := fmt.Sprintf("%s (%s)", p.Name, p.ID)
		f.places[l] = p.ID
		labels = append(labels, l)
	}
	f.addStop.SetOptions(labels)
}

// newRouteForm is the New route dialog's widgets (tests drive them).
type newRouteForm struct {
	name *widget.Entry
	mode *widget.Select
	draw *widget.Button
	dlg  *dialog.CustomDialog
}

// ShowNewRoute asks for a new route's name and mode, then starts drawing
// it on the map (StartDrawing).
func (u *UI) ShowNewRoute() {
	if u.doc == nil {
		u.showError(errNoStory)
		return
	}
	f := &newRouteForm{name: widget.NewEntry(), mode: widget.NewSelect(routeModes, nil)}
	f.name.SetPlaceHolder("e.g. Train to the border")
	f.mode.SetSelected("unknown")
	note := widget.NewLabel("Then click the map: each click adds a stop at the place under it (or a new place there). " +
		"Press Enter or Esc, or Done, to finish.")
	note.Wrapping = fyne.TextWrapWord
	f.draw = widget.NewButton("Draw on the map", func() {
		name := f.name.Text
		if name == "" {
			name = "Route"
		}
		f.dlg.Hide()
		u.StartDrawing(edit.UniqueID(u.doc.editor.View(), edit.Slug(name)), name, modeValue(f.mode.Selected))
	})
	f.draw.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { f.dlg.Hide() })
	form := widget.NewForm(widget.NewFormItem("Name", f.name), widget.NewFormItem("Mode", f.mode))
	f.dlg = dialog.NewCustomWithoutButtons("New route", container.NewVBox(form, note), u.win)
	f.dlg.SetButtons([]fyne.CanvasObject{cancel, f.draw})
	u.fitDialog(f.dlg, fyne.NewSize(520, 260))
	u.ed.newRoute = f
	f.dlg.Show()
	u.win.Canvas().Focus(f.name)
}
