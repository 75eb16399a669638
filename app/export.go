package app

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/charts"
	"github.com/storylens/storylens/storyview"
)

// exportSource captures the current story and step.
func (u *UI) exportSource() ExportSource {
	return ExportSource{Story: u.nav.Story(), Report: u.nav.Report(), Step: u.nav.Index(), Charts: u.charts.renderer}
}

// Export writes what opt asks for with storyview.Export (the one export path
// of the app and the command line), reporting progress. It is safe to call
// off the UI thread.
func (u *UI) Export(src ExportSource, opt ExportOptions, overwrite bool, progress func(done, total int)) ([]string, error) {
	return storyview.Export(src, opt, overwrite, progress)
}

// ShowExportDialog asks what to export and where, then exports in the
// background with a progress bar, and offers to open the folder.
func (u *UI) ShowExportDialog() {
	if u.nav.Story() == nil {
		u.showError(errNoStory)
		return
	}
	formats := widget.NewCheckGroup(charts.Formats, nil)
	formats.Horizontal = true
	formats.SetSelected([]string{"png"})
	scale := widget.NewRadioGroup([]string{"1", "2", "3"}, nil)
	scale.Horizontal = true
	scale.SetSelected("2")
	size := widget.NewEntry()
	size.SetText("960x560")
	mapCheck := widget.NewCheck(fmt.Sprintf("Map of the current step (%s)", u.nav.Status()), nil)
	mapCheck.SetChecked(true)
	slides := widget.NewCheck(fmt.Sprintf("Every step as a PNG slide (%d slides)", u.nav.Len()), nil)
	dir := widget.NewEntry()
	if home, err := os.UserHomeDir(); err == nil {
		dir.SetText(filepath.Join(home, "Storylens export"))
	}
	browse := widget.NewButton("Choose…", func() {
		dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err == nil && l != nil {
				dir.SetText(l.Path())
			}
		}, u.win).Show()
	})
	form := widget.NewForm(
		widget.NewFormItem("Chart formats", formats),
		widget.NewFormItem("Scale", scale),
		widget.NewFormItem("Size", size),
		widget.NewFormItem("Map", mapCheck),
		widget.NewFormItem("Slides", slides),
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, browse, dir)),
	)
	dialog.NewCustomConfirm("Export", "Export", "Cancel", form, func(ok bool) {
		if !ok {
			return
		}
		w, h, err := charts.ParseSize(size.Text)
		if err != nil {
			u.showError(err)
			return
		}
		sc, _ := strconv.ParseFloat(scale.Selected, 64)
		opt := ExportOptions{Dir: dir.Text, ChartFormats: formats.Selected, Scale: max(sc, 1), Width: w, Height: h,
			Map: mapCheck.Checked, Slides: slides.Checked, Dark: u.dark}
		if strings.TrimSpace(opt.Dir) == "" {
			u.showError(errors.New("choose a folder to export to"))
			return
		}
		u.confirmAndExport(opt)
	}, u.win).Show()
}

// confirmAndExport asks before overwriting, then runs the export.
func (u *UI) confirmAndExport(opt ExportOptions) {
	there := storyview.Existing(storyview.PlannedFiles(opt, u.nav.Len(), u.nav.Index()))
	if len(there) == 0 {
		u.runExport(opt, false)
		return
	}
	names := make([]string, len(there))
	for i, p := range there {
		names[i] = filepath.Base(p)
	}
	msg := fmt.Sprintf("%d file(s) already exist in %s:\n%s\nReplace them?", len(there), opt.Dir, strings.Join(names, ", "))
	dialog.NewConfirm("Replace files?", msg, func(yes bool) {
		if yes {
			u.runExport(opt, true)
		}
	}, u.win).Show()
}

func (u *UI) runExport(opt ExportOptions, overwrite bool) {
	bar := widget.NewProgressBar()
	label := widget.NewLabel("Exporting…")
	prog := dialog.NewCustomWithoutButtons("Exporting", container.NewVBox(label, bar), u.win)
	prog.Show()
	src := u.exportSource()
	go func() {
		files, err := u.Export(src, opt, overwrite, func(done, total int) {
			fyne.Do(func() {
				if total > 0 {
					bar.SetValue(float64(done) / float64(total))
				}
				label.SetText(fmt.Sprintf("Exporting… %d of %d files", done, total))
			})
		})
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				u.showError(fmt.Errorf("%w (%d file(s) written)", err, len(files)))
				return
			}
			msg := widget.NewLabel(fmt.Sprintf("Wrote %d file(s) to %s.", len(files), opt.Dir))
			open := widget.NewButton("Open the folder", func() {
				_ = u.app.OpenURL(&url.URL{Scheme: "file", Path: opt.Dir})
			})
			dialog.NewCustom("Export finished", "Close", container.NewVBox(msg, open), u.win).Show()
		})
	}()
}
