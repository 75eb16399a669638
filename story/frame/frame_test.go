package frame

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/paulmach/orb"
)

var (
	lisbon     = orb.Point{-9.139, 38.722}
	porto      = orb.Point{-8.611, 41.150}
	madrid     = orb.Point{-3.704, 40.417}
	washington = orb.Point{-77.036, 38.895}
	bergen     = orb.Point{5.324, 60.393}
	plymouth   = orb.Point{-4.143, 50.375}
	coruna     = orb.Point{-8.396, 43.371}
	moscow     = orb.Point{37.617, 55.756}
	nairobi    = orb.Point{36.817, -1.286}
	mombasa    = orb.Point{39.666, -4.043}
	suva       = orb.Point{178.442, -18.141}
	apia       = orb.Point{-171.766, -13.833}
	portugal   = orb.Point{-8.0, 39.6}
	usa        = orb.Point{-98.5, 39.8}
)

func ids(items []Item) []string {
	out := []string{}
	for _, it := range items {
		out = append(out, it.ID)
	}
	return out
}

func inside(b orb.Bound, p orb.Point) bool {
	lon := p[0]
	if b.Max[0] > 180 && lon < 0 {
		lon += 360
	}
	return lon >= b.Min[0]-1e-9 && lon <= b.Max[0]+1e-9 && p[1] >= b.Min[1]-1e-9 && p[1] <= b.Max[1]+1e-9
}

func TestFit(t *testing.T) {
	tests := []struct {
		name    string
		items   []Item
		in      []orb.Point
		outside []string
		maxSpan float64 // widest longitude span allowed
	}{
		{
			name: "a passing mention far away stays outside",
			items: []Item{{ID: "lisbon", Point: lisbon, Weight: 9}, {ID: "porto", Point: porto, Weight: 3},
				{ID: "madrid", Point: madrid, Weight: 2}, {ID: "washington", Point: washington, Weight: 1}},
			in: []orb.Point{lisbon, porto, madrid}, outside: []string{"washington"}, maxSpan: 10,
		},
		{
			name: "places of equal weight are all framed",
			items: []Item{{ID: "bergen", Point: bergen, Weight: 2}, {ID: "plymouth", Point: plymouth, Weight: 2},
				{ID: "coruna", Point: coruna, Weight: 2}, {ID: "lisbon", Point: lisbon, Weight: 2}},
			in: []orb.Point{bergen, plymouth, coruna, lisbon}, outside: []string{}, maxSpan: 20,
		},
		{
			name: "a route is the core; a much-mentioned far capital stays outside",
			items: []Item{{ID: "r0", Point: nairobi, Core: true}, {ID: "r1", Point: mombasa, Core: true},
				{ID: "moscow", Point: moscow, Weight: 20}},
			in: []orb.Point{nairobi, mombasa}, outside: []string{"moscow"}, maxSpan: 5,
		},
		{
			name: "countries do not stretch the view when cities are there",
			items: []Item{{ID: "lisbon", Point: lisbon, Weight: 3}, {ID: "us", Point: usa, Weight: 5, Coarse: true},
				{ID: "pt", Point: portugal, Weight: 5, Coarse: true}},
			in: []orb.Point{lisbon}, outside: []string{}, maxSpan: 1,
		},
		{
			name:  "only countries: they are framed",
			items: []Item{{ID: "pt", Point: portugal, Weight: 1, Coarse: true}, {ID: "es", Point: madrid, Weight: 1, Coarse: true}},
			in:    []orb.Point{portugal, madrid}, outside: []string{}, maxSpan: 6,
		},
		{
			name:  "across the antimeridian the box is narrow",
			items: []Item{{ID: "suva", Point: suva, Weight: 1}, {ID: "apia", Point: apia, Weight: 1}},
			in:    []orb.Point{suva, apia}, outside: []string{}, maxSpan: 12,
		},
		{
			name:  "bad points are ignored",
			items: []Item{{ID: "nan", Point: orb.Point{math.NaN(), 1}, Weight: 9}, {ID: "lisbon", Point: lisbon, Weight: 1}},
			in:    []orb.Point{lisbon}, outside: []string{}, maxSpan: 0.001,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Fit(tc.items)
			if !r.OK {
				t.Fatal("not OK")
			}
			for _, p := range tc.in {
				if !inside(r.Bound, p) {
					t.Errorf("%v not inside %v", p, r.Bound)
				}
			}
			if got := fmt.Sprint(ids(r.Outside)); got != fmt.Sprint(tc.outside) {
				t.Errorf("outside = %s, want %s", got, fmt.Sprint(tc.outside))
			}
			if span := r.Bound.Max[0] - r.Bound.Min[0]; span > tc.maxSpan {
				t.Errorf("longitude span %.1f > %.1f (%v)", span, tc.maxSpan, r.Bound)
			}
		})
	}
}

func TestFitNothing(t *testing.T) {
	if r := Fit(nil); r.OK {
		t.Errorf("Fit(nil) = %+v, want not OK", r)
	}
}

func FuzzFit(f *testing.F) {
	f.Add(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, true)
	f.Fuzz(func(t *testing.T, a, b, c, d, w1, w2 float64, core bool) {
		r := Fit([]Item{{ID: "a", Point: orb.Point{a, b}, Weight: w1, Core: core}, {ID: "b", Point: orb.Point{c, d}, Weight: w2}})
		if r.OK && (math.IsNaN(r.Bound.Min[0]) || math.IsNaN(r.Bound.Max[1])) {
			t.Fatalf("NaN bound %v", r.Bound)
		}
	})
}

// TestBoundAcrossKeepsOneHemisphere: points all west of Greenwich (or all
// east) keep their longitudes, whatever rounding says of the two widths;
// points on both sides of the antimeridian take the narrow way round.
func TestBoundAcrossKeepsOneHemisphere(t *testing.T) {
	for _, c := range []struct {
		name string
		pts  []orb.Point
		want orb.Bound
	}{
		{"Manaus and Rio", []orb.Point{{-60.025, -3.1019}, {-43.1822, -22.9064}},
			orb.Bound{Min: orb.Point{-60.025, -22.9064}, Max: orb.Point{-43.1822, -3.1019}}},
		{"Lima, Washington, Rio", []orb.Point{{-77.0428, -12.0464}, {-77.0364, 38.8951}, {-43.1822, -22.9064}},
			orb.Bound{Min: orb.Point{-77.0428, -22.9064}, Max: orb.Point{-43.1822, 38.8951}}},
		{"Suva and Apia", []orb.Point{{178.44, -18.14}, {-171.76, -13.83}},
			orb.Bound{Min: orb.Point{178.44, -18.14}, Max: orb.Point{-171.76 + 360, -13.83}}},
		{"a route's continuous longitudes", []orb.Point{{178.44, -18.14}, {188.24, -13.83}, {-0.1257, 51.5085}, {0.7162, 51.2}},
			orb.Bound{Min: orb.Point{178.44, -18.14}, Max: orb.Point{0.7162 + 360, 51.5085}}},
	} {
		if got := boundAcross(c.pts); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// TestFitLinesIsFitOfTheVertices: framing items and lines gives what Fit
// gives for the items followed by every vertex as a core item, on random
// stories with and without core items, coarse items, areas, bad weights
// and non-finite points.
func TestFitLinesIsFitOfTheVertices(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pt := func() orb.Point {
		if rng.IntN(40) == 0 {
			return orb.Point{math.NaN(), 1}
		}
		return orb.Point{rng.Float64()*400 - 200, rng.Float64()*170 - 85}
	}
	for k := 0; k < 500; k++ {
		var items []Item
		for i := rng.IntN(8); i > 0; i-- {
			it := Item{ID: fmt.Sprint("p", i), Point: pt(), Weight: rng.Float64()*10 - 2,
				Core: rng.IntN(6) == 0, Coarse: rng.IntN(4) == 0}
			if rng.IntN(3) == 0 { // an area: a box around its point, some of them small
				d := rng.Float64() * 20
				it.Box = &orb.Bound{Min: orb.Point{it.Point[0] - d, it.Point[1] - d/2}, Max: orb.Point{it.Point[0] + d, it.Point[1] + d/2}}
			}
			items = append(items, it)
		}
		var lines []Line
		for i := rng.IntN(3); i > 0; i-- {
			l := Line{ID: fmt.Sprint("route:", i)}
			for j := rng.IntN(20); j > 0; j-- {
				l.Points = append(l.Points, pt())
			}
			lines = append(lines, l)
		}
		flat := append([]Item(nil), items...)
		for _, l := range lines {
			for _, p := range l.Points {
				flat = append(flat, Item{ID: l.ID, Point: p, Core: true})
			}
		}
		got, want := FitLines(items, lines), Fit(flat)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: FitLines = %+v, Fit of the vertices = %+v", k, got, want)
		}
	}
}
