package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story/edit"
)

// ShowEditStory opens the dialog that edits the story's title and
// description (a draft's title is Storylens' guess, "Draft: <folder>").
func (u *UI) ShowEditStory() {
	if u.doc == nil {
		u.showError(errNoStory)
		return
	}
	s := u.doc.editor.View()
	title := widget.NewEntry()
	title.SetText(s.Title)
	desc := widget.NewMultiLineEntry()
	desc.Wrapping = fyne.TextWrapWord
	desc.SetMinRowsVisible(3)
	desc.SetText(s.Description)
	items := []*widget.FormItem{widget.NewFormItem("Title", title), widget.NewFormItem("Description", desc)}
	d := dialog.NewForm("Edit the story", "Apply", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		if title.Text != s.Title && !u.applyOrExplain(edit.SetTitle{Title: title.Text}) {
			return
		}
		if desc.Text != s.Description {
			u.applyOrExplain(edit.SetDescription{Description: desc.Text})
		}
	}, u.win)
	u.fitDialog(d, fyne.NewSize(560, 280))
	u.storyForm = [2]*widget.Entry{title, desc}
	d.Show()
}
