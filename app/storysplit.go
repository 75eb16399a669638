package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// stepListRows is how many rows of the step list the story panel shows
// when it has the height (fewer when the story has fewer steps).
const stepListRows = 5

// stepListMaxShare is the largest share of the story panel's height the
// step list is given by itself, so that the step text keeps the rest.
const stepListMaxShare = 0.55

// stepRowLayout lays out a row of the step list: its label with half its
// inner padding cut off above and below (moved up by that much, and given
// the row's height and that twice), so that a row is 8 px shorter than a
// plain label and five rows fit in the story panel of a short window,
// leaving the step text the larger part.
type stepRowLayout struct{}

// stepRowTrim is what a row's label loses above and below.
func stepRowTrim(l fyne.CanvasObject) float32 {
	if w, ok := l.(fyne.Widget); ok {
		return theme.SizeForWidget(theme.SizeNameInnerPadding, w) / 2
	}
	return theme.InnerPadding() / 2
}

func (stepRowLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	d := stepRowTrim(objs[0])
	objs[0].Move(fyne.NewPos(0, -d))
	objs[0].Resize(fyne.NewSize(s.Width, s.Height+2*d))
}

func (stepRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize()
	return fyne.NewSize(m.Width, m.Height-2*stepRowTrim(objs[0]))
}

// newStepRow is a row of the step list around label l.
func newStepRow(l *widget.Label) *fyne.Container {
	return &fyne.Container{Layout: stepRowLayout{}, Objects: []fyne.CanvasObject{l}}
}

// storySplit is the story panel: the step list over the step text, with a
// divider the user can drag. A fixed share of the height gave the list
// about two rows in a short panel (1024×700 at FYNE_SCALE 1.5); until the
// user drags the divider, each layout gives the list the height of
// stepListRows rows and at least 30 % of the panel, or of every step of a
// story with fewer (so that the step text has the rest), at most
// stepListMaxShare of it. Once dragged, the divider
// stays where the user put it.
type storySplit struct {
	widget.BaseWidget
	split *container.Split
	list  *keyList
	// auto is the offset the last layout set; an Offset that differs
	// from it was set by the user dragging the divider.
	auto float64
}

func newStorySplit(list *keyList, text fyne.CanvasObject) *storySplit {
	s := &storySplit{split: container.NewVSplit(list, text), list: list, auto: 0.3}
	s.split.SetOffset(s.auto)
	s.ExtendBaseWidget(s)
	return s
}

// userMoved reports whether the user dragged the divider.
func (s *storySplit) userMoved() bool { return s.split.Offset != s.auto }

// wantOffset is the divider's offset for a panel height h: the list
// shows stepListRows rows (or every step) within the bounds above.
func (s *storySplit) wantOffset(h float32) float64 {
	pad := theme.Padding()
	avail := h - 2*pad // the divider's thickness
	if avail <= 0 {
		return 0.3
	}
	rows, least := stepListRows, 0.3
	if n := s.list.Length(); n < rows {
		// A short story's list takes no more than its rows.
		rows, least = max(n, 1), 0
	}
	rowH := s.rowHeight()
	want := float32(rows)*(rowH+pad) - pad
	off := float64(want / avail)
	return min(max(off, least), stepListMaxShare)
}

// rowHeight is the height of one row of the list, without the separator.
func (s *storySplit) rowHeight() float32 {
	return s.list.CreateItem().MinSize().Height
}

// CreateRenderer lays the split out, setting its offset first.
func (s *storySplit) CreateRenderer() fyne.WidgetRenderer { return &storySplitRenderer{s} }

type storySplitRenderer struct{ s *storySplit }

func (r *storySplitRenderer) Layout(size fyne.Size) {
	s := r.s
	s.split.Move(fyne.NewPos(0, 0))
	s.split.Resize(size)
	if !s.userMoved() {
		if off := s.wantOffset(size.Height); off != s.auto {
			s.auto = off
			s.split.SetOffset(off) // lays the split out again
		}
	}
}

func (r *storySplitRenderer) MinSize() fyne.Size { return r.s.split.MinSize() }

func (r *storySplitRenderer) Refresh() { r.Layout(r.s.Size()) }

func (r *storySplitRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.s.split}
}

func (r *storySplitRenderer) Destroy() {}
