package app

import (
	"errors"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
	"github.com/storylens/storylens/story/edit"
)

// document is the story the window shows and edits: an editor over the
// resolved story of the last load, where it came from, and whether Save may
// write there.
type document struct {
	// path is what was opened: a package folder, a folder of articles, a
	// .zip, or "" for the bundled story.
	path string
	// inPlace is true when path is a story package folder that Save may
	// rewrite, or a .zip the story was saved to (Save replaces it); a
	// draft, a .zip opened and the bundled story go through Save As.
	inPlace bool
	// editor holds the story as edited, with undo.
	editor *edit.Editor
	// base is the analysis of the story as it was opened; the panels show
	// reportFor(editor.View(), base).
	base *analysis.Report
	// recovered is true when the story came from a recovery copy: it has
	// unsaved changes until it is saved.
	recovered bool
	// articles is the user's folder of articles a draft was built from
	// (never written into), or "".
	articles string
	// claims makes the shown claims follow claim edits.
	claims *claimCache
}

// newDocument starts editing s, opened from path.
func newDocument(path string, s *story.Story, base *analysis.Report) *document {
	d := &document{path: path, inPlace: isPackageFolder(path, s), editor: edit.New(s), base: base}
	d.claims = newClaimCache(d.editor.View())
	if s != nil && s.Draft {
		d.articles = path
	}
	return d
}

// report is the analysis adapted to the story as edited (reportFor), its
// claims following the claim edits (claimCache).
func (d *document) report() *analysis.Report {
	s := d.editor.View()
	rep := reportFor(s, d.base)
	if rep != d.base {
		d.claims.apply(s, rep)
	}
	return rep
}

// isPackageFolder reports whether path is a folder holding a story package
// (story.json), as opposed to a folder of articles (a draft), a .zip or the
// bundled story.
func isPackageFolder(path string, s *story.Story) bool {
	if path == "" || s == nil || s.Draft {
		return false
	}
	fi, err := os.Stat(path)
	if err != nil || !fi.IsDir() {
		return false
	}
	_, err = os.Stat(filepath.Join(path, story.StoryFile))
	return err == nil
}

// dirty reports whether the story has changes not saved.
func (d *document) dirty() bool { return d != nil && (d.recovered || d.editor.Dirty()) }

// Dirty reports whether the open story has unsaved changes.
func (u *UI) Dirty() bool { return u.doc.dirty() }

// Editor returns the editor of the open story (nil before one loads).
func (u *UI) Editor() *edit.Editor {
	if u.doc == nil {
		return nil
	}
	return u.doc.editor
}

// Apply applies op to the open story and redraws every panel. A refused
// operation changes nothing and returns the editor's *edit.Error.
func (u *UI) Apply(op edit.Op) error {
	if u.doc == nil {
		return errNoStory
	}
	if err := u.doc.editor.Apply(op); err != nil {
		return err
	}
	u.edited()
	return nil
}

// Undo takes back the last edit; false when there is none.
func (u *UI) Undo() bool {
	if u.doc == nil || !u.doc.editor.Undo() {
		return false
	}
	u.edited()
	return true
}

// Redo applies the last undone edit again; false when there is none.
func (u *UI) Redo() bool {
	if u.doc == nil || !u.doc.editor.Redo() {
		return false
	}
	u.edited()
	return true
}

// edited shows the editor's story after an Apply, Undo or Redo: the step
// list and text, the map, the charts and the evidence, on the same step
// (clamped) and with the same selection (while it exists) as before.
func (u *UI) edited() {
	s := u.doc.editor.View()
	rep := u.doc.report()
	step, sel := u.nav.Index(), u.nav.Selection()
	u.nav = NewNav(s, rep)
	u.nav.GoTo(step)
	// Keep the selection while what it names is still there.
	if sel.Kind == SelSource || (sel.Kind == SelPlace && s.PlaceByID(sel.ID) != nil) ||
		(sel.Kind == SelClaim && u.nav.ClaimReport(sel.ID) != nil) {
		u.nav.Select(sel)
	}
	cam := u.mp.Camera()
	u.mp.UpdateStory(s, rep)
	u.stepList.Refresh()
	u.updateFigures() // a renamed or moved place changes the figures
	u.stepChanged()
	// ShowStep flew to the step's view; a step with no camera of its own
	// keeps the user's view, at once (no flight after each edit).
	if st := u.nav.Current(); st != nil && st.Camera == nil {
		u.mp.SetCamera(cam)
	}
	u.updateTitle()
	u.updateEditMenu()
	u.refreshOpenForms()
}

// updateTitle shows the story's title in the window title, with "• " in
// front when it has unsaved changes: "• Story title — Storylens".
func (u *UI) updateTitle() {
	if u.doc == nil {
		u.win.SetTitle("Storylens")
		return
	}
	s := u.doc.editor.View()
	title := s.Title
	if title == "" {
		title = s.Origin
	}
	if title == "" {
		title = "Untitled story"
	}
	mark := ""
	if u.doc.dirty() {
		mark = "• "
	}
	u.win.SetTitle(mark + title + " — Storylens")
}

// showRefusal explains a refused edit; when the editor offers a fix, the
// dialog offers to apply it instead.
func (u *UI) showRefusal(err error) {
	var refused *edit.Error
	if !errors.As(err, &refused) || refused.Fix == nil {
		u.lastRefusal = err.Error()
		u.lastFix = nil
		u.showError(err)
		return
	}
	u.lastRefusal = refused.Msg
	u.lastFix = refused.Fix
	hint := refused.Hint
	if hint == "" {
		hint = "Do this instead: " + refused.Fix.Describe() + "?"
	}
	msg := refused.Msg + "\n\n" + capitalize(hint)
	u.confirm("Cannot "+refused.Op.Describe(), msg, capitalize(refused.Fix.Describe()), func() {
		if err := u.Apply(refused.Fix); err != nil {
			u.showRefusal(err)
		}
	})
}

// capitalize upper-cases the first letter of an ASCII sentence.
func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// applyOrExplain applies op and explains a refusal; it reports success.
func (u *UI) applyOrExplain(op edit.Op) bool {
	if err := u.Apply(op); err != nil {
		u.showRefusal(err)
		return false
	}
	return true
}

// shortcut registers f for Ctrl+key (Cmd on macOS), with Shift when shift.
func (u *UI) shortcut(key fyne.KeyName, shift bool, f func()) *desktop.CustomShortcut {
	mod := fyne.KeyModifierShortcutDefault
	if shift {
		mod |= fyne.KeyModifierShift
	}
	sc := &desktop.CustomShortcut{KeyName: key, Modifier: mod}
	u.win.Canvas().AddShortcut(sc, func(fyne.Shortcut) { u.unlessDialog(f) })
	return sc
}

// placeMoved applies a marker dragged on the map: the place moves there
// (exact from now on, edit.MovePlace), undoable like every edit.
func (u *UI) placeMoved(id string, lon, lat float64) {
	if u.doc == nil {
		return
	}
	u.applyOrExplain(edit.MovePlace{ID: id, Lon: lon, Lat: lat})
}
