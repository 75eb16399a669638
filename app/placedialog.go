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

// placeKinds are the kinds the place dialog offers (a place may have
// another, which it then offers too).
var placeKinds = []string{"city", "town", "village", "station", "venue", "port", "airport", "building",
	"region", "country", "island", "river", "bridge", "border crossing", "other"}

// isVenue reports whether place p is one of s's venues (Story.VenueIDs or
// of kind venue), which PinVenue accepts.
func isVenue(s *story.Story, p *story.Place) bool {
	return p.Kind == "venue" || slices.Contains(s.VenueIDs(), p.ID)
}

// placeLine describes a place for the dialog: where it comes from and how
// exact its position is.
func placeLine(p *story.Place) string {
	origin := p.Origin
	if origin == "" {
		origin = story.OriginStory
	}
	line := fmt.Sprintf("%s · %.4f, %.4f (lat, lon) · origin %s", p.ID, p.Lat, p.Lon, origin)
	if p.Approximate {
		line += " · approximate"
		if p.Precision != "" {
			line += " (" + p.Precision + ")"
		}
	}
	if p.Provenance != "" {
		line += "\n" + p.Provenance
	}
	return line
}

// ShowEditPlace opens the dialog that edits a place: rename, set its kind,
// delete it (offering the editor's fix when refused), and for a venue, pin
// it to the centre of the map's view. id "" edits the selected place, else
// the first of the current step's, else the story's first.
func (u *UI) ShowEditPlace(id string) {
	if u.doc == nil {
		u.showError(errNoStory)
		return
	}
	s := u.doc.editor.View()
	if id == "" {
		if sel := u.nav.Selection(); sel.Kind == SelPlace {
			id = sel.ID
		} else if f := u.nav.Focus(); len(f.Places) > 0 {
			id = f.Places[0]
		} else if len(s.Places) > 0 {
			id = s.Places[0].ID
		}
	}
	p := s.PlaceByID(id)
	if p == nil {
		u.showError(errors.New("edit place: the story has no place to edit"))
		return
	}
	name := widget.NewEntry()
	name.SetText(p.Name)
	kinds := placeKinds
	if p.Kind != "" && !slices.Contains(kinds, p.Kind) {
		kinds = append([]string{p.Kind}, kinds...)
	}
	kind := widget.NewSelect(kinds, nil)
	kind.SetSelected(p.Kind)
	info := widget.NewLabel(placeLine(p))
	info.Wrapping = fyne.TextWrapWord

	var d *dialog.CustomDialog
	del := widget.NewButton("Delete place", func() {
		d.Hide()
		u.applyOrExplain(edit.DeletePlace{ID: p.ID})
	})
	del.Importance = widget.DangerImportance
	pin := widget.NewButton("Pin here (the centre of the map)", func() {
		d.Hide()
		c := u.mp.Camera()
		u.applyOrExplain(edit.PinVenue{ID: p.ID, Lon: c.Center[0], Lat: c.Center[1]})
	})
	if !isVenue(s, p) {
		pin.Disable()
	}
	form := widget.NewForm(widget.NewFormItem("Name", name), widget.NewFormItem("Kind", kind))
	content := container.NewVBox(info, form, widget.NewSeparator(), container.NewGridWithColumns(2, del, pin))

	apply := widget.NewButton("Apply", func() {
		var ops []edit.Op
		if n := strings.TrimSpace(name.Text); n != p.Name {
			ops = append(ops, edit.RenamePlace{ID: p.ID, Name: n})
		}
		if kind.Selected != p.Kind {
			ops = append(ops, edit.SetPlaceKind{ID: p.ID, Kind: kind.Selected})
		}
		for _, op := range ops {
			if err := u.Apply(op); err != nil {
				u.showRefusal(err)
				return
			}
		}
		d.Hide()
	})
	apply.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Place: "+p.Name, content, u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, apply})
	u.fitDialog(d, fyne.NewSize(560, 300))
	u.placeDialog = d
	u.placeForm = placeForm{id: p.ID, name: name, kind: kind, apply: apply, del: del, pin: pin}
	d.Show()
}

// placeForm is the place dialog's widgets (for tests).
type placeForm struct {
	id              string
	name            *widget.Entry
	kind            *widget.Select
	apply, del, pin *widget.Button
}
