package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wideFrom is the narrowest body (logical pixels) laid out in three columns
// (story panel, map, charts over evidence); a narrower one, as a small
// screen or a large FYNE_SCALE gives (a 1024×700 screen at 1.5 leaves 640),
// shows the story panel beside tabs of the map, the charts and the
// evidence, so that each keeps a usable width and nothing is cut.
const wideFrom = 900

// The tabs of the narrow layout, in order.
const (
	tabMap = iota
	tabCharts
	tabEvidence
)

// adaptiveBody is the window's body between the toolbar and the status
// line. It chooses its arrangement from the size it is given: three columns
// when they fit (wide), the story panel beside tabs otherwise (narrow). Its
// minimum is the narrow arrangement's, so that the window can shrink to it
// without scrolling. Each arrangement keeps its own split positions, so a
// divider the user moved stays where it was across a switch.
type adaptiveBody struct {
	widget.BaseWidget
	story, mapPanel, charts, evidence fyne.CanvasObject

	wide   *container.Split // story | centre
	centre *container.Split // map | right
	right  *container.Split // charts / evidence
	narrow *container.Split // story | tabs
	tabs   *container.AppTabs

	isNarrow bool
	// onSwitch, when set, is called after the arrangement changes (narrow
	// tells which).
	onSwitch func(narrow bool)
}

// newAdaptiveBody arranges the four panels (see adaptiveBody).
func newAdaptiveBody(story, mapPanel, charts, evidence fyne.CanvasObject) *adaptiveBody {
	b := &adaptiveBody{story: story, mapPanel: mapPanel, charts: charts, evidence: evidence}
	b.right = container.NewVSplit(charts, evidence)
	b.right.SetOffset(0.55)
	b.centre = container.NewHSplit(mapPanel, b.right)
	b.centre.SetOffset(0.6)
	b.wide = container.NewHSplit(story, b.centre)
	b.wide.SetOffset(0.24)
	b.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Map", theme.GridIcon(), mapPanel),
		container.NewTabItemWithIcon("Charts", theme.ListIcon(), charts),
		container.NewTabItemWithIcon("Evidence", theme.DocumentIcon(), evidence))
	b.narrow = container.NewHSplit(story, b.tabs)
	b.narrow.SetOffset(0.36)
	// AppTabs hides the contents of the tabs not selected: the wide
	// arrangement, which starts, shows them all.
	b.showAll()
	b.ExtendBaseWidget(b)
	return b
}

// Narrow reports whether the body shows the narrow arrangement.
func (b *adaptiveBody) Narrow() bool { return b.isNarrow }

// Reveal makes panel (tabMap, tabCharts or tabEvidence) visible: in the
// narrow arrangement it selects its tab; in the wide one every panel is
// already on screen.
func (b *adaptiveBody) Reveal(tab int) {
	if b.isNarrow && b.tabs.SelectedIndex() != tab {
		b.tabs.SelectIndex(tab)
	}
}

// ShowPanel shows panel tab (tabMap, tabCharts or tabEvidence: its tab in
// the narrow arrangement) and gives it the keyboard focus, so that a
// keyboard user reaches the panels a narrow window hides behind tabs
// (Ctrl+1, Ctrl+2, Ctrl+3).
func (u *UI) ShowPanel(tab int) {
	u.ux.body.Reveal(tab)
	var f fyne.Focusable
	switch tab {
	case tabMap:
		f = u.ux.mapFrame
	case tabCharts:
		f = u.ux.chartFrame
	case tabEvidence:
		f = u.evidence.list
	}
	if f != nil {
		u.win.Canvas().Focus(f)
	}
}

func (b *adaptiveBody) showAll() {
	b.mapPanel.Show()
	b.charts.Show()
	b.evidence.Show()
}

// narrowMin is the narrow arrangement's minimum (the tabs count every
// tab's content, selected or not).
func (b *adaptiveBody) narrowMin() fyne.Size {
	st, tb := b.story.MinSize(), b.tabs.MinSize()
	return fyne.NewSize(st.Width+2*theme.Padding()+tb.Width, fyne.Max(st.Height, tb.Height))
}

// wideMin is the wide arrangement's minimum.
func (b *adaptiveBody) wideMin() fyne.Size {
	pad := theme.Padding()
	st, mp, ch, ev := b.story.MinSize(), b.mapPanel.MinSize(), b.charts.MinSize(), b.evidence.MinSize()
	w := st.Width + mp.Width + fyne.Max(ch.Width, ev.Width) + 4*pad
	h := fyne.Max(fyne.Max(st.Height, mp.Height), ch.Height+ev.Height+2*pad)
	return fyne.NewSize(w, h)
}

// wantsNarrow is whether size calls for the narrow arrangement.
func (b *adaptiveBody) wantsNarrow(size fyne.Size) bool {
	m := b.wideMin()
	return size.Width < fyne.Max(wideFrom, m.Width) || size.Height < m.Height
}

// arrange switches to the narrow (or wide) arrangement at size; it lays
// out the panels again when they move.
func (b *adaptiveBody) arrange(narrow bool, size fyne.Size) {
	switched := narrow != b.isNarrow
	b.isNarrow = narrow
	c := b.current()
	c.Move(fyne.NewPos(0, 0))
	c.Resize(size)
	if !switched {
		return
	}
	// The panels were laid out by the other arrangement: lay them out
	// again (a Resize to an unchanged size does nothing).
	if narrow {
		b.narrow.Refresh()
		b.tabs.Refresh() // shows the selected tab's content and hides the others
	} else {
		b.showAll()
		b.wide.Refresh()
		b.centre.Refresh()
		b.right.Refresh()
	}
	if b.onSwitch != nil {
		b.onSwitch(narrow)
	}
}

// current is the arrangement shown.
func (b *adaptiveBody) current() *container.Split {
	if b.isNarrow {
		return b.narrow
	}
	return b.wide
}

// CreateRenderer lays out the current arrangement.
func (b *adaptiveBody) CreateRenderer() fyne.WidgetRenderer { return &adaptiveRenderer{b: b} }

type adaptiveRenderer struct{ b *adaptiveBody }

func (r *adaptiveRenderer) Layout(size fyne.Size) {
	r.b.arrange(r.b.wantsNarrow(size), size)
}

func (r *adaptiveRenderer) MinSize() fyne.Size {
	return r.b.narrowMin()
}

func (r *adaptiveRenderer) Refresh() {
	r.Layout(r.b.Size())
	r.b.current().Refresh()
}

func (r *adaptiveRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.b.current()}
}

func (r *adaptiveRenderer) Destroy() {}
