package app

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
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
	"github.com/storylens/storylens/internal/safefile"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// ExportOptions is what the export dialog collects.
type ExportOptions struct {
	Dir string
	// Charts: the formats (png, svg, html) of the four charts; none = no charts.
	ChartFormats []string
	Scale        float64
	Width        int // chart size in logical pixels
	Height       int
	// Map writes the map of the current step as map-step-N.png.
	Map bool
	// Slides writes every step as slide-NN.png.
	Slides bool
	Dark   bool
}

// plannedFiles lists the files an export will write (for the overwrite check).
func plannedFiles(opt ExportOptions, steps, current int) []string {
	var out []string
	for _, f := range opt.ChartFormats {
		for _, id := range charts.All {
			out = append(out, filepath.Join(opt.Dir, string(id)+"."+f))
		}
	}
	if opt.Map {
		out = append(out, filepath.Join(opt.Dir, mapFileName(current)))
	}
	if opt.Slides {
		for i := 0; i < steps; i++ {
			out = append(out, filepath.Join(opt.Dir, slideFileName(i, steps)))
		}
	}
	return out
}

func mapFileName(step int) string { return fmt.Sprintf("map-step-%d.png", step+1) }

func slideFileName(i, n int) string {
	w := len(strconv.Itoa(n))
	return fmt.Sprintf("slide-%0*d.png", max(w, 2), i+1)
}

// existing returns the files among paths that exist.
func existing(paths []string) []string {
	var out []string
	for _, p := range paths {
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// ExportSource is what an export reads: a loaded story (never modified
// after loading, so it can be read off the UI thread), its analysis and the
// step whose map is wanted.
type ExportSource struct {
	Story  *story.Story
	Report *analysis.Report
	Step   int
	// Charts is the chart renderer (nil while it starts).
	Charts *charts.Renderer
}

// exportSource captures the current story and step.
func (u *UI) exportSource() ExportSource {
	return ExportSource{Story: u.nav.Story(), Report: u.nav.Report(), Step: u.nav.Index(), Charts: u.charts.renderer}
}

// Export writes what opt asks for, reporting progress (done of total files).
// It never overwrites unless overwrite is true. It is safe to call off the
// UI thread: it only reads the story, which is not modified once loaded.
func (u *UI) Export(src ExportSource, opt ExportOptions, overwrite bool, progress func(done, total int)) ([]string, error) {
	s, rep, step := src.Story, src.Report, src.Step
	if s == nil {
		return nil, errNoStory
	}
	if err := os.MkdirAll(opt.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	total := len(plannedFiles(opt, len(s.Steps), step))
	done := 0
	tick := func() {
		done++
		if progress != nil {
			progress(done, total)
		}
	}
	var written []string
	if len(opt.ChartFormats) > 0 {
		if rep == nil {
			return written, errors.New("export: the analysis is not ready yet")
		}
		base := done
		files, err := exportCharts(src.Charts, rep, s.Title, chartExport{
			Dir: opt.Dir, Formats: opt.ChartFormats, Scale: opt.Scale, Width: opt.Width, Height: opt.Height,
			Dark: opt.Dark, Overwrite: overwrite,
			Progress: func(d, t int) {
				if progress != nil {
					progress(base+d, total)
				}
			},
		})
		written = append(written, files...)
		if err != nil {
			return written, fmt.Errorf("export charts: %w", err)
		}
		done = base + len(opt.ChartFormats)*len(charts.All)
	}
	writePNG := func(name string, render func() (imgBytes []byte, err error)) error {
		b, err := render()
		if err != nil {
			return err
		}
		p := filepath.Join(opt.Dir, name)
		if err := safefile.WriteFile(p, b, safefile.Options{Overwrite: overwrite}); err != nil {
			return err
		}
		written = append(written, p)
		tick()
		return nil
	}
	if opt.Map {
		err := writePNG(mapFileName(step), func() ([]byte, error) {
			img, err := renderMap(s, rep, step, opt.Width, opt.Height, opt.Scale, opt.Dark)
			if err != nil {
				return nil, fmt.Errorf("map of step %d: %w", step+1, err)
			}
			return encodePNG(img)
		})
		if err != nil {
			return written, fmt.Errorf("export map: %w", err)
		}
	}
	if opt.Slides {
		for i := range s.Steps {
			err := writePNG(slideFileName(i, len(s.Steps)), func() ([]byte, error) {
				img, err := Slide(s, rep, i, SlideOptions{Width: 1600, Height: 900, Scale: opt.Scale, Dark: opt.Dark})
				if err != nil {
					return nil, err
				}
				return encodePNG(img)
			})
			if err != nil {
				return written, fmt.Errorf("export slides: %w", err)
			}
		}
	}
	return written, nil
}

func encodePNG(img image.Image) ([]byte, error) {
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
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
	there := existing(plannedFiles(opt, u.nav.Len(), u.nav.Index()))
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
