package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
)

// dialogMargin is the window's space kept free around a dialog.
const dialogMargin = 20

// dialogRoom is the most of the window a dialog may take: the window less
// dialogMargin on each side.
func (u *UI) dialogRoom() fyne.Size {
	s := u.win.Canvas().Size()
	return fyne.NewSize(max(s.Width-2*dialogMargin, 100), max(s.Height-2*dialogMargin, 100))
}

// fitDialog resizes d to want, shrunk to the window's room (dialogRoom):
// a dialog is never larger than the window, whatever its size or
// FYNE_SCALE. Its content must be able to shrink with it (fitScrollDialog).
func (u *UI) fitDialog(d dialog.Dialog, want fyne.Size) {
	r := u.dialogRoom()
	d.Resize(fyne.NewSize(min(want.Width, r.Width), min(want.Height, r.Height)))
}

// fitScrollDialog sizes d, whose content is (or ends in) the scroll s, to
// show s at want, or as much of it as the window's room leaves beside the
// dialog's title, buttons and padding; the rest scrolls.
func (u *UI) fitScrollDialog(d dialog.Dialog, s *container.Scroll, want fyne.Size) {
	// What the dialog adds around s (title, buttons, padding, and what
	// stands beside s), with s at its content's size.
	s.SetMinSize(s.Content.MinSize())
	chrome := d.MinSize().Subtract(s.MinSize())
	r := u.dialogRoom()
	fit := fyne.NewSize(min(want.Width, r.Width-chrome.Width), min(want.Height, r.Height-chrome.Height))
	s.SetMinSize(fit)
	u.fitDialog(d, fit.Add(chrome))
}
