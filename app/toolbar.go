package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tipAction is a toolbar button with a tooltip (Fyne 2.7's
// widget.ToolbarAction has none): hovering it shows its name and shortcut
// under it.
type tipAction struct {
	icon  fyne.Resource
	tip   string
	do    func()
	keys  func(*fyne.KeyEvent) // the window's keys (see tipButton.TypedKey)
	layer *tipLayer
	btn   *tipButton
}

// newTipAction is a toolbar item showing icon, named tip, that runs do.
func newTipAction(icon fyne.Resource, tip string, do func()) *tipAction {
	return &tipAction{icon: icon, tip: tip, do: do}
}

// ToolbarObject is the button (widget.ToolbarItem).
func (t *tipAction) ToolbarObject() fyne.CanvasObject {
	if t.btn == nil {
		t.btn = &tipButton{tip: t.tip, layer: t.layer}
		t.btn.keys = t.keys
		t.btn.Icon = t.icon
		t.btn.OnTapped = t.do
		t.btn.Importance = widget.LowImportance
		t.btn.ExtendBaseWidget(t.btn)
	}
	return t.btn
}

// tipButton is a button that shows a tooltip while hovered. It passes the
// keys it does not use to the window (keyButton), so that a button reached
// with Tab does not stop the story from stepping.
type tipButton struct {
	keyButton
	tip   string
	layer *tipLayer
}

var _ desktop.Hoverable = (*tipButton)(nil)

// MouseIn shows the tooltip below the button.
func (b *tipButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	if b.layer != nil && b.tip != "" {
		b.layer.show(b, b.tip)
	}
}

// MouseOut hides the tooltip.
func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	if b.layer != nil {
		b.layer.hide()
	}
}

// Tapped hides the tooltip and runs the action.
func (b *tipButton) Tapped(e *fyne.PointEvent) {
	if b.layer != nil {
		b.layer.hide()
	}
	b.Button.Tapped(e)
}

// tipLayer draws the toolbar's tooltips over the window's content, as the
// top layer of the content itself. A tooltip must not be an overlay (a
// PopUp): Fyne gives every click to the top overlay while there is one,
// so the first click on a button the pointer had just reached only closed
// its tooltip. In the content, the tooltip takes no click: it is not
// tappable, and a click goes to the button under it.
type tipLayer struct {
	box   *fyne.Container // no layout: the tooltip is placed by hand
	tip   *fyne.Container
	bg    *canvas.Rectangle
	label *widget.Label
}

func newTipLayer() *tipLayer {
	l := &tipLayer{label: widget.NewLabel(""), bg: canvas.NewRectangle(color.Transparent)}
	l.bg.StrokeWidth = 1
	l.bg.CornerRadius = 4
	l.tip = container.NewStack(l.bg, l.label)
	l.tip.Hide()
	l.box = container.NewWithoutLayout(l.tip)
	return l
}

// show shows text under b, kept inside the layer.
func (l *tipLayer) show(b fyne.CanvasObject, text string) {
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(l.box) == nil {
		return // not on screen (presentation mode)
	}
	// The theme's colours now (the user may have switched the theme).
	l.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	l.bg.StrokeColor = theme.Color(theme.ColorNameShadow)
	l.bg.Refresh()
	l.label.SetText(text)
	size := l.tip.MinSize()
	pos := d.AbsolutePositionForObject(b).Subtract(d.AbsolutePositionForObject(l.box))
	pos.Y += b.Size().Height + 2
	if most := l.box.Size().Width - size.Width - 4; pos.X > most {
		pos.X = max(most, 0)
	}
	l.tip.Move(pos)
	l.tip.Resize(size)
	l.tip.Show()
	l.box.Refresh()
}

func (l *tipLayer) hide() {
	if l.tip.Visible() {
		l.tip.Hide()
		l.box.Refresh()
	}
}

// Shown is the tooltip's text while one shows, else "" (tests).
func (l *tipLayer) Shown() string {
	if !l.tip.Visible() {
		return ""
	}
	return l.label.Text
}

// Tooltip is the button's tooltip text.
func (b *tipButton) Tooltip() string { return b.tip }

// toolbar is the window's toolbar, each icon with a tooltip naming what it
// does and its shortcut.
func (u *UI) toolbar() *widget.Toolbar {
	tb := widget.NewToolbar(
		newTipAction(theme.FolderOpenIcon(), "Open a story… (Ctrl+O)", func() { u.ShowOpenDialog() }),
		newTipAction(theme.DocumentSaveIcon(), "Save (Ctrl+S)", func() { u.Save() }),
		newTipAction(theme.UploadIcon(), "Export charts, map… (Ctrl+Shift+E)", func() { u.ShowExport() }),
		widget.NewToolbarSeparator(),
		newTipAction(theme.ContentUndoIcon(), "Undo (Ctrl+Z)", func() { u.Undo() }),
		newTipAction(theme.ContentRedoIcon(), "Redo (Ctrl+Shift+Z)", func() { u.Redo() }),
		newTipAction(theme.DocumentCreateIcon(), "Edit the step… (Ctrl+E)", func() { u.ShowEditStep() }),
		widget.NewToolbarSeparator(),
		newTipAction(theme.ViewFullScreenIcon(), "Present (F11)", func() { u.Present(true) }),
		newTipAction(theme.ColorPaletteIcon(), "Light or dark theme", func() { u.SetDark(!u.dark) }),
		widget.NewToolbarSpacer(),
		newTipAction(theme.HelpIcon(), "Keyboard shortcuts", func() { u.ShowKeyboardHelp() }),
		newTipAction(theme.InfoIcon(), "About Storylens", func() { u.ShowAbout() }),
	)
	for _, it := range tb.Items {
		if t, ok := it.(*tipAction); ok {
			t.keys, t.layer = u.typedKey, u.ux.tips
			if t.btn != nil {
				t.btn.keys, t.btn.layer = u.typedKey, u.ux.tips
			}
		}
	}
	return tb
}
