package charts

import (
	"math"
	"testing"

	"github.com/storylens/storylens/charts/internal/svg"
)

func TestArcIsACircle(t *testing.T) {
	// ECharts draws circle symbols as two arcs.
	segs, err := svg.ParsePath("M1 0A1 1 0 1 1 1 -0.1A1 1 0 0 1 1 0")
	if err != nil {
		t.Fatal(err)
	}
	b := bboxOf(segs)
	if math.Abs(b.x1-b.x0-2) > 0.05 || math.Abs(b.y1-b.y0-2) > 0.1 {
		t.Errorf("circle bbox %+v, want about 2x2", b)
	}
}

func FuzzBuildScene(f *testing.F) {
	f.Add(`<svg width="10" height="10"><rect width="10" height="10" fill="#fff"/><text x="1" y="5" style="font-size:4px" fill="red">Hi</text></svg>`)
	f.Add(`<svg viewBox="0 0 5 5"><g transform="rotate(30)" clip-path="url(#c)"><path d="M0 0L5 5" stroke="blue"/></g><defs><clipPath id="c"><rect width="2" height="2"/></clipPath></defs></svg>`)
	f.Fuzz(func(t *testing.T, svg string) {
		sc, err := buildScene(svg)
		if err != nil || sc.w*sc.h > 1e5 || sc.w < 1 || sc.h < 1 {
			return
		}
		sc.rasterize(1, nil) // must not panic
	})
}
