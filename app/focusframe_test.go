package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story/analysis"
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

// TestChartKeysScrollToEveryClaim: with more claims than the claims panel
// holds, the chart scrolls, and Down in the focused charts reaches every
// claim, each scrolled into view as it is reached.
func TestChartKeysScrollToEveryClaim(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1024, 700))
	u := NewUI(a, w, Config{Version: "test"}, testOpts...)
	s, rep := fixture(t)
	const n = 30
	for i := 0; i < n; i++ {
		rep.Claims = append(rep.Claims, analysis.ClaimReport{ID: fmt.Sprintf("extra-%02d", i), Origin: "discovered",
			Label:   fmt.Sprintf("Extra claim %d, long enough that its label wraps onto two lines in the panel", i),
			Sources: []string{rep.Sources[i%len(rep.Sources)].ID}})
	}
	u.Loader = func(path string, _ func(string)) Loaded { return Loaded{Path: path, Story: s, Report: rep} }
	openAndWait(t, u, "")
	u.charts.start()
	deadline := time.Now().Add(20 * time.Second)
	v := u.charts.views[0]
	for time.Now().Before(deadline) && v.Chart() == nil {
		time.Sleep(50 * time.Millisecond)
	}
	w.Canvas().Capture()
	if !v.Scrolls() {
		t.Fatalf("a claims chart of %d claims in a 1024×700 window does not scroll (view %v)", len(rep.Claims), v.Size())
	}
	w.Canvas().Focus(u.ux.chartFrame)
	seen := map[string]bool{}
	for i := 0; i < len(rep.Claims); i++ {
		u.ux.chartFrame.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		hits := u.chartHits()
		h := hits[u.ux.chartItem-1]
		seen[h.ID] = true
		b, ok := u.charts.renderer.HitBounds(v.Chart(), h)
		if !ok {
			t.Fatalf("no box for %s", h.ID)
		}
		// The bar's middle is in view (the chart is drawn at most at its
		// own size, so chart pixels are view units here or larger).
		k := float64(v.Size().Width) / float64(v.Chart().Width)
		if k > 1 {
			k = 1
		}
		mid := float32((b.Y0+b.Y1)/2*k) - v.ScrollOffset()
		if mid < 0 || mid > v.Size().Height {
			t.Errorf("Down reached %s, drawn at %v, outside the view (0–%v)", h.ID, mid, v.Size().Height)
		}
	}
	if len(seen) != len(rep.Claims) {
		t.Errorf("Down reached %d of %d claims", len(seen), len(rep.Claims))
	}
	if v.ScrollOffset() <= 0 {
		t.Error("the chart never scrolled")
	}
}
