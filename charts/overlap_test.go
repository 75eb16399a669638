package charts

import (
	"fmt"
	"testing"

	"github.com/storylens/storylens/charts/internal/svg"
	"github.com/storylens/storylens/internal/race"
	"github.com/storylens/storylens/story/analysis"
)

// TestNoOverlappingText: no two drawn texts overlap (their glyph outlines'
// boxes share more than 2 px²), for every chart at the app's narrowest panel
// sizes (220, 240 and 280 px wide: the claims panel of a 1024×700 window)
// up to a slide's, on a small story, 25 long claims, and 1,000 and
// 5,000 sources from 60 outlets.
func TestNoOverlappingText(t *testing.T) {
	r := renderer(t)
	reps := []struct {
		name string
		rep  *analysis.Report
	}{
		{"small", testReport()},
		{"25 claims", bigReport(25, 5)},
		{"1000 sources", outletReport(39, 1000, 60)},
		{"5000 sources", outletReport(39, 5000, 60)},
	}
	axisLines := map[ID]int{}
	wide := [][2]int{{1024, 700}, {1920, 1080}, {640, 400}, {480, 320}}
	narrow := [][2]int{{280, 220}, {240, 200}, {220, 200}, {240, 320}}
	for _, rc := range reps {
		sizes := append(append([][2]int{}, wide...), narrow...)
		// The app's narrow panels grow a chart to every claim's row: at
		// 5,000 sources that is the slowest case, kept to two sizes (and,
		// with the race detector, left to the runs without it).
		if rc.name == "5000 sources" {
			sizes = [][2]int{{1024, 700}, {240, 320}}
			if race.Enabled {
				sizes = sizes[:1]
			}
		}
		if race.Enabled && rc.name == "1000 sources" {
			sizes = wide
		}
		for _, size := range sizes {
			for _, id := range All {
				// The app's panels (narrower than 480 px) grow as the
				// chart view does.
				c, err := Build(id, rc.rep, Options{Width: size[0], Height: size[1], Grow: size[0] < 480,
					Caption: Caption{Notes: "Notes under the chart.", Credit: DefaultCredit(rc.rep)}})
				if err != nil {
					t.Fatal(err)
				}
				_, sc, err := r.render(c)
				if err != nil {
					t.Fatal(err)
				}
				var texts []*item
				for i := range sc.items {
					if it := &sc.items[i]; it.text != "" {
						texts = append(texts, it)
					}
				}
				if len(texts) < 5 || texts[0].bbox.x1 <= texts[0].bbox.x0 {
					t.Fatalf("%s %s: %d texts, first box %v", rc.name, id, len(texts), fmtRect(texts[0].bbox))
				}
				// The axis lines (drawn in the theme's axis colour) strike
				// through no text.
				axis, _ := svg.ParseColor(themeFor(false).axis)
				for i := range sc.items {
					ln := &sc.items[i]
					if !ln.hasStroke || ln.hasFill || ln.stroke != axis || ln.text != "" {
						continue
					}
					axisLines[id]++
					for _, a := range texts {
						o := a.bbox.intersect(rect{ln.bbox.x0 - 0.5, ln.bbox.y0 - 0.5, ln.bbox.x1 + 0.5, ln.bbox.y1 + 0.5})
						if o.x1-o.x0 > 0.5 && o.y1-o.y0 > 0.5 {
							t.Errorf("%s %s %dx%d: the axis line at %v strikes through %q at %v", rc.name, id, size[0], c.Height,
								fmtRect(ln.bbox), a.text, fmtRect(a.bbox))
						}
					}
				}
				bad := 0
				for i, a := range texts {
					for _, b := range texts[i+1:] {
						o := a.bbox.intersect(b.bbox)
						if w, h := o.x1-o.x0, o.y1-o.y0; w > 0 && h > 0 && w*h > 2 {
							if bad < 3 {
								t.Errorf("%s %s %dx%d: %q at %v overlaps %q at %v", rc.name, id, size[0], c.Height,
									a.text, fmtRect(a.bbox), b.text, fmtRect(b.bbox))
							}
							bad++
						}
					}
					if a.bbox.x0 < -0.5 || a.bbox.y0 < -0.5 || a.bbox.x1 > float64(size[0])+0.5 || a.bbox.y1 > float64(c.Height)+0.5 {
						t.Errorf("%s %s %dx%d: %q at %v leaves the chart", rc.name, id, size[0], c.Height, a.text, fmtRect(a.bbox))
					}
				}
			}
		}
	}
	if axisLines[Timeline] == 0 || axisLines[ClaimFrequency] == 0 {
		t.Errorf("axis lines found: %v", axisLines)
	}
}

func fmtRect(r rect) string { return fmt.Sprintf("(%.0f,%.0f)-(%.0f,%.0f)", r.x0, r.y0, r.x1, r.y1) }

// TestTooltipsConfined: every chart keeps its tooltip inside the chart.
func TestTooltipsConfined(t *testing.T) {
	for _, id := range All {
		c, err := Build(id, testReport(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		tt, _ := option(t, c)["tooltip"].(map[string]any)
		if tt["confine"] != true {
			t.Errorf("%s: tooltip %v not confined", id, tt)
		}
	}
}
