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
// is re-blitted shifted and the overlay redrawn (what the map widget's
// Painter does).
func BenchmarkPanFrame(b *testing.B) {
	s, r := testStory()
	p := NewPainter(nil)
	p.SetStory(s, r)
	<-baseDone
	st := FrameState{Camera: regionCamera(1280, 800)}
	fullPaint(b, p, 1280, 800, st) // fills the cache
	st.Panning = true
	b.ResetTimer()
	defer cpuPerOp(b)()
	for i := 0; i < b.N; i++ {
		st.Camera.Center[0] += 0.001
		p.Paint(1280, 800, 1, st)
	}
}

// fullPaint paints a w×h frame with the full-resolution basemap: the first
// frame at a size draws it in a goroutine, so it waits for that.
func fullPaint(tb testing.TB, p *Painter, w, h int, st FrameState) *image.RGBA {
	tb.Helper()
	img := p.Paint(w, h, 1, st)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if p.base.img != nil && p.base.img.Bounds() == image.Rect(0, 0, w, h) {
			return img
		}
		if p.FullResolution(w, h) {
			return p.Paint(w, h, 1, st)
		}
	}
	tb.Fatal("the full-resolution basemap was never drawn")
	return nil
}

// BenchmarkFullRedrawWide is a frame in the middle of a flight, zoomed out
// beyond the region (world layers drawn).
func BenchmarkFullRedrawWide(b *testing.B) {
	benchFull(b, story.Camera{Center: [2]float64{129, 41}, Zoom: 4.5})
}
