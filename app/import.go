package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/storylens/storylens/internal/limitread"
	"github.com/storylens/storylens/interop/storymapjs"
	"github.com/storylens/storylens/story"
)

// ShowImportStoryMapJSDialog asks for a Knight Lab StoryMapJS JSON file,
// turns it into a Storylens package in a new folder beside it, reports what
// the import kept or changed, and opens the new story. The JSON file itself
// is never modified, and no existing folder is ever written into.
func (u *UI) ShowImportStoryMapJSDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		u.setLoading("import", "Importing "+filepath.Base(path)+"…")
		go func() {
			dir, notes, err := importStoryMapJS(path)
			fyne.Do(func() {
				u.setLoading("import", "")
				if err != nil {
					u.showError(err)
					return
				}
				msg := "Imported into " + dir
				if len(notes) > 0 {
					msg += "\n\n" + strings.Join(notes, "\n")
				}
				dialog.ShowInformation("StoryMapJS import", msg, u.win)
				u.Open(dir)
			})
		}()
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	d.Show()
}

// importStoryMapJS converts the StoryMapJS file at path into a story package
// written to a new folder beside it ("<name> (Storylens)", numbered when
// that exists) and returns the folder and the import's notes.
func importStoryMapJS(path string) (string, []string, error) {
	data, err := limitread.File(path, storymapjs.MaxSize)
	if err != nil {
		return "", nil, err
	}
	s, report, err := storymapjs.Import(data, filepath.Base(path))
	if err != nil {
		return "", nil, err
	}
	base := strings.TrimSuffix(path, filepath.Ext(path)) + " (Storylens)"
	dir := base
	for n := 2; ; n++ {
		if _, err := os.Lstat(dir); os.IsNotExist(err) {
			break
		}
		dir = fmt.Sprintf("%s %d", base, n)
	}
	if err := story.WritePackage(s, dir); err != nil {
		return "", nil, err
	}
	return dir, report.Lines(), nil
}
