package charts

import (
	"sync"
	"testing"

	"github.com/storylens/storylens/story/analysis"
)

// BenchmarkRendererColdStart: start the JavaScript engine and load
// echarts (precompiled bytecode, gunzipped each time as in a fresh process)
// (target ≤ 0.5 s).
func BenchmarkRendererColdStart(b *testing.B) {
	for i := 0; i < b.N; i++ {
		bytecodeOnce, bytecode = sync.Once{}, nil
		r, err := NewRenderer()
		if err != nil {
			b.Fatal(err)
		}
		r.Close()
	}
}

// BenchmarkPNGScale2 renders each chart from its option to an encoded PNG
// at scale 2 on a warm renderer: build, ECharts SSR, scene, raster, encode
// (target ≤ 150 ms per chart).
func BenchmarkPNGScale2(b *testing.B) {
	benchPNGScale2(b, testReport(), All)
}

// BenchmarkPNGScale2Big is the claim chart and heatmap of a 25-claim story.
func BenchmarkPNGScale2Big(b *testing.B) {
	benchPNGScale2(b, bigReport(25, 5), []ID{ClaimFrequency, SourceCoverage})
}

// benchPNGScale2 builds and rasterises each chart of ids at scale 2, one
// sub-benchmark a chart.
func benchPNGScale2(b *testing.B, rep *analysis.Report, ids []ID) {
	r := renderer(b)
	for _, id := range ids {
		b.Run(string(id), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				c, err := Build(id, rep, Options{})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := r.PNG(c, 2, false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExportAll writes all four charts in all three formats,
// including the renderer's cold start, as `storylens export charts` does
// (target ≤ 3 s).
func BenchmarkExportAll(b *testing.B) {
	rep := bigReport(25, 5)
	for i := 0; i < b.N; i++ {
		r, err := NewRenderer()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Export(r, rep, "Story", ExportOptions{Dir: b.TempDir(), Scale: 2}); err != nil {
			b.Fatal(err)
		}
		r.Close()
	}
}

// BenchmarkChart5k builds and draws each chart of a 5,000-source story
// (outletReport: 60 outlets, 39 claims, 300 places) to a PNG at scale 2 on
// a warm renderer, as the app and `export charts` do (target ≤ 1 s each).
func BenchmarkChart5k(b *testing.B) {
	r := renderer(b)
	rep := outletReport(39, 5000, 60)
	for _, id := range All {
		b.Run(string(id), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				c, err := Build(id, rep, Options{Width: 1024, Height: 700})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := r.PNG(c, 2, false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExportAll5k writes all four charts in PNG, SVG, PDF and HTML
// for a 5,000-source story with a warm renderer.
func BenchmarkExportAll5k(b *testing.B) {
	r := renderer(b)
	rep := outletReport(39, 5000, 60)
	for i := 0; i < b.N; i++ {
		if _, err := Export(r, rep, "Story", ExportOptions{Dir: b.TempDir(), Scale: 2}); err != nil {
			b.Fatal(err)
		}
	}
}
