package chartview

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/storylens/storylens/charts"
	"github.com/storylens/storylens/story/analysis"
)

var (
	rOnce sync.Once
	rr    *charts.Renderer
	rErr  error
)

func renderer(t *testing.T) *charts.Renderer {
	rOnce.Do(func() { rr, rErr = charts.NewRenderer() })
	if rErr != nil {
		t.Fatal(rErr)
	}
	return rr
}

func report() *analysis.Report {
	r := &analysis.Report{Title: "Test story"}
	for _, s := range []string{"a", "b", "c"} {
		r.Sources = append(r.Sources, analysis.SourceReport{ID: s, Title: "Source " + s, Date: "2023-09-11"})
	}
	r.Claims = []analysis.ClaimReport{
		{ID: "three", Label: "Reported by all three", Origin: "curated", Sources: []string{"a", "b", "c"}},
		{ID: "one", Label: "Reported by one", Origin: "curated", Sources: []string{"b"}},
	}
	r.Coverage = analysis.Coverage{Sources: []string{"a", "b", "c"}, Claims: []string{"three", "one"},
		Matrix: [][]bool{{true, false}, {true, true}, {true, false}}}
	return r
}

// waitChart waits for the background render to land.
func waitChart(t *testing.T, v *View) *charts.Chart {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		var c *charts.Chart
		fyne.DoAndWait(func() { c = v.Chart() })
		if c != nil && v.img.Image != nil {
			return c
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("chart never rendered")
	return nil
}

func TestViewRendersAtWidgetSizeAndSelects(t *testing.T) {
	test.NewTempApp(t)
	r := renderer(t)
	v := New(r, charts.ClaimFrequency, WithDebounce(0), WithRunner(func(f func()) { f() }))
	var got []charts.Hit
	v.OnSelect(func(h charts.Hit) { got = append(got, h) })
	v.SetReport(report(), charts.Options{})
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(640, 400))
	v.Resize(fyne.NewSize(640, 400))
	c := waitChart(t, v)
	if c.Width != 640 || c.Height != 400 {
		t.Errorf("chart %dx%d, want the widget's 640x400", c.Width, c.Height)
	}
	b := v.img.Image.Bounds()
	scale := w.Canvas().Scale()
	if b.Dx() != int(640*scale+0.5) || b.Dy() != int(400*scale+0.5) {
		t.Errorf("image %v at canvas scale %v", b, scale)
	}
	// Find the top bar along a vertical line through the plot and tap it.
	var at fyne.Position
	found := false
	for y := float32(0); y < 400 && !found; y += 2 {
		p := fyne.NewPos(400, y)
		if h, ok := r.HitTest(c, float64(p.X), float64(p.Y)); ok && h.ID == "three" {
			at, found = p, true
		}
	}
	if !found {
		t.Fatal("no bar for claim three at x=400")
	}
	test.TapAt(v, at)
	if len(got) != 1 || got[0].ID != "three" || got[0].Kind != "claim" || got[0].Value != 3 {
		t.Fatalf("tap selected %+v", got)
	}
	// Hover shows the value; moving off hides it.
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}})
	if tip := v.TooltipText(); !strings.Contains(tip, "Reported by all three") || !strings.Contains(tip, "3 sources") {
		t.Errorf("tooltip %q", tip)
	}
	if v.Cursor() != desktop.PointerCursor {
		t.Error("no pointer cursor over a bar")
	}
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(2, 2)}})
	if tip := v.TooltipText(); tip != "" {
		t.Errorf("tooltip %q over empty space", tip)
	}
	// A tap on empty space selects nothing.
	test.TapAt(v, fyne.NewPos(2, 2))
	if len(got) != 1 {
		t.Errorf("empty tap selected %+v", got[1:])
	}
}

func TestViewPlaceholderAndErrors(t *testing.T) {
	test.NewTempApp(t)
	v := New(nil, charts.SourceCoverage, WithDebounce(0), WithRunner(func(f func()) { f() }), WithPlaceholder("Loading the chart engine…"))
	test.NewTempWindow(t, v).Resize(fyne.NewSize(400, 300))
	if !v.status.Visible() || v.status.Text != "Loading the chart engine…" {
		t.Errorf("placeholder %q visible=%v", v.status.Text, v.status.Visible())
	}
	// A broken report shows the error, not a crash.
	bad := report()
	bad.Coverage.Matrix = bad.Coverage.Matrix[:1]
	v.SetRenderer(renderer(t))
	v.SetReport(bad, charts.Options{})
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		var txt string
		fyne.DoAndWait(func() { txt = v.status.Text })
		if strings.Contains(txt, "could not be drawn") {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Errorf("no error shown: %q", v.status.Text)
}

// A story open before the chart engine is ready says the engine is
// starting, not the no-story placeholder; the chart replaces the text once
// the engine arrives.
func TestViewSaysWhatItWaitsFor(t *testing.T) {
	test.NewTempApp(t)
	v := New(nil, charts.ClaimFrequency, WithDebounce(0), WithRunner(func(f func()) { f() }), WithPlaceholder("No story open."))
	test.NewTempWindow(t, v).Resize(fyne.NewSize(400, 300))
	statusText := func() (txt string, visible bool) {
		fyne.DoAndWait(func() { txt, visible = v.status.Text, v.status.Visible() })
		return txt, visible
	}
	if txt, _ := statusText(); txt != "No story open." {
		t.Errorf("before a story: %q, want the placeholder", txt)
	}
	v.SetReport(report(), charts.Options{})
	deadline := time.Now().Add(10 * time.Second)
	for txt, _ := statusText(); txt != StartingText; txt, _ = statusText() {
		if time.Now().After(deadline) {
			t.Fatalf("story open, no engine: %q, want %q", txt, StartingText)
		}
		time.Sleep(10 * time.Millisecond)
	}
	v.SetRenderer(renderer(t))
	waitChart(t, v)
	if txt, visible := statusText(); visible {
		t.Errorf("chart drawn but the status still says %q", txt)
	}
}

// manyClaims is a report with n claims whose labels are long sentences.
func manyClaims(n int) *analysis.Report {
	r := report()
	r.Claims = nil
	r.Coverage.Claims = nil
	for i := range r.Coverage.Matrix {
		r.Coverage.Matrix[i] = nil
	}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("c%02d", i)
		srcs := []string{"a", "b", "c"}[:1+i%3]
		r.Claims = append(r.Claims, analysis.ClaimReport{ID: id, Origin: "curated", Sources: srcs,
			Label: fmt.Sprintf("Claim %d: the delegation travelled a long way by armoured train before the talks began", i)})
		r.Coverage.Claims = append(r.Coverage.Claims, id)
		for s := range r.Coverage.Matrix {
			r.Coverage.Matrix[s] = append(r.Coverage.Matrix[s], s <= i%3)
		}
	}
	return r
}

// With many claims the claims chart grows taller than the view, every
// claim with its bar, and the view scrolls: the mouse wheel moves it, a
// tap after scrolling selects the bar under the pointer, and Reveal brings
// the last claim into sight (the app's keyboard uses it).
func TestViewScrollsManyClaims(t *testing.T) {
	test.NewTempApp(t)
	r := renderer(t)
	v := New(r, charts.ClaimFrequency, WithDebounce(0), WithRunner(func(f func()) { f() }))
	var got []charts.Hit
	v.OnSelect(func(h charts.Hit) { got = append(got, h) })
	const n = 30
	v.SetReport(manyClaims(n), charts.Options{})
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(420, 300))
	c := waitChart(t, v)
	if c.Height <= 300 || !v.Scrolls() {
		t.Fatalf("chart %dx%d in a 420x300 view, scrolls %v: want it taller, scrolling", c.Width, c.Height, v.Scrolls())
	}
	// Every claim has its bar somewhere down the chart.
	seen := map[string]float64{}
	for y := 0.0; y < float64(c.Height); y += 2 {
		for _, x := range []float64{250, 300, 350, 400} {
			if h, ok := r.HitTest(c, x, y); ok {
				if _, dup := seen[h.ID]; !dup {
					seen[h.ID] = y
				}
			}
		}
	}
	if len(seen) != n {
		t.Fatalf("%d of %d claims have a bar in the grown chart", len(seen), n)
	}
	// The wheel scrolls.
	test.Scroll(w.Canvas(), fyne.NewPos(100, 100), 0, -120)
	off := v.ScrollOffset()
	if off <= 0 {
		t.Fatalf("the wheel did not scroll the chart (offset %v)", off)
	}
	// A tap after scrolling hits the claim drawn under the pointer.
	var id string
	var at fyne.Position
	for cid, y := range seen {
		if vy := float32(y) - off; vy > 20 && vy < 280 {
			id, at = cid, fyne.NewPos(0, vy)
			break
		}
	}
	if id == "" {
		t.Fatal("no bar in view after scrolling")
	}
	for x := float32(200); x < 420; x += 4 {
		if h, ok := v.hitAt(fyne.NewPos(x, at.Y)); ok && h.ID == id {
			at.X = x
			break
		}
	}
	test.TapAt(v, at)
	if len(got) != 1 || got[0].ID != id {
		t.Errorf("tap at %v after scrolling %v selected %+v, want %s", at, off, got, id)
	}
	// Reveal scrolls to the claim drawn lowest.
	low, lowY := "", -1.0
	for cid, y := range seen {
		if y > lowY {
			low, lowY = cid, y
		}
	}
	v.ScrollTo(0)
	if !v.Reveal(charts.Hit{Kind: "claim", ID: low}) {
		t.Fatalf("Reveal(%s) found nothing", low)
	}
	if vy := float32(lowY) - v.ScrollOffset(); vy < 0 || vy > 300 {
		t.Errorf("after Reveal the lowest claim is at %v, outside the 300-high view", vy)
	}
}

// TestViewLaysOutAtNarrowPanelSize: a panel as narrow as the claims panel
// of a 1024×700 window gets a chart laid out at its own width, drawn at
// full size (not a bigger picture scaled down); only a panel under the
// minimum gets one scaled down.
func TestViewLaysOutAtNarrowPanelSize(t *testing.T) {
	test.NewTempApp(t)
	r := renderer(t)
	for _, tc := range []struct {
		w, h  float32
		wantW int
		wantK float64
	}{
		{240, 200, 240, 1},
		{220, 180, 220, 1},
		{280, 300, 280, 1},
		{176, 160, minWidth, 176.0 / minWidth},
	} {
		for _, id := range []charts.ID{charts.ClaimFrequency, charts.SourceCoverage, charts.Timeline} {
			v := New(r, id, WithDebounce(0), WithRunner(func(f func()) { f() }))
			v.SetReport(report(), charts.Options{})
			w := test.NewTempWindow(t, v)
			w.Resize(fyne.NewSize(tc.w, tc.h))
			v.Resize(fyne.NewSize(tc.w, tc.h))
			c := waitChart(t, v)
			if c.Width != tc.wantW || c.Height < minHeight {
				t.Errorf("%s in %vx%v: chart %dx%d, want %d wide, at least %d high", id, tc.w, tc.h, c.Width, c.Height, tc.wantW, minHeight)
			}
			var k float64
			fyne.DoAndWait(func() { k, _, _, _ = v.placement(v.Size()) })
			if math.Abs(k-tc.wantK) > 1e-3 {
				t.Errorf("%s in %vx%v: drawn at scale %.3f, want %.3f", id, tc.w, tc.h, k, tc.wantK)
			}
		}
	}
}

// TestTooltipWrapsToTheView: a claim whose label the analysis cut ("…")
// shows its sentence in full in the tooltip, wrapped to fit in the view.
func TestTooltipWrapsToTheView(t *testing.T) {
	test.NewTempApp(t)
	r := renderer(t)
	rep := report()
	full := "China was represented at the summit by Premier Li Qiang rather than President Xi Jinping, and Russia by Foreign Minister Sergei Lavrov in place of President Vladimir Putin."
	rep.Claims[0].Label = "China was represented at the summit by Premier Li Qiang rather than President Xi Jinping…"
	rep.Claims[0].Evidence = []analysis.Evidence{{Source: "a", Text: full}}
	v := New(r, charts.ClaimFrequency, WithDebounce(0), WithRunner(func(f func()) { f() }))
	v.SetReport(rep, charts.Options{})
	w := test.NewTempWindow(t, v)
	const width = 360
	w.Resize(fyne.NewSize(width, 400))
	v.Resize(fyne.NewSize(width, 400))
	c := waitChart(t, v)
	var at fyne.Position
	found := false
	for y := float32(0); y < 400 && !found; y += 2 {
		for x := float32(width / 2); x < width && !found; x += 10 {
			if h, ok := r.HitTest(c, float64(x), float64(y)); ok && h.ID == "three" {
				at, found = fyne.NewPos(x, y), true
			}
		}
	}
	if !found {
		t.Fatal("no bar for the claim")
	}
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}})
	if tip := v.TooltipText(); !strings.Contains(tip, "In full: "+full) {
		t.Errorf("tooltip %q: want the sentence in full", tip)
	}
	pos, size := v.tipBox.Position(), v.tipBox.Size()
	if pos.X < 0 || pos.Y < 0 || pos.X+size.Width > width+0.5 {
		t.Errorf("tooltip at %v size %v leaves the %v px view", pos, size, width)
	}
	lines := v.tip.MinSize().Height / fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height
	if lines < 4 {
		t.Errorf("tooltip %v high, %.1f lines: the sentence is not wrapped", size, lines)
	}
}
