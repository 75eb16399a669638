package chartview_test

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/storylens/storylens/charts"
	"github.com/storylens/storylens/charts/chartview"
	"github.com/storylens/storylens/story/analysis"
)

// A View draws one chart of a report at its own size and reports the bar,
// cell or point a tap selects. Headless here, with Fyne's test app and a
// runner that renders at once (the app renders off the UI thread).
func ExampleNew() {
	a := test.NewApp()
	defer a.Quit()
	r, err := charts.NewRenderer()
	if err != nil {
		fmt.Println(err)
		return
	}
	rep := &analysis.Report{Title: "A story",
		Sources: []analysis.SourceReport{{ID: "a"}, {ID: "b"}},
		Claims: []analysis.ClaimReport{
			{ID: "both", Label: "Reported by both", Origin: "curated", Sources: []string{"a", "b"}},
			{ID: "one", Label: "Reported by one", Origin: "curated", Sources: []string{"b"}}},
		Coverage: analysis.Coverage{Sources: []string{"a", "b"}, Claims: []string{"both", "one"},
			Matrix: [][]bool{{true, false}, {true, true}}},
	}
	v := chartview.New(r, charts.ClaimFrequency, chartview.WithDebounce(0), chartview.WithRunner(func(f func()) { f() }))
	v.OnSelect(func(h charts.Hit) { fmt.Println("selected", h.Kind, h.ID, h.Value) })
	v.SetReport(rep, charts.Options{})
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(640, 400))
	v.Resize(fyne.NewSize(640, 400))
	c := v.Chart()
	fmt.Println("chart", c.Width, "x", c.Height)
	// Tap the first bar met going down a vertical line through the plot.
	for y := float32(0); y < 400; y += 2 {
		if _, ok := r.HitTest(c, 400, float64(y)); ok {
			test.TapAt(v, fyne.NewPos(400, y))
			break
		}
	}
	// Output:
	// chart 640 x 400
	// selected claim both 2
}
