package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// flowLayout places objects at their minimum size left to right, and on
// the next row when the row is full (Fyne 2.7 has no such layout).
type flowLayout struct{}

// Layout implements fyne.Layout.
func (flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	flowRows(objs, size.Width, true)
}

// MinSize is the widest object's width and the height of the rows at
// that width (a container gives the real width at Layout; the height
// grows with the rows).
func (flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := float32(0)
	for _, o := range objs {
		if o.Visible() {
			w = max(w, o.MinSize().Width)
		}
	}
	return fyne.NewSize(w, flowRows(objs, flowWidth(objs), false))
}

// flowWidth is the width the rows are measured at for MinSize: the width
// the objects had at the last Layout, else the widest.
func flowWidth(objs []fyne.CanvasObject) float32 {
	right := float32(0)
	for _, o := range objs {
		if o.Visible() {
			right = max(right, o.Position().X+o.Size().Width, o.MinSize().Width)
		}
	}
	return right
}

// flowRows lays the objects out in rows of width w (moving them when
// place) and returns the height used.
func flowRows(objs []fyne.CanvasObject, w float32, place bool) float32 {
	pad := theme.Padding()
	x, y, rowH := float32(0), float32(0), float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && x+m.Width > w {
			x, y, rowH = 0, y+rowH+pad, 0
		}
		if place {
			o.Move(fyne.NewPos(x, y))
			o.Resize(m)
		}
		x += m.Width + pad
		rowH = max(rowH, m.Height)
	}
	return y + rowH
}
