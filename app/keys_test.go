package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestDialogKeys: with a dialog open, arrows do not step the story behind
// it, Esc closes it (its Cancel runs) and Enter presses its default button.
func TestDialogKeys(t *testing.T) {
	u, w := newTestUI(t)
	answer := ""
	d := dialog.NewConfirm("Question", "Go on?", func(ok bool) {
		if ok {
			answer = "yes"
		} else {
			answer = "no"
		}
	}, w)
	d.Show()
	key(w, fyne.KeyRight)
	if u.nav.Index() != 0 {
		t.Errorf("Right reached the window behind the dialog: step %d", u.nav.Index()+1)
	}
	key(w, fyne.KeyEscape)
	if answer != "no" || w.Canvas().Overlays().Top() != nil {
		t.Errorf("Esc: answer %q, dialog still open %v", answer, w.Canvas().Overlays().Top() != nil)
	}
	d.Show()
	key(w, fyne.KeyReturn)
	if answer != "yes" || w.Canvas().Overlays().Top() != nil {
		t.Errorf("Enter: answer %q, dialog still open %v", answer, w.Canvas().Overlays().Top() != nil)
	}
	// With no dialog the arrows step again.
	key(w, fyne.KeyRight)
	if u.nav.Index() != 1 {
		t.Errorf("Right after the dialog closed: step %d", u.nav.Index()+1)
	}
}

// TestShortcutsBlockedBehindDialog: Ctrl+E does not open the step editor
// behind another dialog.
func TestShortcutsBlockedBehindDialog(t *testing.T) {
	u, w := newTestUI(t)
	u.ShowKeyboardHelp()
	typeShortcut(w, fyne.KeyE, false)
	if u.stepDialog != nil {
		t.Error("Ctrl+E opened the step editor behind the keyboard help")
	}
	dismissAll(w)
	typeShortcut(w, fyne.KeyE, false)
	if u.stepDialog == nil {
		t.Error("Ctrl+E did not open the step editor with no dialog open")
	}
}

// TestEscInDialogWithoutCancel: Esc closes a dialog with only a Close button.
func TestEscClosesHelp(t *testing.T) {
	u, w := newTestUI(t)
	u.ShowKeyboardHelp()
	texts := strings.Join(shownTexts(w.Canvas().Overlays().Top()), "\n")
	for _, want := range []string{"Next step", "Ctrl+S / Ctrl+Shift+S", "Clear the selection"} {
		if !strings.Contains(texts, want) {
			t.Errorf("keyboard help lacks %q", want)
		}
	}
	key(w, fyne.KeyEscape)
	if w.Canvas().Overlays().Top() != nil {
		t.Error("Esc did not close the keyboard help")
	}
}

// TestToolbarTooltipsAndMenuShortcuts: every toolbar icon has a tooltip
// that shows on hover; menu items show their shortcuts; Help lists the
// keyboard shortcuts.
func TestToolbarTooltipsAndMenuShortcuts(t *testing.T) {
	u, w := newTestUI(t)
	var tips []string
	var first *tipButton
	for _, o := range test.LaidOutObjects(w.Content()) {
		if b, ok := o.(*tipButton); ok {
			tips = append(tips, b.Tooltip())
			if first == nil {
				first = b
			}
		}
	}
	if len(tips) != 10 {
		t.Fatalf("%d toolbar buttons with tooltips: %q", len(tips), tips)
	}
	for _, tip := range tips {
		if tip == "" {
			t.Errorf("a toolbar button has no tooltip: %q", tips)
		}
	}
	if tips[1] != "Save (Ctrl+S)" {
		t.Errorf("the save icon's tooltip %q", tips[1])
	}
	first.MouseIn(&desktop.MouseEvent{})
	if got := u.ux.tips.Shown(); got != tips[0] {
		t.Errorf("hovering shows the tooltip %q, want %q", got, tips[0])
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the tooltip is an overlay: it would take the next click")
	}
	first.MouseOut()
	if u.ux.tips.Shown() != "" {
		t.Error("the tooltip stayed after the mouse left")
	}
	menu := u.mainMenu()
	shortcuts := map[string]bool{}
	var help bool
	for _, m := range menu.Items {
		for _, it := range m.Items {
			if it.Shortcut != nil {
				shortcuts[it.Label] = true
			}
			if it.Label == "Keyboard shortcuts" {
				help = true
			}
		}
	}
	for _, l := range []string{"Open…", "Save", "Save As…", "Export…", "Present", "Edit step…", "Quit"} {
		if !shortcuts[l] {
			t.Errorf("menu item %q shows no shortcut", l)
		}
	}
	if !help {
		t.Error("no Help > Keyboard shortcuts")
	}
}

// TestToolbarButtonPassesArrows: a toolbar button reached with Tab passes
// the arrows to the window (the story steps) and Enter presses it.
func TestToolbarButtonPassesArrows(t *testing.T) {
	u, w := newTestUI(t)
	var help *tipButton
	for _, o := range test.LaidOutObjects(w.Content()) {
		if b, ok := o.(*tipButton); ok && b.Tooltip() == "Keyboard shortcuts" {
			help = b
		}
	}
	if help == nil {
		t.Fatal("no help button")
	}
	w.Canvas().Focus(help)
	help.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if u.nav.Index() != 1 {
		t.Errorf("Right on a toolbar button: step %d, want 2", u.nav.Index()+1)
	}
	help.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.Canvas().Overlays().Top() == nil {
		t.Error("Enter on the help button opened nothing")
	}
}

// pressKey types k as the desktop driver does: to the focused widget when
// there is one, else to the window.
func pressKey(w fyne.Window, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	if f := w.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	w.Canvas().OnTypedKey()(ev)
}

// TestArrowsStepFromFocusedWidgets: with a button, a source chip, the step
// list or a link in the evidence focused (reached with Tab), Right and
// Left still step the story; Space still presses the button; a text field
// keeps its arrows.
func TestArrowsStepFromFocusedWidgets(t *testing.T) {
	u, w := newTestUI(t)
	link := func() fyne.Focusable {
		u.SelectSource("a") // the article, its claims and places links
		for _, l := range evidenceLinks(w) {
			return l
		}
		return nil
	}
	chip := func() fyne.Focusable {
		c, _ := u.chips.Objects[0].(fyne.Focusable) // the step's chips, made again for each step
		return c
	}
	for _, c := range []struct {
		name string
		f    func() fyne.Focusable
	}{
		{"Next", func() fyne.Focusable { return u.nextBtn }}, {"Play", func() fyne.Focusable { return u.playBtn }},
		{"a source chip", chip}, {"the step list", func() fyne.Focusable { return u.stepList }},
		{"a link in the evidence", link},
		{"the evidence list", func() fyne.Focusable { return u.evidence.list }},
		{"the Figures list", func() fyne.Focusable {
			// The fixture has no figures: with none, the list is hidden
			// behind its note; give the panel one to list.
			u.ux.figures.figs = []Figure{{Kind: "check", Title: "A distance"}}
			u.ux.figures.split.Show()
			u.charts.tabs.SelectIndex(len(u.charts.tabs.Items) - 1) // the Figures tab
			return u.ux.figures.list
		}},
	} {
		u.GoTo(1)
		f := c.f()
		w.Canvas().Focus(f)
		if f == nil || w.Canvas().Focused() != f {
			t.Fatalf("%s did not take the focus", c.name)
		}
		pressKey(w, fyne.KeyRight)
		if u.nav.Index() != 2 {
			t.Errorf("Right with %s focused: step %d, want 3", c.name, u.nav.Index()+1)
		}
		pressKey(w, fyne.KeyLeft)
		if u.nav.Index() != 1 {
			t.Errorf("Left with %s focused: step %d, want 2", c.name, u.nav.Index()+1)
		}
	}
	w.Canvas().Focus(u.nextBtn)
	pressKey(w, fyne.KeySpace)
	if u.nav.Index() != 2 {
		t.Errorf("Space on Next: step %d, want 3", u.nav.Index()+1)
	}
	// The step list keeps Down for itself (it moves in the list).
	u.GoTo(0)
	w.Canvas().Focus(u.stepList)
	pressKey(w, fyne.KeyDown)
	if u.nav.Index() != 0 {
		t.Errorf("Down in the step list stepped the story to %d", u.nav.Index()+1)
	}
	// A text field keeps its arrows.
	e := widget.NewEntry()
	e.SetText("abc")
	w.SetContent(container.NewVBox(u.main, e))
	w.Canvas().Focus(e)
	pressKey(w, fyne.KeyRight)
	if u.nav.Index() != 0 {
		t.Errorf("Right in a text field stepped the story to %d", u.nav.Index()+1)
	}
}

// The first click on a toolbar button the pointer has just reached does
// what the button does: its tooltip, shown on hover, takes no click (a
// tooltip in an overlay took it, and only closed itself).
func TestToolbarClickWithTooltipShown(t *testing.T) {
	u, w := newTestUI(t)
	var help *tipButton
	for _, o := range test.LaidOutObjects(w.Content()) {
		if b, ok := o.(*tipButton); ok && b.Tooltip() == "Keyboard shortcuts" {
			help = b
		}
	}
	if help == nil {
		t.Fatal("no Keyboard shortcuts button")
	}
	help.MouseIn(&desktop.MouseEvent{})
	if u.ux.tips.Shown() == "" {
		t.Fatal("hovering shows no tooltip")
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(help).Add(fyne.NewPos(help.Size().Width/2, help.Size().Height/2))
	test.TapCanvas(w.Canvas(), at)
	if w.Canvas().Overlays().Top() == nil {
		t.Error("the first click on the button with its tooltip shown opened no dialog")
	}
	if u.ux.tips.Shown() != "" {
		t.Error("the tooltip stayed after the click")
	}
}
