package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story"
)

// pickOption is one item a picker offers: an id and how it is shown.
type pickOption struct{ ID, Label string }

// picker is a checklist with a search field: the user checks the items a
// step uses (places, claims, sources) and the search hides the others.
type picker struct {
	search *widget.Entry
	checks []*widget.Check // one an option, in option order
	// rows hold each check beside its label, which wraps: a long claim
	// does not widen the dialog past a small window.
	rows []fyne.CanvasObject
	opts []pickOption
	list *fyne.Container
	// sel are the checked ids: those checked at first in their order, then
	// the ones checked since in the order they were checked.
	sel []string
}

// newPicker offers opts with selected checked. Ids of selected that opts
// lacks are kept selected (and shown first), so nothing is dropped
// unseen.
func newPicker(opts []pickOption, selected []string) *picker {
	p := &picker{search: widget.NewEntry(), list: container.NewVBox(), sel: slices.Clone(selected)}
	known := map[string]bool{}
	for _, o := range opts {
		known[o.ID] = true
	}
	for _, id := range selected {
		if !known[id] {
			opts = append([]pickOption{{ID: id, Label: id + " (not in the story)"}}, opts...)
		}
	}
	p.opts = opts
	p.search.SetPlaceHolder("Search")
	for _, o := range opts {
		id := o.ID
		ch := widget.NewCheck("", nil)
		ch.Checked = slices.Contains(selected, id)
		ch.OnChanged = func(on bool) { p.set(id, on) }
		label := widget.NewLabel(o.Label)
		label.Wrapping = fyne.TextWrapWord
		row := container.NewBorder(nil, nil, ch, nil, label)
		p.checks = append(p.checks, ch)
		p.rows = append(p.rows, row)
		p.list.Add(row)
	}
	p.search.OnChanged = p.filter
	return p
}

// withEmptyNote shows note in place of the list when there is nothing to
// choose from (an empty checklist looks broken), and hides the search.
func (p *picker) withEmptyNote(note string) *picker {
	if len(p.opts) == 0 {
		l := widget.NewLabel(note)
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.LowImportance
		p.list.Add(l)
		p.search.Hide()
	}
	return p
}

// set checks or unchecks id.
func (p *picker) set(id string, on bool) {
	i := slices.Index(p.sel, id)
	switch {
	case on && i < 0:
		p.sel = append(p.sel, id)
	case !on && i >= 0:
		p.sel = slices.Delete(p.sel, i, i+1)
	}
}

// filter shows only the options whose label holds text (ignoring case).
func (p *picker) filter(text string) {
	text = strings.ToLower(strings.TrimSpace(text))
	for i, row := range p.rows {
		if text == "" || strings.Contains(strings.ToLower(p.opts[i].Label), text) {
			row.Show()
		} else {
			row.Hide()
		}
	}
	p.list.Refresh()
}

// Selected returns the checked ids (see picker.sel for the order).
func (p *picker) Selected() []string { return slices.Clone(p.sel) }

// check checks or unchecks the option id (as a click would); false when
// there is no such option.
func (p *picker) check(id string, on bool) bool {
	for i, o := range p.opts {
		if o.ID == id {
			p.checks[i].SetChecked(on)
			return true
		}
	}
	return false
}

// visible returns the labels of the options the search leaves shown.
func (p *picker) visible() []string {
	var out []string
	for i, row := range p.rows {
		if row.Visible() {
			out = append(out, p.opts[i].Label)
		}
	}
	return out
}

// Object is the picker's search field above its scrolling checklist.
func (p *picker) Object() fyne.CanvasObject {
	return container.NewBorder(p.search, nil, nil, nil, container.NewVScroll(p.list))
}

// stepPickers are the Edit step dialog's pickers.
type stepPickers struct {
	places, claims, sources *picker
}

// placeOptions offers the story's places: "Name · kind (id)".
func placeOptions(s *story.Story) []pickOption {
	var out []pickOption
	for _, p := range s.Places {
		label := p.Name
		if p.Kind != "" {
			label += " · " + p.Kind
		}
		out = append(out, pickOption{p.ID, fmt.Sprintf("%s (%s)", label, p.ID)})
	}
	return out
}

// claimOptions offers the story's claims: "Label (id)".
func claimOptions(s *story.Story) []pickOption {
	var out []pickOption
	for _, c := range s.Claims {
		out = append(out, pickOption{c.ID, claimLabel(c.ID, c.Label, false)})
	}
	return out
}

// sourceOptions offers the story's sources: "Outlet · date: title (id)".
func sourceOptions(s *story.Story) []pickOption {
	var out []pickOption
	for _, src := range s.Sources {
		label := src.Title
		if src.Outlet != "" {
			label = src.Outlet + ": " + label
		}
		if src.Date != "" {
			label += " · " + src.Date
		}
		out = append(out, pickOption{src.ID, fmt.Sprintf("%s (%s)", label, src.ID)})
	}
	return out
}
