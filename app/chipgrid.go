package app

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// chipGrid lays out the step's source chips in rows of equal cells, as
// many columns as cells of at least minWidth fit, each cell stretched to
// share the row (a label, such as "and 3 more outlets", takes a cell too).
// Unlike a fixed-width grid its minimum is one narrow cell, so that the
// story panel can shrink in a small window; a chip's text is truncated
// with an ellipsis (Fyne buttons) when its cell is narrower than the text.
type chipGrid struct {
	minWidth, height float32
	// width is the width of the last layout: the minimum height is that
	// of the rows at that width, as Fyne's GridWrap does.
	width float32
}

func (g *chipGrid) columns(width float32) int {
	pad := theme.Padding()
	return max(1, int(math.Floor(float64((width+pad)/(g.minWidth+pad)))))
}

// Layout places the visible objects row by row.
func (g *chipGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	g.width = size.Width
	pad := theme.Padding()
	cols := g.columns(size.Width)
	cell := (size.Width - float32(cols-1)*pad) / float32(cols)
	i := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		row, col := i/cols, i%cols
		o.Move(fyne.NewPos(float32(col)*(cell+pad), float32(row)*(g.height+pad)))
		o.Resize(fyne.NewSize(cell, g.height))
		i++
	}
}

// MinSize is one cell wide and as tall as the rows the cells need at the
// width of the last layout.
func (g *chipGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	n := 0
	for _, o := range objs {
		if o.Visible() {
			n++
		}
	}
	if n == 0 {
		return fyne.NewSize(g.minWidth, 0)
	}
	pad := theme.Padding()
	rows := (n + g.columns(g.width) - 1) / g.columns(g.width)
	return fyne.NewSize(g.minWidth, float32(rows)*g.height+float32(rows-1)*pad)
}
