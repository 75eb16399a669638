package app

import (
	"image/color"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/charts"
)

// focusFrame makes a panel that has no focusable widget of its own (the
// map, the charts) reachable with Tab: it takes the focus, draws a focus
// outline around the panel and gives it the keys first; keys it does not
// use go to the window (so the arrows still step the story).
type focusFrame struct {
	widget.BaseWidget
	content fyne.CanvasObject
	outline *canvas.Rectangle
	onKey   func(*fyne.KeyEvent) bool
	window  func(*fyne.KeyEvent)
	focused bool
}

var _ fyne.Focusable = (*focusFrame)(nil)

func newFocusFrame(content fyne.CanvasObject, onKey func(*fyne.KeyEvent) bool, window func(*fyne.KeyEvent)) *focusFrame {
	f := &focusFrame{content: content, onKey: onKey, window: window}
	f.outline = canvas.NewRectangle(color.Transparent)
	f.outline.StrokeWidth = 2
	f.ExtendBaseWidget(f)
	return f
}

// CreateRenderer draws the content with the outline over it.
func (f *focusFrame) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(f.content, f.outline))
}

// FocusGained shows the outline.
func (f *focusFrame) FocusGained() {
	f.focused = true
	f.outline.StrokeColor = theme.Color(theme.ColorNameFocus)
	f.outline.Refresh()
}

// FocusLost hides the outline.
func (f *focusFrame) FocusLost() {
	f.focused = false
	f.outline.StrokeColor = color.Transparent
	f.outline.Refresh()
}

// TypedRune is ignored.
func (f *focusFrame) TypedRune(rune) {}

// TypedKey gives the panel the key, then the window.
func (f *focusFrame) TypedKey(ev *fyne.KeyEvent) {
	if f.onKey != nil && f.onKey(ev) {
		return
	}
	if f.window != nil {
		f.window(ev)
	}
}

// Focused reports whether the frame has the keyboard focus.
func (f *focusFrame) Focused() bool { return f.focused }

// mapKey is the map panel's keys when it has the focus: + - 0 zoom.
func (u *UI) mapKey(ev *fyne.KeyEvent) bool { return u.mp.HandleKey(ev.Name) }

// chartKey is the charts panel's keys when it has the focus: Page Up and
// Page Down change the chart, Up and Down go from one bar, cell or point
// to the next (named in the status line, scrolled into view), Enter
// selects it.
func (u *UI) chartKey(ev *fyne.KeyEvent) bool {
	c := u.charts
	tabs := c.tabs
	switch ev.Name {
	case fyne.KeyPageDown, fyne.KeyPageUp:
		n := len(tabs.Items)
		if n == 0 {
			return true
		}
		d := 1
		if ev.Name == fyne.KeyPageUp {
			d = n - 1
		}
		tabs.SelectIndex((tabs.SelectedIndex() + d) % n)
		u.ux.chartItem = 0
		return true
	case fyne.KeyUp, fyne.KeyDown:
		hits := u.chartHits()
		if len(hits) == 0 {
			return true
		}
		// chartItem is the item's index + 1 (0: none yet).
		cur := u.ux.chartItem - 1
		switch {
		case cur < 0 || cur >= len(hits):
			cur = 0
			if ev.Name == fyne.KeyUp {
				cur = len(hits) - 1
			}
		case ev.Name == fyne.KeyDown:
			cur = (cur + 1) % len(hits)
		default:
			cur = (cur - 1 + len(hits)) % len(hits)
		}
		u.ux.chartItem = cur + 1
		h := hits[cur]
		u.status.SetText(h.Label + " — Enter selects it")
		if i := u.charts.tabs.SelectedIndex(); i >= 0 && i < len(u.charts.views) {
			u.charts.views[i].Reveal(h) // a chart taller than its panel scrolls to it
		}
		return true
	case fyne.KeyReturn, fyne.KeyEnter:
		hits := u.chartHits()
		if i := u.ux.chartItem - 1; i >= 0 && i < len(hits) {
			u.chartSelected(hits[i].Kind, hits[i].ID)
		}
		return true
	}
	return false
}

// chartHits are the drawn items of the chart shown, in drawing order
// (series, then data index), one per kind and id.
func (u *UI) chartHits() []charts.Hit {
	i := u.charts.tabs.SelectedIndex()
	if i < 0 || i >= len(u.charts.views) {
		return nil
	}
	ch := u.charts.views[i].Chart()
	if ch == nil {
		return nil
	}
	all := ch.Hits()
	keys := make([]string, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	num := func(k string) (int, int) {
		a, b, _ := strings.Cut(k, ":")
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return x, y
	}
	sort.Slice(keys, func(a, b int) bool {
		sa, da := num(keys[a])
		sb, db := num(keys[b])
		if sa != sb {
			return sa < sb
		}
		return da < db
	})
	var out []charts.Hit
	seen := map[string]bool{}
	for _, k := range keys {
		h := all[k]
		if id := h.Kind + "\x00" + h.ID + "\x00" + h.Source; !seen[id] {
			seen[id] = true
			out = append(out, h)
		}
	}
	return out
}
