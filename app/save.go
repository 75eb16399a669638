package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"github.com/storylens/storylens/internal/lexicon"
)

// Save writes the story to the package folder it was opened from. A draft,
// a .zip or the bundled story has none: Save then asks for a new folder
// (Save As).
func (u *UI) Save() {
	if u.doc == nil {
		u.showError(errNoStory)
		return
	}
	if !u.doc.inPlace {
		u.ShowSaveAs(nil)
		return
	}
	if err := u.SaveTo(u.doc.path); err != nil {
		u.showSaveError(err)
	}
}

// SaveTo writes the story to dir: the package it came from rewritten in
// place when dir is that package (see saveInPlace), a .zip package when dir
// ends in .zip (replacing it only when it is the zip the story was last
// saved to), else a new package in dir, which must be absent or empty. After a save the story has no unsaved
// changes, its recovery copy is removed, and Save writes to dir.
func (u *UI) SaveTo(dir string) error {
	if u.doc == nil {
		return errNoStory
	}
	s := u.doc.editor.View()
	var err error
	same := u.doc.inPlace && samePath(dir, u.doc.path)
	switch {
	case isZipName(dir):
		err = saveZip(s, dir, same, u.doc.articles)
	case same:
		err = saveInPlace(s, dir)
	default:
		err = saveNewPackage(s, dir, u.doc.articles)
	}
	if err != nil {
		return err
	}
	removeRecovery(recoveryDirFor(u.doc.path))
	u.doc.editor.MarkSaved()
	u.doc.recovered = false
	u.doc.path = dir
	u.doc.inPlace = true
	u.updateTitle()
	u.status.SetText("Saved to " + dir)
	u.addRecent(dir)
	return nil
}

// samePath reports whether a and b name the same folder.
func samePath(a, b string) bool {
	if a == b {
		return true
	}
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// showSaveError shows why a save failed: the story's errors in a list, or
// the write's error.
func (u *UI) showSaveError(err error) {
	u.lastSaveError = err
	var pe *ProblemsError
	if !errors.As(err, &pe) {
		u.showError(err)
		return
	}
	text := widget.NewLabel(strings.Join(pe.Problems, "\n"))
	text.Wrapping = fyne.TextWrapWord
	text.Selectable = true
	scroll := container.NewVScroll(text)
	head := widget.NewLabel(fmt.Sprintf("The story has %s; nothing was written. Fix them and save again.", lexicon.Count(len(pe.Problems), "error")))
	head.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("The story was not saved", "Close", container.NewBorder(head, nil, nil, nil, scroll), u.win)
	u.fitScrollDialog(d, scroll, fyne.NewSize(560, 200))
	d.Show()
}

// defaultSaveLocation proposes where Save As writes: beside the folder or
// .zip the story came from (never inside a folder of articles), named after
// it; for the bundled story, the home folder.
func (u *UI) defaultSaveLocation() (parent, name string) {
	name = "Story (Storylens)"
	if u.doc != nil && u.doc.editor.View().Title != "" {
		name = safeFolderName(u.doc.editor.View().Title)
	}
	parent, _ = os.UserHomeDir()
	if u.doc != nil && u.doc.path != "" {
		if abs, err := filepath.Abs(u.doc.path); err == nil {
			parent = filepath.Dir(abs)
			base := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
			name = base + " (Storylens)"
		}
	}
	base := name
	for n := 2; n < 1000; n++ {
		if _, err := os.Lstat(filepath.Join(parent, name)); os.IsNotExist(err) {
			break
		}
		name = fmt.Sprintf("%s %d", base, n)
	}
	return parent, name
}

// safeFolderName turns a title into a folder name: no path separators,
// control characters or characters file systems refuse, at most 60
// characters.
func safeFolderName(title string) string {
	r := strings.NewReplacer("/", "-", "\\", "-", ":", "-", "*", "", "?", "", "\"", "", "<", "", ">", "", "|", "")
	name := strings.Map(func(c rune) rune {
		if c < 0x20 || c == 0x7f || c == utf8.RuneError {
			return -1 // control characters and invalid bytes
		}
		return c
	}, r.Replace(title))
	name = strings.TrimSpace(name)
	if rs := []rune(name); len(rs) > 60 {
		name = strings.TrimSpace(string(rs[:60]))
	}
	name = strings.Trim(name, ".")
	if name == "" {
		name = "Story"
	}
	return name
}

// ShowSaveAs asks for a new folder (a location and a name) and saves the
// story there as a package; after, when set, runs once the save succeeded.
func (u *UI) ShowSaveAs(after func()) {
	if u.doc == nil {
		u.showError(errNoStory)
		return
	}
	u.saveAsShown++
	parent, name := u.defaultSaveLocation()
	loc := widget.NewLabel(parent)
	loc.Truncation = fyne.TextTruncateEllipsis
	nameEntry := widget.NewEntry()
	nameEntry.SetText(name)
	choose := widget.NewButton("Choose…", func() {
		d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err != nil {
				u.showError(err)
				return
			}
			if l != nil {
				parent = l.Path()
				loc.SetText(parent)
			}
		}, u.win)
		d.Show()
	})
	note := widget.NewLabel("Storylens writes a new folder with story.json, the articles (unchanged) and the places, routes and claims; " +
		"a name ending in .zip writes them into one .zip file instead.")
	note.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem("In", container.NewBorder(nil, nil, nil, choose, loc)),
		widget.NewFormItem("Folder or .zip name", nameEntry),
	)
	content := container.NewVBox(note, form)
	var d *dialog.CustomDialog
	save := widget.NewButton("Save", func() {
		n := strings.TrimSpace(nameEntry.Text)
		if n == "" || strings.ContainsAny(n, `/\`) || n == "." || n == ".." {
			u.showError(fmt.Errorf("save as: %q is not a folder name", n))
			return
		}
		if err := u.SaveTo(filepath.Join(parent, n)); err != nil {
			u.showSaveError(err)
			return
		}
		d.Hide()
		if after != nil {
			after()
		}
	})
	save.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Save the story as a new package", content, u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, save})
	u.fitDialog(d, fyne.NewSize(620, 260))
	u.saveAsDialog = d
	d.Show()
}

// confirmUnsaved runs then at once when the story has no unsaved changes;
// otherwise it asks first: Save (then continue once saved), Discard (drop
// the changes and their recovery copy, then continue) or Cancel.
func (u *UI) confirmUnsaved(then func()) {
	if !u.doc.dirty() {
		then()
		return
	}
	title := u.doc.editor.View().Title
	if title == "" {
		title = "the story"
	}
	msg := widget.NewLabel(fmt.Sprintf("“%s” has unsaved changes. Save them first?", title))
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	saveBtn := widget.NewButton("Save", func() {
		d.Hide()
		if u.doc.inPlace {
			if err := u.SaveTo(u.doc.path); err != nil {
				u.showSaveError(err)
				return
			}
			then()
			return
		}
		u.ShowSaveAs(then)
	})
	saveBtn.Importance = widget.HighImportance
	discard := widget.NewButton("Discard", func() {
		d.Hide()
		removeRecovery(recoveryDirFor(u.doc.path))
		u.doc.recovered = false
		u.doc.editor.MarkSaved()
		then()
	})
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Unsaved changes", msg, u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, saveBtn})
	u.fitDialog(d, fyne.NewSize(460, 160))
	u.unsavedDialog = d
	d.Show()
}

// Quit closes the app, asking first about unsaved changes.
func (u *UI) Quit() {
	u.confirmUnsaved(func() {
		u.stopRecovery()
		u.app.Quit()
	})
}
