package mapview

import (
	"image"
	"testing"
	"time"

	"github.com/storylens/storylens/story"
)

// BenchmarkFullRedraw draws basemap and overlay of the region view from
// scratch (the view's basemap tiles already decoded and cached, as in the
// app once they have arrived).
func BenchmarkFullRedraw(b *testing.B) {
	benchFull(b, regionCamera(1280, 800))
}

// BenchmarkFullRedrawRussky is the same at zoom 11 on Russky Island.
func BenchmarkFullRedrawRussky(b *testing.B) {
	benchFull(b, story.Camera{Center: [2]float64{131.89, 43.03}, Zoom: 11})
}

func benchFull(b *testing.B, c story.Camera) {
	s, r := testStory()
	sc := newScene(s, r)
	if _, err := loadBasemap(); err != nil {
		b.Fatal(err)
	}
	rd := newRenderer()
	v := newView(c, 1280, 800, 1)
	f := &frame{view: v, pal: paletteFor(false), scene: sc, highlight: set([]string{"vladivostok"}), legend: true}
	img := image.NewRGBA(image.Rect(0, 0, 1280, 800))
	b.ResetTimer()
	defer cpuPerOp(b)()
	for i := 0; i < b.N; i++ {
		if err := rd.drawBase(img, v, f.pal); err != nil {
			b.Fatal(err)
		}
		rd.drawOverlay(img, f)
	}
}

// cpuPerOp reports the process's CPU time per operation ("cpu-ms/op"),
// which, unlike ns/op, does not grow when other processes share the cores.
func cpuPerOp(b *testing.B) func() {
	cpu := processCPU
	start := cpu()
	return func() {
		b.ReportMetric(float64(cpu()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	}
}

// BenchmarkPanFrame is one frame while dragging: the cached basemap layer
// is re-blitted shifted and the overlay redrawn (what Map.generate does).
func BenchmarkPanFrame(b *testing.B) {
	s, r := testStory()
	m := New(WithStory(s, r))
	<-baseDone
	m.Resize(fyneSize(1280, 800))
	m.cam = regionCamera(1280, 800)
	fullFrame(b, m, 1280, 800) // fills the cache
	m.dragging = true
	b.ResetTimer()
	defer cpuPerOp(b)()
	for i := 0; i < b.N; i++ {
		m.cam.Center[0] += 0.001
		m.generate(1280, 800)
	}
}

// BenchmarkFullRedrawWide is a frame in the middle of a flight, zoomed out
// beyond the region (world layers drawn).
func BenchmarkFullRedrawWide(b *testing.B) {
	benchFull(b, story.Camera{Center: [2]float64{129, 41}, Zoom: 4.5})
}
