package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
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
	if first.popup == nil || !first.popup.Visible() {
		t.Error("hovering shows no tooltip")
	}
	first.MouseOut()
	if first.popup.Visible() {
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
