package app

import (
	"errors"
	"fmt"
	"image"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/charts"
	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/storyview"
)

// ExportRequest is what the export dialog asks for.
type ExportRequest struct {
	Dir string
	// Charts to write (any of charts.All) and the formats (png, svg, pdf,
	// html) of each.
	Charts  []charts.ID
	Formats []string
	// Theme is "light", "dark" or "transparent" (light colours, no
	// background), whatever the screen's theme.
	Theme string
	// Width and Height are the size in pixels; Scale the PNG pixel scale.
	Width, Height int
	Scale         float64
	// Title, Subtitle, Notes and Credit are printed on the charts.
	Title, Subtitle, Notes, Credit string
	// Map writes the map of the current step too.
	Map bool
}

// chartWriter writes the charts of an export. The app's is
// chartsWriter, on the charts package's Export; it is an interface so that
// a richer charts API (themes, subtitle, notes, credit line) can be put in
// without touching the dialog.
type chartWriter interface {
	WriteCharts(src ExportSource, req ExportRequest, overwrite bool, progress func(done, total int)) ([]string, error)
	// Preview draws the first chart of req small, as it will be written.
	Preview(src ExportSource, req ExportRequest) (image.Image, error)
}

// chartsWriter writes with charts.Export: the charts chosen, the formats,
// the size, the theme, and the caption (title, subtitle, notes and the
// credit line; a credit the user emptied prints none).
type chartsWriter struct{}

// WriteCharts implements chartWriter.
func (chartsWriter) WriteCharts(src ExportSource, req ExportRequest, overwrite bool, progress func(done, total int)) ([]string, error) {
	if src.Charts == nil {
		return nil, storyview.ErrEngineLoading
	}
	if src.Report == nil {
		return nil, errors.New("the analysis is not ready yet")
	}
	title := req.Title
	if title == "" && src.Story != nil {
		title = src.Story.Title
	}
	files, err := charts.Export(src.Charts, src.Report, title, charts.ExportOptions{
		Dir: req.Dir, Formats: req.Formats, Charts: req.Charts, Scale: req.Scale, Width: req.Width, Height: req.Height,
		Preset: presetFor(req.Width, req.Height),
		Theme:  exportTheme(req.Theme), Caption: req.caption(), NoCredit: req.Credit == "",
		Overwrite: overwrite, Progress: progress,
	})
	if err != nil {
		return files, fmt.Errorf("charts: %w", err)
	}
	return files, nil
}

// exportTheme is the charts theme named by the dialog ("light", "dark",
// "transparent"); light when the name is unknown.
func exportTheme(name string) charts.Theme {
	t, err := charts.ParseTheme(name)
	if err != nil {
		return charts.ThemeLight
	}
	return t
}

// caption is what the request prints on every chart.
func (req ExportRequest) caption() charts.Caption {
	return charts.Caption{Title: req.Title, Subtitle: req.Subtitle, Notes: req.Notes, Credit: req.Credit}
}

// sizePreset is a named export size.
type sizePreset struct {
	Name          string
	Width, Height int
}

// sizePresets are the export sizes offered, and "Custom" (any size
// charts.CheckSize allows). A4 and Letter are landscape at 300 dpi.
var sizePresets = func() []sizePreset {
	var out []sizePreset
	for _, p := range charts.Presets {
		label := p.Label
		if !strings.Contains(label, "×") {
			label = fmt.Sprintf("%s (%d×%d)", label, p.PixelWidth, p.PixelHeight)
		}
		out = append(out, sizePreset{label, p.PixelWidth, p.PixelHeight})
	}
	return append(out, sizePreset{"Custom", 0, 0})
}()

// presetFor names the charts preset of that pixel size ("" for none): a
// print preset is laid out at its paper's size and drawn at 300 dpi, not
// laid out 3,508 pixels wide.
func presetFor(w, h int) string {
	for _, p := range charts.Presets {
		if p.PixelWidth == w && p.PixelHeight == h {
			return p.Name
		}
	}
	return ""
}

// exportThemes are the chart themes offered.
var exportThemes = []string{"light", "dark", "transparent"}

// Preference keys of the export dialog.
const (
	// prefDark is the theme the user chose last (View > Light/dark theme).
	prefDark           = "theme.dark"
	prefExportCharts   = "export.charts"
	prefExportFormats  = "export.formats"
	prefExportTheme    = "export.theme"
	prefExportPreset   = "export.preset"
	prefExportSize     = "export.size"
	prefExportTitle    = "export.title"
	prefExportSubtitle = "export.subtitle"
	prefExportNotes    = "export.notes"
	prefExportCredit   = "export.credit"
	prefExportMap      = "export.map"
	prefExportDir      = "export.dir"
)

// exportForm is the export dialog's widgets (kept for tests).
type exportForm struct {
	charts   *widget.CheckGroup
	formats  *widget.CheckGroup
	theme    *widget.RadioGroup
	preset   *widget.Select
	size     *escEntry
	title    *escEntry
	subtitle *escEntry
	notes    *escEntry
	credit   *escEntry
	mapCheck *widget.Check
	dir      *escEntry
	problem  *widget.Label
	export   *widget.Button
	dialog   *dialog.CustomDialog
	// preview shows the first chart chosen; previewGen drops stale ones.
	preview    *canvas.Image
	previewGen int
}

// hide closes the dialog (Esc in one of its text fields).
func (f *exportForm) hide() {
	if f.dialog != nil {
		f.dialog.Hide()
	}
}

// chartLabel is the name of chart id in the dialog.
func chartLabel(id charts.ID) string {
	if t := chartTitles[id]; t != "" {
		return t
	}
	return string(id)
}

// defaultCredit is the credit line naming the data: "Source: 5 articles,
// 2019–2023 · Storylens".
func (u *UI) defaultCredit() string {
	s := u.nav.Story()
	if s == nil {
		return "Storylens"
	}
	lo, hi := "", ""
	for _, src := range s.Sources {
		if len(src.Date) >= 4 {
			y := src.Date[:4]
			if lo == "" || y < lo {
				lo = y
			}
			if y > hi {
				hi = y
			}
		}
	}
	n := len(s.Sources)
	what := fmt.Sprintf("%d articles", n)
	if n == 1 {
		what = "1 article"
	}
	switch {
	case lo != "" && lo != hi:
		what += ", " + lo + "–" + hi
	case lo != "":
		what += ", " + lo
	}
	return "Source: " + what + " · Storylens"
}

// ShowExport asks what to export (charts, theme, size, texts, formats,
// the map) and where; the settings are remembered. A bad size keeps the
// dialog and every setting, and says what is allowed.
func (u *UI) ShowExport() {
	if u.nav.Story() == nil {
		u.showError(errNoStory)
		return
	}
	prefs := u.app.Preferences()
	f := &exportForm{}
	var chartNames []string
	for _, id := range charts.All {
		chartNames = append(chartNames, chartLabel(id))
	}
	f.charts = widget.NewCheckGroup(chartNames, nil)
	f.charts.Horizontal = true
	f.charts.SetSelected(prefs.StringListWithFallback(prefExportCharts, chartNames))
	f.formats = widget.NewCheckGroup(charts.Formats, nil)
	f.formats.Horizontal = true
	f.formats.SetSelected(prefs.StringListWithFallback(prefExportFormats, []string{"png"}))
	f.theme = widget.NewRadioGroup(exportThemes, nil)
	f.theme.Horizontal = true
	f.theme.Required = true
	defTheme := "light"
	if u.dark {
		defTheme = "dark"
	}
	f.theme.SetSelected(prefs.StringWithFallback(prefExportTheme, defTheme))
	var presetNames []string
	for _, p := range sizePresets {
		presetNames = append(presetNames, p.Name)
	}
	f.size = newEscEntry(f.hide)
	f.size.SetText(prefs.StringWithFallback(prefExportSize, "1200x675"))
	f.preset = widget.NewSelect(presetNames, func(name string) {
		for _, p := range sizePresets {
			if p.Name == name && p.Width > 0 {
				f.size.SetText(fmt.Sprintf("%dx%d", p.Width, p.Height))
			}
		}
		if name == "Custom" {
			f.size.Enable()
		} else {
			f.size.Disable()
		}
	})
	f.preset.SetSelected(prefs.StringWithFallback(prefExportPreset, sizePresets[0].Name))
	f.title = newEscEntry(f.hide)
	f.title.SetPlaceHolder(u.nav.Story().Title)
	f.title.SetText(prefs.String(prefExportTitle))
	f.subtitle = newEscEntry(f.hide)
	f.subtitle.SetText(prefs.String(prefExportSubtitle))
	f.notes = newEscEntry(f.hide)
	f.notes.SetText(prefs.String(prefExportNotes))
	f.credit = newEscEntry(f.hide)
	f.credit.SetText(prefs.StringWithFallback(prefExportCredit, u.defaultCredit()))
	f.mapCheck = widget.NewCheck(fmt.Sprintf("Map of the current step (%s)", u.nav.Status()), nil)
	f.mapCheck.SetChecked(prefs.BoolWithFallback(prefExportMap, true))
	f.dir = newEscEntry(f.hide)
	defDir := ""
	if home, err := os.UserHomeDir(); err == nil {
		defDir = filepath.Join(home, "Storylens export")
	}
	f.dir.SetText(prefs.StringWithFallback(prefExportDir, defDir))
	browse := widget.NewButton("Choose…", func() {
		dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err == nil && l != nil {
				f.dir.SetText(l.Path())
			}
		}, u.win).Show()
	})
	f.problem = widget.NewLabel("")
	f.problem.Wrapping = fyne.TextWrapWord
	f.problem.Importance = widget.DangerImportance
	f.problem.Hide()
	form := widget.NewForm(
		widget.NewFormItem("Charts", f.charts),
		widget.NewFormItem("Theme", f.theme),
		widget.NewFormItem("Size", container.NewGridWithColumns(2, f.preset, f.size)),
		widget.NewFormItem("Title", f.title),
		widget.NewFormItem("Subtitle", f.subtitle),
		widget.NewFormItem("Notes", f.notes),
		widget.NewFormItem("Credit", f.credit),
		widget.NewFormItem("Formats", f.formats),
		widget.NewFormItem("Map", f.mapCheck),
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, browse, f.dir)),
	)
	f.preview = newPreview()
	redraw := func() { u.updatePreview(f) }
	f.charts.OnChanged = func([]string) { redraw() }
	f.theme.OnChanged = func(string) { redraw() }
	f.size.OnChanged = func(string) { redraw() }
	// Beside the form the preview needs a wide window; in a narrow one
	// (a small screen, a large FYNE_SCALE) it goes under the form, the
	// check boxes stack, and the whole scrolls.
	narrow := u.dialogRoom().Width < exportWideFrom
	f.charts.Horizontal, f.formats.Horizontal, f.theme.Horizontal = !narrow, !narrow, !narrow
	var scroll *container.Scroll
	var content fyne.CanvasObject
	if narrow {
		scroll = container.NewVScroll(container.NewVBox(form, f.problem, f.preview))
		content = scroll
	} else {
		scroll = container.NewVScroll(container.NewVBox(form, f.problem))
		content = container.NewBorder(nil, nil, nil, container.NewVBox(f.preview), scroll)
	}
	f.dialog = dialog.NewCustomWithoutButtons("Export", content, u.win)
	cancel := widget.NewButton("Cancel", f.dialog.Hide)
	f.export = widget.NewButton("Export", func() {
		req, err := u.exportRequest(f)
		u.saveExportPrefs(f)
		if err != nil {
			f.problem.SetText(err.Error())
			f.problem.Show()
			return
		}
		f.dialog.Hide()
		u.confirmAndExportRequest(req)
	})
	f.export.Importance = widget.HighImportance
	// Enter in a text field exports, as the highlighted button does.
	for _, e := range []*escEntry{f.size, f.title, f.subtitle, f.notes, f.credit, f.dir} {
		e.OnSubmitted = func(string) { f.export.OnTapped() }
	}
	f.dialog.SetButtons([]fyne.CanvasObject{cancel, f.export})
	u.ux.export = f
	want := scroll.Content.MinSize()
	if !narrow {
		want.Width = max(want.Width, 1100-f.preview.MinSize().Width)
	}
	u.fitScrollDialog(f.dialog, scroll, want)
	f.dialog.Show()
	redraw()
}

// exportWideFrom is the narrowest room (logical pixels) in which the export
// dialog shows its preview beside the form.
const exportWideFrom = 1000

// exportRequest reads the dialog; an error says what to fix and what is
// allowed.
func (u *UI) exportRequest(f *exportForm) (ExportRequest, error) {
	req := ExportRequest{Dir: strings.TrimSpace(f.dir.Text), Formats: f.formats.Selected, Theme: f.theme.Selected,
		Scale: 1, Title: strings.TrimSpace(f.title.Text), Subtitle: strings.TrimSpace(f.subtitle.Text),
		Notes: strings.TrimSpace(f.notes.Text), Credit: strings.TrimSpace(f.credit.Text), Map: f.mapCheck.Checked}
	for _, id := range charts.All {
		for _, name := range f.charts.Selected {
			if name == chartLabel(id) {
				req.Charts = append(req.Charts, id)
			}
		}
	}
	w, h, err := charts.ParseSize(f.size.Text)
	if err != nil {
		return req, fmt.Errorf("%v: choose a preset, or a custom size from %dx%d to %dx%d pixels",
			err, charts.MinWidth, charts.MinHeight, charts.MaxSide, charts.MaxSide)
	}
	req.Width, req.Height = w, h
	if len(req.Charts) > 0 && len(req.Formats) == 0 {
		return req, errors.New("formats: choose at least one of " + strings.Join(charts.Formats, ", ") + " for the charts")
	}
	if len(req.Charts) == 0 && !req.Map {
		return req, errors.New("nothing to export: choose at least one chart, or the map")
	}
	if req.Dir == "" {
		return req, errors.New("folder: choose a folder to export to")
	}
	return req, nil
}

// saveExportPrefs remembers the dialog's settings (Fyne Preferences).
func (u *UI) saveExportPrefs(f *exportForm) {
	p := u.app.Preferences()
	p.SetStringList(prefExportCharts, f.charts.Selected)
	p.SetStringList(prefExportFormats, f.formats.Selected)
	p.SetString(prefExportTheme, f.theme.Selected)
	p.SetString(prefExportPreset, f.preset.Selected)
	p.SetString(prefExportSize, f.size.Text)
	p.SetString(prefExportTitle, f.title.Text)
	p.SetString(prefExportSubtitle, f.subtitle.Text)
	p.SetString(prefExportNotes, f.notes.Text)
	p.SetString(prefExportCredit, f.credit.Text)
	p.SetBool(prefExportMap, f.mapCheck.Checked)
	p.SetString(prefExportDir, f.dir.Text)
}

// requestFiles lists the files an export request writes.
func requestFiles(req ExportRequest, step int) []string {
	var out []string
	for _, id := range req.Charts {
		for _, f := range req.Formats {
			out = append(out, filepath.Join(req.Dir, string(id)+"."+f))
		}
	}
	if req.Map {
		out = append(out, filepath.Join(req.Dir, storyview.MapFileName(step)))
	}
	return out
}

// confirmAndExportRequest asks before replacing files, then exports.
func (u *UI) confirmAndExportRequest(req ExportRequest) {
	there := storyview.Existing(requestFiles(req, u.nav.Index()))
	if len(there) == 0 {
		u.runExportRequest(req, false)
		return
	}
	names := make([]string, len(there))
	for i, p := range there {
		names[i] = filepath.Base(p)
	}
	msg := fmt.Sprintf("%s in %s would be replaced:\n%s\nReplace?", lexicon.Count(len(there), "file"), req.Dir, strings.Join(names, ", "))
	dialog.NewConfirm("Replace files?", msg, func(yes bool) {
		if yes {
			u.runExportRequest(req, true)
		}
	}, u.win).Show()
}

// writeRequest writes an export request: the charts through exportWriter,
// then the map. It may run off the UI thread.
func (u *UI) writeRequest(src ExportSource, req ExportRequest, overwrite bool, progress func(done, total int)) ([]string, error) {
	if err := os.MkdirAll(req.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	total := len(requestFiles(req, src.Step))
	var written []string
	if len(req.Charts) > 0 {
		files, err := u.exportWriter.WriteCharts(src, req, overwrite, func(d, _ int) {
			if progress != nil {
				progress(d, total)
			}
		})
		written = append(written, files...)
		if err != nil {
			return written, fmt.Errorf("export charts: %w", err)
		}
	}
	if req.Map {
		files, err := u.Export(src, ExportOptions{Dir: req.Dir, Map: true, Width: req.Width, Height: req.Height,
			Scale: max(req.Scale, 1), Dark: req.Theme == "dark", MapTitle: req.Title, MapSubtitle: req.Subtitle}, overwrite, nil)
		written = append(written, files...)
		if err != nil {
			return written, err
		}
		if progress != nil {
			progress(total, total)
		}
	}
	return written, nil
}

// runExportRequest exports in the background with a progress bar.
func (u *UI) runExportRequest(req ExportRequest, overwrite bool) {
	bar := widget.NewProgressBar()
	label := widget.NewLabel("Exporting…")
	prog := dialog.NewCustomWithoutButtons("Exporting", container.NewVBox(label, bar), u.win)
	prog.Show()
	src := u.exportSource()
	u.goBackground(func() {
		files, err := u.writeRequest(src, req, overwrite, func(done, total int) {
			fyne.Do(func() {
				if total > 0 {
					bar.SetValue(float64(done) / float64(total))
				}
				label.SetText(fmt.Sprintf("Exporting… %d of %d files", done, total))
			})
		})
		fyne.Do(func() {
			prog.Hide()
			u.ux.lastExport, u.ux.lastExportErr = files, err
			if err != nil {
				u.showError(fmt.Errorf("%w (%s written)", err, lexicon.Count(len(files), "file")))
				return
			}
			msg := widget.NewLabel(fmt.Sprintf("Wrote %s to %s.", lexicon.Count(len(files), "file"), req.Dir))
			open := widget.NewButton("Open the folder", func() {
				_ = u.app.OpenURL(&url.URL{Scheme: "file", Path: req.Dir})
			})
			dialog.NewCustom("Export finished", "Close", container.NewVBox(msg, open), u.win).Show()
		})
	})
}
