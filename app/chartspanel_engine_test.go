package app

import (
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/storylens/storylens/charts"
)

// When the chart engine cannot start, every chart says so, with the
// engine's reason and what to do, rather than a placeholder.
func TestChartsPanelSaysTheEngineDidNotStart(t *testing.T) {
	test.NewTempApp(t)
	c := newChartsPanel(func(string) {}, func(f func()) { f() }, 0)
	c.newRenderer = func() (*charts.Renderer, error) {
		return nil, errors.New("charts: load echarts: SyntaxError: unexpected token")
	}
	w := test.NewTempWindow(t, c.Object())
	w.Resize(fyne.NewSize(640, 480))
	c.start()
	for i, v := range c.views {
		c.tabs.SelectIndex(i)
		var got []string
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			fyne.DoAndWait(func() { got = shownTexts(v) })
			if strings.Contains(strings.Join(got, "\n"), "could not start") {
				break
			}
		}
		text := strings.Join(got, "\n")
		if !strings.Contains(text, "The chart engine could not start") || !strings.Contains(text, "SyntaxError: unexpected token") ||
			!strings.Contains(text, "What to do:") {
			t.Errorf("chart %s shows %q, want the engine's failure and what to do", v.ID(), text)
		}
	}
}
