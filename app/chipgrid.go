package app

import (
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// chipButton is a source chip: a button whose label is shortened with an
// ellipsis to the width its cell gives it (fitWidth).
type chipButton struct {
	keyButton
	full string
}

func newChipButton(label string, tapped func(), keys func(*fyne.KeyEvent)) *chipButton {
	c := &chipButton{full: label}
	c.Text, c.OnTapped, c.keys = label, tapped, keys
	c.ExtendBaseWidget(c)
	return c
}

// chipMeasure is the width of s as a chip draws it (a button's bold text).
func chipMeasure(s string) float32 {
	return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{Bold: true}).Width
}

// fullWidth is the width the chip needs to show its full label.
func (c *chipButton) fullWidth() float32 {
	return chipMeasure(c.full) + c.MinSize().Width - chipMeasure(c.Text)
}

// chipSep separates a chip's name from its date or count
// ("Reuters · 2023-09-11", "Reuters · 12").
const chipSep = " · "

// fitWidth shortens the label so that the button's minimum width is at
// most w: the longest prefix of the full label, with "…", that fits; the
// date or count after the last chipSep is kept whole when the name before
// it can keep three letters.
func (c *chipButton) fitWidth(w float32) {
	measure := chipMeasure
	shown := c.Text
	pad := c.MinSize().Width - measure(shown) // the button's padding around its text
	text := c.full
	if c.fullWidth() > w {
		// The date or count after the last " · " stays whole while the
		// name before it has room for a few letters.
		head, tail := c.full, ""
		if i := strings.LastIndex(c.full, chipSep); i > 0 {
			head, tail = c.full[:i], c.full[i:]
			if measure(string([]rune(head)[:min(3, len([]rune(head)))])+"…"+tail)+pad > w {
				head, tail = c.full, ""
			}
		}
		runes := []rune(head)
		lo, hi := 0, len(runes) // the longest prefix that fits is runes[:lo]
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if measure(string(runes[:mid])+"…"+tail)+pad <= w {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		text = strings.TrimRight(string(runes[:lo]), " ·") + "…" + tail
	}
	if text != shown {
		c.Text = text
		c.Refresh()
	}
}

// chipGrid lays out the step's source chips in rows of equal cells (see
// columns for how many), each cell stretched to share the row (a label,
// such as "and 3 more outlets", takes a cell too). Unlike a fixed-width grid its minimum is one narrow cell, so that the
// story panel can shrink in a small window; a chip's text (chipButton) is
// shortened with an ellipsis when its cell is narrower than the text, as
// Fyne 2.7's buttons do not truncate (their text runs past their edges).
type chipGrid struct {
	minWidth, height float32
	// width is the width of the last layout: the minimum height is that
	// of the rows at that width, as Fyne's GridWrap does.
	width float32
}

// columns is how many columns the chips objs take at width: the most cells
// of at least minWidth that fit, no more than there are chips, and fewer
// when that lets every chip show its label in full (one column at the
// fewest).
func (g *chipGrid) columns(width float32, objs []fyne.CanvasObject) int {
	pad := theme.Padding()
	n := visibleCount(objs)
	most := max(1, min(n, int(math.Floor(float64((width+pad)/(g.minWidth+pad))))))
	widest := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		if c, ok := o.(*chipButton); ok {
			widest = max(widest, c.fullWidth())
		} else {
			widest = max(widest, o.MinSize().Width)
		}
	}
	for cols := most; cols > 1; cols-- {
		if (width-float32(cols-1)*pad)/float32(cols) >= widest {
			return cols
		}
	}
	return 1
}

func visibleCount(objs []fyne.CanvasObject) int {
	n := 0
	for _, o := range objs {
		if o.Visible() {
			n++
		}
	}
	return n
}

// Layout places the visible objects row by row.
func (g *chipGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	g.width = size.Width
	pad := theme.Padding()
	cols := g.columns(size.Width, objs)
	cell := (size.Width - float32(cols-1)*pad) / float32(cols)
	i := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		row, col := i/cols, i%cols
		if c, ok := o.(*chipButton); ok {
			c.fitWidth(cell)
		}
		o.Move(fyne.NewPos(float32(col)*(cell+pad), float32(row)*(g.height+pad)))
		o.Resize(fyne.NewSize(cell, g.height))
		i++
	}
}

// MinSize is one cell wide and as tall as the rows the cells need at the
// width of the last layout.
func (g *chipGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	n := visibleCount(objs)
	if n == 0 {
		return fyne.NewSize(g.minWidth, 0)
	}
	pad := theme.Padding()
	cols := g.columns(g.width, objs)
	rows := (n + cols - 1) / cols
	return fyne.NewSize(g.minWidth, float32(rows)*g.height+float32(rows-1)*pad)
}
