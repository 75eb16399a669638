package app

import (
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
	icon fyne.Resource
	tip  string
	do   func()
	keys func(*fyne.KeyEvent) // the window's keys (see tipButton.TypedKey)
	btn  *tipButton
}

// newTipAction is a toolbar item showing icon, named tip, that runs do.
func newTipAction(icon fyne.Resource, tip string, do func()) *tipAction {
	return &tipAction{icon: icon, tip: tip, do: do}
}

// ToolbarObject is the button (widget.ToolbarItem).
func (t *tipAction) ToolbarObject() fyne.CanvasObject {
	if t.btn == nil {
		t.btn = &tipButton{tip: t.tip}
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
	popup *widget.PopUp
}

var _ desktop.Hoverable = (*tipButton)(nil)

// MouseIn shows the tooltip below the button, kept inside the window.
func (b *tipButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	c := fyne.CurrentApp().Driver().CanvasForObject(b)
	if c == nil || b.tip == "" {
		return
	}
	if b.popup == nil {
		bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
		bg.StrokeColor = theme.Color(theme.ColorNameShadow)
		bg.StrokeWidth = 1
		bg.CornerRadius = 4
		b.popup = widget.NewPopUp(container.NewStack(bg, widget.NewLabel(b.tip)), c)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
	pos.Y += b.Size().Height + 2
	size := b.popup.MinSize()
	if max := c.Size().Width - size.Width - 4; pos.X > max {
		pos.X = max
	}
	b.popup.ShowAtPosition(pos)
}

// MouseOut hides the tooltip.
func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	if b.popup != nil {
		b.popup.Hide()
	}
}

// Tapped hides the tooltip and runs the action.
func (b *tipButton) Tapped(e *fyne.PointEvent) {
	if b.popup != nil {
		b.popup.Hide()
	}
	b.Button.Tapped(e)
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
			t.keys = u.typedKey
			if t.btn != nil {
				t.btn.keys = u.typedKey
			}
		}
	}
	return tb
}
