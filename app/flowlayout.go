package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowLayout places objects at their preferred size left to right, and on
// the next row when the row is full (Fyne 2.7 has no such layout). A
// truncating hyperlink's preferred width is its whole text's; an object
// wider than the row is cut to the row's width (and truncates).
type flowLayout struct{}

// flowMinWidth is the narrowest the layout asks to be.
const flowMinWidth = 80

// preferred is the size o takes in a flow.
func preferred(o fyne.CanvasObject) fyne.Size {
	m := o.MinSize()
	if h, ok := o.(*widget.Hyperlink); ok && h.Truncation != fyne.TextTruncateOff {
		t := fyne.MeasureText(h.Text, theme.TextSize(), h.TextStyle)
		m.Width = max(m.Width, t.Width+2*theme.InnerPadding()+2*theme.Padding())
	}
	return m
}

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
			w = max(w, min(o.MinSize().Width, flowMinWidth))
		}
	}
	return fyne.NewSize(w, flowRows(objs, max(flowWidth(objs), w), false))
}

// flowWidth is the width the rows are measured at for MinSize: the width
// the objects had at the last Layout, else the widest.
func flowWidth(objs []fyne.CanvasObject) float32 {
	right := float32(0)
	for _, o := range objs {
		if o.Visible() {
			right = max(right, o.Position().X+o.Size().Width)
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
		m := preferred(o)
		m.Width = min(m.Width, w)
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
