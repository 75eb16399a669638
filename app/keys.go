package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// keyHelp is Help > Keyboard shortcuts: every key the window answers to,
// in the order a user meets them.
var keyHelp = [][2]string{
	{"→  ↓  Page Down", "Next step"},
	{"←  ↑  Page Up", "Previous step"},
	{"Home / End", "First / last step"},
	{"Space", "Play or pause the story"},
	{"Esc", "Clear the selection; leave the presentation; close a dialog"},
	{"Enter", "The highlighted button of a dialog"},
	{"F11 or F5", "Present (full screen)"},
	{"+  -  0", "Zoom the map in, out, back to the overview"},
	{"Tab / Shift+Tab", "Move between panels, buttons, lists and the map"},
	{"Ctrl+1 / Ctrl+2 / Ctrl+3", "Go to the map, the charts, the evidence (their tabs in a narrow window)"},
	{"Ctrl+O", "Open a story"},
	{"Ctrl+S / Ctrl+Shift+S", "Save / Save As"},
	{"Ctrl+Shift+E", "Export"},
	{"Ctrl+Shift+C", "Copy the chart shown (or the map) as an image"},
	{"Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y", "Undo / Redo"},
	{"Ctrl+E", "Edit the current step"},
	{"Ctrl+Q", "Quit"},
}

// ShowKeyboardHelp lists the keyboard shortcuts (Help > Keyboard shortcuts).
func (u *UI) ShowKeyboardHelp() {
	grid := container.NewGridWithColumns(2)
	for _, k := range keyHelp {
		grid.Add(widget.NewLabelWithStyle(k[0], fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
		l := widget.NewLabel(k[1])
		l.Wrapping = fyne.TextWrapWord
		grid.Add(l)
	}
	scroll := container.NewVScroll(grid)
	d := dialog.NewCustom("Keyboard shortcuts", "Close", scroll, u.win)
	u.fitScrollDialog(d, scroll, fyne.NewSize(640, 420))
	d.Show()
}

// dialogOpen reports whether a dialog (or a pop-up menu) is over the
// window: then the window's own keys and shortcuts do nothing.
func (u *UI) dialogOpen() bool { return u.win.Canvas().Overlays().Top() != nil }

// dialogKey handles a key typed while a dialog is open (and no entry in
// it has the focus): Esc closes the dialog, Enter presses its highlighted
// button. It reports whether a dialog was open, so that no key reaches the
// window behind it.
func (u *UI) dialogKey(ev *fyne.KeyEvent) bool {
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	switch ev.Name {
	case fyne.KeyEscape:
		if b := dialogButton(top, false); b != nil {
			b.OnTapped()
		} else {
			top.Hide() // a pop-up removes itself from the overlays
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if b := dialogButton(top, true); b != nil {
			b.OnTapped()
		}
	}
	return true
}

// dialogButton finds in a dialog its highlighted (default) button, or,
// with def false, its dismiss button: the last enabled button that is not
// highlighted in the dialog's button row (Fyne's Cancel or Close).
func dialogButton(o fyne.CanvasObject, def bool) *widget.Button {
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch w := o.(type) {
		case *widget.Button:
			if w.Disabled() || w.OnTapped == nil {
				return
			}
			if def && w.Importance == widget.HighImportance {
				found = w
			}
			if !def && w.Importance != widget.HighImportance && isDismiss(w.Text) {
				found = w
			}
			return
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case *widget.PopUp:
			walk(w.Content)
		case *container.Scroll:
			walk(w.Content)
		}
	}
	walk(o)
	return found
}

// isDismiss reports whether a button's label closes a dialog without doing
// anything.
func isDismiss(label string) bool {
	switch label {
	case "Cancel", "Close", "No", "OK", "Dismiss":
		return true
	}
	return false
}

// unlessDialog runs f unless a dialog is open (a window shortcut must not
// act behind a dialog).
func (u *UI) unlessDialog(f func()) {
	if !u.dialogOpen() {
		f()
	}
}

// withKey shows a plain key (F11) beside a menu item; the window's key
// handler runs the same action.
func withKey(it *fyne.MenuItem, key fyne.KeyName) *fyne.MenuItem {
	it.Shortcut = &desktop.CustomShortcut{KeyName: key}
	return it
}

// escEntry is a text field whose Esc runs onEsc (closing its dialog): a
// focused Fyne entry takes every key, so the window's Esc never sees it.
type escEntry struct {
	widget.Entry
	onEsc func()
}

func newEscEntry(onEsc func()) *escEntry {
	e := &escEntry{onEsc: onEsc}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey runs onEsc for Esc and passes the other keys to the entry.
func (e *escEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEsc != nil {
		e.onEsc()
		return
	}
	e.Entry.TypedKey(ev)
}
