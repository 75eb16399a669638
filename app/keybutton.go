package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// keyButton is a button that passes the keys it does not use to the
// window: Space and Enter press it, the arrows and the other keys step the
// story as they do when nothing has the focus (a Fyne button reached with
// Tab takes every key and drops the ones it does not use).
type keyButton struct {
	widget.Button
	keys func(*fyne.KeyEvent)
}

// newKeyButton is a button labelled label (and icon, when not nil) that
// runs tapped; keys gets the keys the button does not use.
func newKeyButton(label string, icon fyne.Resource, tapped func(), keys func(*fyne.KeyEvent)) *keyButton {
	b := &keyButton{keys: keys}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button with Space or Enter and gives the other
// keys to the window.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		if b.OnTapped != nil && !b.Disabled() {
			b.OnTapped()
		}
	default:
		if b.keys != nil {
			b.keys(ev)
		}
	}
}

// keyList is a list that passes the keys it does not use (all but Up,
// Down and Space) to the window, so that Left and Right step the story
// while a list (the steps, the evidence, the Figures) has the focus.
type keyList struct {
	widget.List
	keys func(*fyne.KeyEvent)
}

func newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject), keys func(*fyne.KeyEvent)) *keyList {
	l := &keyList{keys: keys}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey moves in the list with Up, Down and Space, and gives the other
// keys to the window.
func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeySpace:
		l.List.TypedKey(ev)
	default:
		if l.keys != nil {
			l.keys(ev)
		}
	}
}
