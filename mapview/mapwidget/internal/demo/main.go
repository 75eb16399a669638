// Command demo opens the map widget in a window and flies between steps,
// printing frames per second: a manual check of the widget in a real window
// (e.g. under xvfb-run). It is not part of the app.
package main

import (
	"fmt"
	"os"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"github.com/paulmach/orb"
	"github.com/storylens/storylens/mapview/mapwidget"
	"github.com/storylens/storylens/story"
)

func main() {
	a := app.New()
	w := a.NewWindow("mapview demo")
	rid := "train"
	s := &story.Story{
		Places: []*story.Place{
			{ID: "pyongyang", Name: "Pyongyang", Kind: "city", Lon: 125.750, Lat: 39.015},
			{ID: "vladivostok", Name: "Vladivostok", Kind: "city", Lon: 131.8816, Lat: 43.1113},
			{ID: "fefu", Name: "Far Eastern Federal University", Kind: "venue", Lon: 131.893, Lat: 43.025},
		},
		Routes: []*story.Route{{ID: rid, Name: "Train", Approximate: true, Stops: []string{"pyongyang", "vladivostok"},
			Line: orb.LineString{{125.750, 39.015}, {127.537, 39.908}, {129.791, 41.784}, {130.643, 42.429}, {131.95, 43.74}, {131.8816, 43.1113}}}},
		Steps: []story.Step{
			{Places: []string{"pyongyang", "vladivostok"}, Route: &rid},
			{Places: []string{"fefu"}, Camera: &story.Camera{Center: [2]float64{131.89, 43.03}, Zoom: 11}},
		},
	}
	var frames, spent atomic.Int64
	m := mapwidget.New(mapwidget.WithStory(s, nil),
		mapwidget.WithFrameHook(func(d time.Duration) { frames.Add(1); spent.Add(int64(d)) }))
	w.SetContent(m)
	w.Resize(fyne.NewSize(1280, 800))
	go func() {
		time.Sleep(2 * time.Second)
		for i := 0; i < 4; i++ {
			fyne.Do(func() { m.ShowStep(i % 2) })
			frames.Store(0)
			spent.Store(0)
			t0 := time.Now()
			time.Sleep(time.Second)
			n := frames.Load()
			fmt.Printf("fly %d: %.1f fps, %.1f ms per frame drawn\n", i, float64(n)/time.Since(t0).Seconds(), float64(spent.Load())/1e6/float64(max(n, 1)))
		}
		fyne.Do(func() { m.PlayTrain(rid) })
		frames.Store(0)
		spent.Store(0)
		t0 := time.Now()
		time.Sleep(4 * time.Second)
		n := frames.Load()
		fmt.Printf("train: %.1f fps, %.1f ms per frame drawn\n", float64(n)/time.Since(t0).Seconds(), float64(spent.Load())/1e6/float64(max(n, 1)))
		os.Exit(0)
	}()
	w.ShowAndRun()
}
