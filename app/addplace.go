package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story/edit"
	"github.com/storylens/storylens/story/geoparse"
)

// maxAddResults caps the gazetteer entries the Add place dialog lists.
const maxAddResults = 12

// addPlaceForm is the Add place dialog's widgets (tests drive them).
type addPlaceForm struct {
	search  *widget.Entry
	results *widget.RadioGroup
	found   []geoparse.Place
	add     *widget.Button // add the chosen gazetteer entry
	atMap   *widget.Button // add a place of that name at the map's centre
	dlg     dialog.Dialog
}

// placeLabel describes a gazetteer entry for a list: "Lisbon (capital, PT,
// 38.72, -9.13)".
func placeLabel(p geoparse.Place) string {
	return fmt.Sprintf("%s (%s, %s, %.2f, %.2f)", p.Name, p.Kind, p.CC, p.Lat, p.Lon)
}

// ShowAddPlace opens Add place: type a name, choose one of the gazetteer's
// places of that name, or add the name as a new place at the map's centre
// (approximate, for the user to drag where it belongs).
func (u *UI) ShowAddPlace() {
	if u.doc == nil {
		u.showError(errNoStory)
		return
	}
	f := &addPlaceForm{search: widget.NewEntry()}
	f.search.SetPlaceHolder("Name of the place, e.g. Lisbon")
	f.results = widget.NewRadioGroup(nil, nil)
	f.add = widget.NewButton("Add the chosen place", func() {
		for _, p := range f.found {
			if placeLabel(p) == f.results.Selected {
				if u.applyOrExplain(edit.AddPlace{Place: edit.PlaceFromGazetteer(u.doc.editor.View(), p)}) {
					f.dlg.Hide()
				}
				return
			}
		}
	})
	f.add.Disable()
	f.atMap = widget.NewButton("Add at the map's centre", func() {
		name := f.search.Text
		if name == "" {
			return
		}
		c := u.mp.Camera()
		pl := edit.PlaceAt(u.doc.editor.View(), name, c.Center[0], c.Center[1])
		if u.applyOrExplain(edit.AddPlace{Place: pl}) {
			f.dlg.Hide()
		}
	})
	f.atMap.Disable()
	f.results.OnChanged = func(s string) {
		if s == "" {
			f.add.Disable()
		} else {
			f.add.Enable()
		}
	}
	f.search.OnChanged = func(s string) { u.lookupPlaces(f, s) }
	body := container.NewBorder(f.search, container.NewHBox(f.add, f.atMap), nil, nil, container.NewVScroll(f.results))
	f.dlg = dialog.NewCustom("Add place", "Close", body, u.win)
	u.fitDialog(f.dlg, fyne.NewSize(560, 420))
	u.addForm = f
	f.dlg.Show()
	u.win.Canvas().Focus(f.search)
}

// lookupPlaces lists the gazetteer's places named s.
func (u *UI) lookupPlaces(f *addPlaceForm, s string) {
	f.found = nil
	var labels []string
	if g, err := geoparse.Default(); err == nil && s != "" {
		for _, p := range g.Lookup(s) {
			if len(f.found) == maxAddResults {
				break
			}
			f.found = append(f.found, p)
			labels = append(labels, placeLabel(p))
		}
	}
	f.results.Options = labels
	f.results.Selected = ""
	f.results.Refresh()
	f.add.Disable()
	if s == "" {
		f.atMap.Disable()
	} else {
		f.atMap.Enable()
	}
}
