package mapview

import (
	"fmt"
	"testing"

	"github.com/storylens/storylens/story"
)

// benchCities are the places of the basemap speed budget.
var benchCities = []struct {
	name     string
	lon, lat float64
}{{"Lisbon", -9.14, 38.70}, {"Bergen", 5.32, 60.39}, {"HongKong", 114.17, 22.30}, {"Vladivostok", 131.89, 43.11}}

// BenchmarkBaseRedraw is a full redraw of the 1280×800 basemap and
// overlay at zoom 3, 8 and 12 over each city, tiles cached (budget 16 ms).
func BenchmarkBaseRedraw(b *testing.B) {
	for _, c := range benchCities {
		for _, z := range []float64{3, 8, 12} {
			b.Run(fmt.Sprintf("%s/z%g", c.name, z), func(b *testing.B) {
				benchFull(b, story.Camera{Center: [2]float64{c.lon, c.lat}, Zoom: z})
			})
		}
	}
}

// BenchmarkBasePan is a pan frame (the cached basemap layer re-blitted
// shifted, the overlay redrawn) at zoom 3, 8 and 12 over each city (budget
// 4 ms).
func BenchmarkBasePan(b *testing.B) {
	for _, c := range benchCities {
		for _, z := range []float64{3, 8, 12} {
			b.Run(fmt.Sprintf("%s/z%g", c.name, z), func(b *testing.B) {
				s, r := testStory()
				p := NewPainter(nil)
				p.SetStory(s, r)
				<-baseDone
				st := FrameState{Camera: story.Camera{Center: [2]float64{c.lon, c.lat}, Zoom: z}}
				preloadTiles(b, st.Camera, 1280, 800)
				fullPaint(b, p, 1280, 800, st)
				st.Panning = true
				b.ResetTimer()
				defer cpuPerOp(b)()
				for i := 0; i < b.N; i++ {
					st.Camera.Center[0] += 0.0001
					p.Paint(1280, 800, 1, st)
				}
			})
		}
	}
}

// preloadTiles decodes the basemap tiles of camera c at w×h into the cache
// (and builds the basemap label index).
func preloadTiles(tb testing.TB, c story.Camera, w, h int) {
	tb.Helper()
	loadLabels()
	src, err := loadBasemap()
	if err != nil {
		tb.Fatal(err)
	}
	for _, td := range baseTiles(src, newView(c, w, h, 1), nil) {
		if td.t.err != nil {
			tb.Fatal(td.t.err)
		}
	}
}
