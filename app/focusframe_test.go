package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestTabReachesEveryPanel: Tab goes through the step list, the buttons,
// the map, the charts and the evidence panel's links.
func TestTabReachesEveryPanel(t *testing.T) {
	u, w := newTestUI(t)
	u.SelectSource("a") // the evidence panel shows links
	c := w.Canvas()
	seen := map[string]bool{}
	for i := 0; i < 200; i++ {
		c.FocusNext()
		switch f := c.Focused().(type) {
		case *focusFrame:
			if f == u.ux.mapFrame {
				seen["map"] = true
			}
			if f == u.ux.chartFrame {
				seen["charts"] = true
			}
		case *keyList:
			if f == u.stepList {
				seen["steps"] = true
			}
		case *keyLink:
			seen["evidence"] = true
		case *keyButton, *widget.Button:
			seen["buttons"] = true
		}
	}
	for _, want := range []string{"steps", "buttons", "map", "charts", "evidence"} {
		if !seen[want] {
			t.Errorf("Tab never reaches the %s (reached %v)", want, seen)
		}
	}
}

// TestChartKeys: with the charts focused, Down goes to a bar (named in the
// status line) and Enter selects its claim; arrows the charts do not use
// still step the story; + zooms the focused map.
func TestChartKeys(t *testing.T) {
	u, w := newTestUI(t)
	u.charts.start()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) && (u.charts.renderer == nil || u.charts.views[0].Chart() == nil) {
		time.Sleep(50 * time.Millisecond)
	}
	if u.charts.views[0].Chart() == nil {
		t.Fatal("the claims chart was not drawn in 20 s")
	}
	w.Canvas().Focus(u.ux.chartFrame)
	u.ux.chartFrame.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if !strings.Contains(u.status.Text, "Kim travelled by armored train") && !strings.Contains(u.status.Text, "Kim met Putin") {
		t.Errorf("status after Down: %q", u.status.Text)
	}
	u.ux.chartFrame.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if sel := u.nav.Selection(); sel.Kind != SelClaim {
		t.Errorf("Enter on a bar selected %+v", sel)
	}
	u.ux.chartFrame.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if u.nav.Index() != 1 {
		t.Errorf("Right in the charts did not step the story: step %d", u.nav.Index()+1)
	}
	u.ux.chartFrame.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if u.charts.tabs.SelectedIndex() != 1 {
		t.Errorf("Page Down shows chart %d, want 1", u.charts.tabs.SelectedIndex())
	}
	z := u.mp.Camera().Zoom
	u.ux.mapFrame.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPlus})
	if u.mp.Camera().Zoom <= z {
		t.Errorf("+ on the focused map: zoom %g, was %g", u.mp.Camera().Zoom, z)
	}
}
