package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/internal/safefile"
	"github.com/storylens/storylens/interop/storymapjs"
	"github.com/storylens/storylens/interop/tables"
	"github.com/storylens/storylens/storyview"
)

// dataExportMenu is File > Export data: GeoJSON, CSV and StoryMapJS, as
// `storylens export geojson|csv|storymapjs` write them.
func (u *UI) dataExportMenu() *fyne.MenuItem {
	it := fyne.NewMenuItem("Export data", nil)
	it.ChildMenu = fyne.NewMenu("Export data",
		fyne.NewMenuItem("GeoJSON (places and routes)…", func() { u.askSaveFile("story.geojson", ".geojson", u.ExportGeoJSON) }),
		fyne.NewMenuItem("CSV tables…", u.askCSVFolder),
		fyne.NewMenuItem("StoryMapJS…", func() { u.askSaveFile("storymap.json", ".json", u.ExportStoryMapJS) }),
	)
	return it
}

// ExportGeoJSON writes the story's places and routes as GeoJSON to path
// (atomically; an existing file is replaced only when overwrite).
func (u *UI) ExportGeoJSON(path string, overwrite bool) error {
	s, rep := u.nav.Story(), u.nav.Report()
	if s == nil || rep == nil {
		return errNoStory
	}
	b, err := tables.GeoJSON(s, rep)
	if err != nil {
		return fmt.Errorf("GeoJSON: %w", err)
	}
	if err := safefile.WriteFile(path, b, safefile.Options{Overwrite: overwrite}); err != nil {
		return fmt.Errorf("GeoJSON: %w", err)
	}
	return nil
}

// ExportStoryMapJS writes the story as a StoryMapJS JSON file to path.
func (u *UI) ExportStoryMapJS(path string, overwrite bool) error {
	s := u.nav.Story()
	if s == nil {
		return errNoStory
	}
	b, err := storymapjs.Export(s)
	if err != nil {
		return fmt.Errorf("StoryMapJS: %w", err)
	}
	if err := safefile.WriteFile(path, b, safefile.Options{Overwrite: overwrite}); err != nil {
		return fmt.Errorf("StoryMapJS: %w", err)
	}
	return nil
}

// ExportCSV writes the CSV tables into dir and returns their paths.
func (u *UI) ExportCSV(dir string, overwrite bool) ([]string, error) {
	s, rep := u.nav.Story(), u.nav.Report()
	if s == nil || rep == nil {
		return nil, errNoStory
	}
	files, err := tables.WriteCSV(dir, s, rep, overwrite)
	if err != nil {
		return files, fmt.Errorf("CSV: %w", err)
	}
	return files, nil
}

// askSaveFile asks where to save name (ext), asks before replacing a file,
// and writes it with write.
func (u *UI) askSaveFile(name, ext string, write func(path string, overwrite bool) error) {
	if u.nav.Story() == nil {
		u.showError(errNoStory)
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		// Fyne's save dialog creates the file; it is written again
		// atomically, so it counts as ours to replace.
		_ = w.Close()
		if !strings.HasSuffix(strings.ToLower(path), ext) {
			path += ext
		}
		if err := write(path, true); err != nil {
			u.showError(err)
			return
		}
		dialog.ShowInformation("Exported", "Wrote "+path+".", u.win)
	}, u.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.Show()
}

// askCSVFolder asks for a folder and writes the CSV tables into it, asking
// before replacing them.
func (u *UI) askCSVFolder() {
	if u.nav.Story() == nil {
		u.showError(errNoStory)
		return
	}
	dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil || l == nil {
			if err != nil {
				u.showError(err)
			}
			return
		}
		dir := l.Path()
		var planned []string
		for _, n := range tables.CSVFiles {
			planned = append(planned, filepath.Join(dir, n))
		}
		write := func(overwrite bool) {
			files, err := u.ExportCSV(dir, overwrite)
			if err != nil {
				u.showError(err)
				return
			}
			dialog.ShowInformation("Exported", fmt.Sprintf("Wrote %s to %s.", lexicon.Count(len(files), "CSV file"), dir), u.win)
		}
		if there := storyview.Existing(planned); len(there) > 0 {
			dialog.NewConfirm("Replace files?", fmt.Sprintf("%s in %s would be replaced. Replace?", lexicon.Count(len(there), "CSV file"), dir),
				func(yes bool) {
					if yes {
						write(true)
					}
				}, u.win).Show()
			return
		}
		write(false)
	}, u.win).Show()
}
