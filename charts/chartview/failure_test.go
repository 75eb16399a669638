package chartview

import (
	"errors"
	"fmt"
	"image"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/storylens/storylens/charts"
)

// waitStatus waits until the status text holds want and returns it.
func waitStatus(t *testing.T, v *View, want string) string {
	t.Helper()
	var txt string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		var vis bool
		fyne.DoAndWait(func() { txt, vis = v.status.Text, v.status.Visible() })
		if vis && strings.Contains(txt, want) {
			return txt
		}
	}
	t.Fatalf("status %q, want %q", txt, want)
	return ""
}

// TestViewSaysWhichChartFailedAndWhatToDo: a chart the engine fails on
// shows which chart, what failed and what to do, not a placeholder.
func TestViewSaysWhichChartFailedAndWhatToDo(t *testing.T) {
	test.NewTempApp(t)
	for _, tc := range []struct {
		cause error
		want  []string
	}{
		{errors.New("the chart engine (ECharts) stopped with an error (TypeError: x is undefined)"),
			[]string{"The claim-frequency chart could not be drawn", "TypeError: x is undefined", "What to do:", "HTML"}},
		{fmt.Errorf("%w (20s for 300 KB of chart)", charts.ErrEngineLimit),
			[]string{"The claim-frequency chart could not be drawn", "ran out of time", "What to do:", "smaller"}},
	} {
		v := New(renderer(t), charts.ClaimFrequency, WithDebounce(0), WithRunner(func(f func()) { f() }))
		v.draw = func(*charts.Renderer, *charts.Chart, float64) (image.Image, error) {
			return nil, &charts.RenderError{Chart: charts.ClaimFrequency, Err: tc.cause}
		}
		test.NewTempWindow(t, v).Resize(fyne.NewSize(400, 300))
		v.Resize(fyne.NewSize(400, 300))
		v.SetReport(report(), charts.Options{})
		txt := waitStatus(t, v, "could not be drawn")
		for _, w := range tc.want {
			if !strings.Contains(txt, w) {
				t.Errorf("status %q lacks %q", txt, w)
			}
		}
		if v.Chart() != nil || v.img.Image != nil {
			t.Error("a chart shown beside the error")
		}
	}
}

// TestViewSaysTheEngineDidNotStart: when the chart engine could not start,
// a view with a story says so and what to do, not the no-story
// placeholder; a renderer given later draws the chart.
func TestViewSaysTheEngineDidNotStart(t *testing.T) {
	test.NewTempApp(t)
	v := New(nil, charts.Places, WithDebounce(0), WithRunner(func(f func()) { f() }))
	test.NewTempWindow(t, v).Resize(fyne.NewSize(400, 300))
	v.Resize(fyne.NewSize(400, 300))
	v.SetReport(report(), charts.Options{})
	v.SetEngineError(errors.New("charts: load echarts 6.1.0: SyntaxError: unexpected token"))
	txt := waitStatus(t, v, "The chart engine could not start")
	if !strings.Contains(txt, "SyntaxError: unexpected token") || !strings.Contains(txt, "What to do:") {
		t.Errorf("status %q", txt)
	}
	v.SetReport(nil, charts.Options{}) // as the app does on that error
	waitStatus(t, v, "The chart engine could not start")
	v.SetReport(report(), charts.Options{})
	v.SetRenderer(renderer(t))
	waitChart(t, v)
}

// TestViewShowsTheNotice: a chart drawn with fewer marks (Chart.Notice)
// says so over its foot; the next chart without one hides it.
func TestViewShowsTheNotice(t *testing.T) {
	test.NewTempApp(t)
	v := New(renderer(t), charts.SourceCoverage, WithDebounce(0), WithRunner(func(f func()) { f() }))
	notice := ""
	v.draw = func(r *charts.Renderer, c *charts.Chart, scale float64) (image.Image, error) {
		img, err := r.Image(c, scale)
		c.Notice = notice
		return img, err
	}
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(500, 360))
	v.Resize(fyne.NewSize(500, 360))
	notice = "source-coverage: the chart engine ran out of time (20s for 900 KB of chart); drawn with fewer bars, cells and labels"
	v.SetReport(report(), charts.Options{})
	waitChart(t, v)
	var txt string
	var vis bool
	var pos fyne.Position
	var size fyne.Size
	fyne.DoAndWait(func() {
		txt, vis, pos, size = v.notice.Text, v.noticeBox.Visible(), v.noticeBox.Position(), v.noticeBox.Size()
	})
	if !vis || !strings.Contains(txt, "ran out of time") || !strings.Contains(txt, "fewer") {
		t.Errorf("notice %q visible=%v", txt, vis)
	}
	if size.Height <= 0 || pos.Y+size.Height > v.Size().Height+0.5 || pos.Y < v.Size().Height/2 {
		t.Errorf("notice at %v size %v in a view of %v: not at its foot", pos, size, v.Size())
	}
	notice = ""
	v.SetReport(report(), charts.Options{Dark: true})
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		fyne.DoAndWait(func() { vis = v.noticeBox.Visible() })
		if !vis {
			return
		}
	}
	t.Error("the notice stayed over a chart drawn in full")
}
