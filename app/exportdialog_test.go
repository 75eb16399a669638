package app

import (
	"image"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/storylens/storylens/charts"
)

// fakeCharts records the chart export requests and writes one empty file
// per chart and format.
type fakeCharts struct {
	reqs     []ExportRequest
	previews []ExportRequest
}

func (f *fakeCharts) Preview(src ExportSource, req ExportRequest) (image.Image, error) {
	f.previews = append(f.previews, req)
	return image.NewRGBA(image.Rect(0, 0, req.Width/10, req.Height/10)), nil
}

func (f *fakeCharts) WriteCharts(src ExportSource, req ExportRequest, overwrite bool, progress func(done, total int)) ([]string, error) {
	f.reqs = append(f.reqs, req)
	var out []string
	for _, id := range req.Charts {
		for _, ft := range req.Formats {
			p := filepath.Join(req.Dir, string(id)+"."+ft)
			if err := os.WriteFile(p, nil, 0o644); err != nil {
				return out, err
			}
			out = append(out, p)
		}
	}
	return out, nil
}

// useFakeCharts makes u's exports write through a fake chart writer.
func useFakeCharts(u *UI) *fakeCharts {
	f := &fakeCharts{}
	u.exportWriter = f
	return f
}

func TestExportDialog(t *testing.T) {
	u, w := newTestUI(t)
	fake := useFakeCharts(u)
	dir := t.TempDir()
	u.ShowExport()
	f := u.ux.export
	if f == nil || w.Canvas().Overlays().Top() == nil {
		t.Fatal("no export dialog")
	}
	if !strings.HasPrefix(f.credit.Text, "Source: 2 articles, 2019–2023 · Storylens") {
		t.Errorf("default credit %q", f.credit.Text)
	}
	// Presets fill the size; Custom lets it be typed.
	f.preset.SetSelected("Slide 1920×1080")
	if f.size.Text != "1920x1080" || !f.size.Disabled() {
		t.Errorf("slide preset: size %q disabled %v", f.size.Text, f.size.Disabled())
	}
	f.preset.SetSelected("Print A4 landscape, 300 dpi (3508×2480)")
	if f.size.Text != "3508x2480" {
		t.Errorf("A4 preset: %q", f.size.Text)
	}
	f.preset.SetSelected("Custom")
	if f.size.Disabled() {
		t.Error("custom size is not editable")
	}
	// A bad size keeps the dialog and every setting, and says what is allowed.
	f.charts.SetSelected([]string{"Claims", "Places"})
	f.formats.SetSelected([]string{"svg", "pdf"})
	f.theme.SetSelected("transparent")
	f.title.SetText("My title")
	f.subtitle.SetText("My subtitle")
	f.notes.SetText("Counted by hand")
	f.mapCheck.SetChecked(false)
	f.dir.SetText(dir)
	f.size.SetText("100x50")
	test.Tap(f.export)
	if !f.problem.Visible() || !strings.Contains(f.problem.Text, "200x150 to 8000x8000") {
		t.Errorf("bad size message %q (visible %v)", f.problem.Text, f.problem.Visible())
	}
	if w.Canvas().Overlays().Top() == nil || f.title.Text != "My title" || f.theme.Selected != "transparent" {
		t.Error("a bad size closed the dialog or lost a setting")
	}
	if len(fake.reqs) != 0 {
		t.Error("exported with a bad size")
	}
	// A good size exports what was chosen.
	f.size.SetText("800x600")
	test.Tap(f.export)
	if len(fake.reqs) != 1 {
		t.Fatalf("%d exports", len(fake.reqs))
	}
	got := fake.reqs[0]
	want := ExportRequest{Dir: dir, Charts: []charts.ID{charts.ClaimFrequency, charts.Places}, Formats: []string{"svg", "pdf"},
		Theme: "transparent", Width: 800, Height: 600, Scale: 1, Title: "My title", Subtitle: "My subtitle",
		Notes: "Counted by hand", Credit: f.credit.Text}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("request\n%+v\nwant\n%+v", got, want)
	}
	if u.ux.lastExportErr != nil || len(u.ux.lastExport) != 4 {
		t.Errorf("export wrote %v, %v", u.ux.lastExport, u.ux.lastExportErr)
	}
	// The settings are remembered by the next dialog.
	dismissAll(w)
	u.ShowExport()
	g := u.ux.export
	if g.title.Text != "My title" || g.theme.Selected != "transparent" || g.size.Text != "800x600" ||
		!reflect.DeepEqual(g.formats.Selected, []string{"svg", "pdf"}) || !reflect.DeepEqual(g.charts.Selected, []string{"Claims", "Places"}) ||
		g.preset.Selected != "Custom" || g.mapCheck.Checked || g.dir.Text != dir {
		t.Errorf("settings not remembered: %q %q %q %v %v %q map %v", g.title.Text, g.theme.Selected, g.size.Text,
			g.formats.Selected, g.charts.Selected, g.preset.Selected, g.mapCheck.Checked)
	}
}

// TestExportDialogMap exports the map alone with the real renderer.
func TestExportDialogMap(t *testing.T) {
	u, w := newTestUI(t)
	useFakeCharts(u)
	dir := t.TempDir()
	u.ShowExport()
	f := u.ux.export
	f.charts.SetSelected(nil)
	f.mapCheck.SetChecked(true)
	f.preset.SetSelected("Custom")
	f.size.SetText("400x300")
	f.dir.SetText(dir)
	test.Tap(f.export)
	if u.ux.lastExportErr != nil || len(u.ux.lastExport) != 1 || filepath.Base(u.ux.lastExport[0]) != "map-step-1.png" {
		t.Fatalf("map export: %v %v", u.ux.lastExport, u.ux.lastExportErr)
	}
	// Again: the file exists, so the dialog asks before replacing it.
	dismissAll(w)
	u.ShowExport()
	test.Tap(u.ux.export.export)
	if top := w.Canvas().Overlays().Top(); top == nil || dialogButton(top, true) == nil {
		t.Fatal("no replace question")
	}
}

// dismissAll closes every dialog.
func dismissAll(w fyne.Window) {
	for w.Canvas().Overlays().Top() != nil {
		w.Canvas().Overlays().Top().Hide()
	}
}

func TestDataExports(t *testing.T) {
	u, _ := newTestUI(t)
	dir := t.TempDir()
	gj := filepath.Join(dir, "s.geojson")
	if err := u.ExportGeoJSON(gj, false); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(gj); !strings.Contains(string(b), `"FeatureCollection"`) || !strings.Contains(string(b), "Vladivostok") {
		t.Errorf("GeoJSON: %.200s", b)
	}
	if err := u.ExportGeoJSON(gj, false); err == nil {
		t.Error("GeoJSON replaced a file without asking")
	}
	sm := filepath.Join(dir, "s.json")
	if err := u.ExportStoryMapJS(sm, false); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(sm); !strings.Contains(string(b), "storymap") {
		t.Errorf("StoryMapJS: %.200s", b)
	}
	files, err := u.ExportCSV(dir, false)
	if err != nil || len(files) == 0 {
		t.Fatalf("CSV: %v %v", files, err)
	}
}

// TestThemeRemembered: the theme chosen is the next window's.
func TestThemeRemembered(t *testing.T) {
	u, _ := newTestUI(t)
	u.SetDark(true)
	w2 := test.NewTempWindow(t, nil)
	if v := NewUI(u.app, w2, Config{}, testOpts...); !v.dark {
		t.Error("the dark theme was not remembered")
	}
	u.SetDark(false)
	if v := NewUI(u.app, test.NewTempWindow(t, nil), Config{}, testOpts...); v.dark {
		t.Error("the light theme was not remembered")
	}
}

// TestExportEnterInEntry: Enter in a text field of the export dialog
// exports like the Export button.
func TestExportEnterInEntry(t *testing.T) {
	u, _ := newTestUI(t)
	fake := useFakeCharts(u)
	u.ShowExport()
	f := u.ux.export
	f.mapCheck.SetChecked(false)
	f.preset.SetSelected("Web 1200×675")
	f.dir.SetText(t.TempDir())
	f.title.OnSubmitted(f.title.Text)
	if len(fake.reqs) != 1 || fake.reqs[0].Width != 1200 {
		t.Errorf("Enter in the title: %+v", fake.reqs)
	}
}

// TestExportEscInEntry: Esc in a focused text field closes the dialog.
func TestExportEscInEntry(t *testing.T) {
	u, w := newTestUI(t)
	u.ShowExport()
	f := u.ux.export
	w.Canvas().Focus(f.title)
	f.title.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.Canvas().Overlays().Top() != nil {
		t.Error("Esc in the title field left the dialog open")
	}
	u.ShowExport()
	f = u.ux.export
	f.title.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) // other keys edit as usual
	if w.Canvas().Overlays().Top() == nil {
		t.Error("Left in the title field closed the dialog")
	}
}

// TestExportPreview: the preview follows the charts, theme and size chosen;
// a bad size keeps the last preview.
func TestExportPreview(t *testing.T) {
	u, _ := newTestUI(t)
	fake := useFakeCharts(u)
	u.ShowExport()
	f := u.ux.export
	if len(fake.previews) == 0 || f.preview.Image == nil {
		t.Fatal("no preview when the dialog opens")
	}
	f.charts.SetSelected([]string{"Coverage"})
	f.theme.SetSelected("dark")
	f.preset.SetSelected("Slide 1920×1080")
	last := fake.previews[len(fake.previews)-1]
	if last.Charts[0] != charts.SourceCoverage || last.Theme != "dark" || last.Width != 1920 {
		t.Errorf("preview of %+v", last)
	}
	if b := f.preview.Image.Bounds(); b.Dx() != 192 {
		t.Errorf("preview image %v", b)
	}
	n := len(fake.previews)
	f.preset.SetSelected("Custom")
	f.size.SetText("10x10")
	if len(fake.previews) != n || f.preview.Image == nil {
		t.Errorf("a bad size redrew or dropped the preview")
	}
}
