package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// withShortcut shows Ctrl+key (Cmd on macOS; with Shift when shift) beside
// a menu item. The window's canvas runs the same action (NewUI registers
// the shortcuts).
func withShortcut(it *fyne.MenuItem, key fyne.KeyName, shift bool) *fyne.MenuItem {
	mod := fyne.KeyModifierShortcutDefault
	if shift {
		mod |= fyne.KeyModifierShift
	}
	it.Shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: mod}
	return it
}

// quitItem is File > Quit (Ctrl+Q) running quit, in place of the one Fyne
// adds, which would quit without asking about unsaved changes.
func quitItem(quit func()) *fyne.MenuItem {
	it := withShortcut(fyne.NewMenuItem("Quit", quit), fyne.KeyQ, false)
	it.IsQuit = true
	return it
}

// labelEditMenu names what Undo and Redo would do ("Undo rename place")
// and disables them when there is nothing to undo or redo.
func (u *UI) labelEditMenu() {
	u.undoItem.Label, u.undoItem.Disabled = "Undo", true
	u.redoItem.Label, u.redoItem.Disabled = "Redo", true
	if u.doc == nil {
		return
	}
	if l, ok := u.doc.editor.CanUndo(); ok {
		u.undoItem.Label, u.undoItem.Disabled = "Undo "+l, false
	}
	if l, ok := u.doc.editor.CanRedo(); ok {
		u.redoItem.Label, u.redoItem.Disabled = "Redo "+l, false
	}
}

// updateEditMenu relabels the Edit menu after an edit.
func (u *UI) updateEditMenu() {
	if u.editMenu == nil {
		return
	}
	u.labelEditMenu()
	u.editMenu.Refresh()
}

// UndoLabel and RedoLabel are the Edit menu's Undo and Redo items as shown,
// and whether they are enabled.
func (u *UI) UndoLabel() (string, bool) { return u.undoItem.Label, !u.undoItem.Disabled }

// RedoLabel: see UndoLabel.
func (u *UI) RedoLabel() (string, bool) { return u.redoItem.Label, !u.redoItem.Disabled }

// confirm asks a yes/no question; yes runs onYes.
func (u *UI) confirm(title, msg, yes string, onYes func()) {
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(title, yes, "Cancel", container.NewPadded(l), func(ok bool) {
		if ok {
			onYes()
		}
	}, u.win)
	u.fitDialog(d, fyne.NewSize(520, 220))
	u.confirmDialog = d
	d.Show()
}
