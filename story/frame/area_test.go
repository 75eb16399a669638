package frame

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// bx is a made-up box west, south, east, north.
func bx(w, s, e, n float64) *orb.Bound {
	return &orb.Bound{Min: orb.Point{w, s}, Max: orb.Point{e, n}}
}

// TestFitGrowsToTheArea is a table test of a view growing to an area the
// items name (made-up places and boxes).
func TestFitGrowsToTheArea(t *testing.T) {
	// An island nation some 230 km across, its capital and its airport.
	island := bx(-78.3, 17.7, -76.2, 18.5)
	capital, airport := orb.Point{-76.79, 18.0}, orb.Point{-76.79, 17.94}
	// A big country 1,600 km tall, a border town and a cave by it.
	big := bx(97.3, 5.6, 105.6, 20.5)
	town, cave := orb.Point{99.88, 20.43}, orb.Point{99.87, 20.38}
	// A province (about 250 km) of the big country, holding both.
	province := bx(99.2, 19.4, 100.6, 20.5)
	// An island nation across the antimeridian (about 330 km), written
	// with west > east, a town either side of the line.
	across := bx(178.0, -19.0, -179.0, -16.0)
	west, east := orb.Point{178.4, -18.1}, orb.Point{-179.5, -16.5}
	tests := []struct {
		name    string
		items   []Item
		lines   []Line
		want    orb.Bound // the view, to 1e-9
		area    string
		outside []string
	}{
		{
			name: "a capital and its airport in a small island nation: the island",
			items: []Item{{ID: "capital", Point: capital, Weight: 4}, {ID: "airport", Point: airport, Weight: 1},
				{ID: "island", Point: orb.Point{-77.3, 18.1}, Weight: 8, Coarse: true, Box: island}},
			want: *island, area: "island", outside: []string{},
		},
		{
			name: "a town in a big country keeps its own view",
			items: []Item{{ID: "town", Point: town, Weight: 3}, {ID: "cave", Point: cave, Weight: 3},
				{ID: "big", Point: orb.Point{101, 15}, Weight: 9, Coarse: true, Box: big}},
			want: orb.Bound{Min: orb.Point{cave[0], cave[1]}, Max: orb.Point{town[0], town[1]}}, outside: []string{},
		},
		{
			name: "the smallest area that holds them: the province, not the country",
			items: []Item{{ID: "town", Point: town, Weight: 3}, {ID: "cave", Point: cave, Weight: 3},
				{ID: "big", Point: orb.Point{101, 15}, Weight: 9, Coarse: true, Box: big},
				{ID: "province", Point: orb.Point{99.9, 19.9}, Weight: 2, Coarse: true, Box: province}},
			want: *province, area: "province", outside: []string{},
		},
		{
			name: "an area named in passing (under half the heaviest place's weight) does not move the view",
			items: []Item{{ID: "capital", Point: capital, Weight: 10}, {ID: "airport", Point: airport, Weight: 1},
				{ID: "island", Point: orb.Point{-77.3, 18.1}, Weight: 4, Coarse: true, Box: island}},
			want: orb.Bound{Min: airport, Max: capital}, outside: []string{},
		},
		{
			name: "places in two areas: neither",
			items: []Item{{ID: "capital", Point: capital, Weight: 4}, {ID: "town", Point: orb.Point{-80.5, 19.3}, Weight: 4},
				{ID: "island", Point: orb.Point{-77.3, 18.1}, Weight: 8, Coarse: true, Box: island}},
			want: orb.Bound{Min: orb.Point{-80.5, 18.0}, Max: orb.Point{capital[0], 19.3}}, outside: []string{},
		},
		{
			name: "across the antimeridian: the box runs past 180°",
			items: []Item{{ID: "west", Point: west, Weight: 2}, {ID: "east", Point: east, Weight: 2},
				{ID: "nation", Point: orb.Point{179, -17.5}, Weight: 5, Coarse: true, Box: across}},
			want: orb.Bound{Min: orb.Point{178, -19}, Max: orb.Point{181, -16}}, area: "nation", outside: []string{},
		},
		{
			name: "an island with its own box, named beside its town: the island",
			items: []Item{{ID: "town", Point: orb.Point{-81.38, 19.3}, Weight: 2},
				{ID: "isle", Point: orb.Point{-81.25, 19.33}, Weight: 1, Box: bx(-81.42, 19.26, -81.09, 19.4)}},
			want: orb.Bound{Min: orb.Point{-81.42, 19.26}, Max: orb.Point{-81.09, 19.4}}, area: "isle", outside: []string{},
		},
		{
			name: "a route that leaves the island keeps its view",
			items: []Item{{ID: "capital", Point: capital, Weight: 4, Core: true},
				{ID: "island", Point: orb.Point{-77.3, 18.1}, Weight: 8, Coarse: true, Box: island}},
			lines: []Line{{ID: "route:r", Points: orb.LineString{capital, {-80.0, 19.0}}}},
			want:  orb.Bound{Min: orb.Point{-80, 18}, Max: orb.Point{capital[0], 19}}, outside: []string{},
		},
		{
			name: "only a big country named: its whole box, and what it holds is no longer outside",
			items: []Item{{ID: "big", Point: orb.Point{101, 15}, Weight: 9, Coarse: true, Box: big},
				{ID: "south", Point: orb.Point{100.5, 6.5}, Weight: 1, Coarse: true}},
			want: *big, area: "big", outside: []string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := FitLines(tc.items, tc.lines)
			if !r.OK {
				t.Fatal("not OK")
			}
			for k, v := range []float64{r.Bound.Min[0] - tc.want.Min[0], r.Bound.Min[1] - tc.want.Min[1], r.Bound.Max[0] - tc.want.Max[0], r.Bound.Max[1] - tc.want.Max[1]} {
				if math.Abs(v) > 1e-9 {
					t.Errorf("view %v, want %v (coordinate %d)", r.Bound, tc.want, k)
					break
				}
			}
			if r.Area != tc.area {
				t.Errorf("area %q, want %q", r.Area, tc.area)
			}
			if got := ids(r.Outside); len(got) != len(tc.outside) {
				t.Errorf("outside %v, want %v", got, tc.outside)
			}
		})
	}
}

// TestBoxHolds: points in and out of boxes, across the antimeridian and
// just past an edge.
func TestBoxHolds(t *testing.T) {
	for _, c := range []struct {
		b    orb.Bound
		p    orb.Point
		want bool
	}{
		{*bx(-78.3, 17.7, -76.2, 18.5), orb.Point{-76.79, 18.0}, true},
		{*bx(-78.3, 17.7, -76.2, 18.5), orb.Point{-76.79, 17.65}, true}, // within holdTol
		{*bx(-78.3, 17.7, -76.2, 18.5), orb.Point{-76.79, 17.5}, false},
		{*bx(-78.3, 17.7, -76.2, 18.5), orb.Point{-75.5, 18.0}, false},
		{*bx(178, -19, -179, -16), orb.Point{-179.5, -17}, true},
		{*bx(178, -19, -179, -16), orb.Point{179.5, -17}, true},
		{*bx(178, -19, 181, -16), orb.Point{-179.5, -17}, true},
		{*bx(178, -19, 181, -16), orb.Point{-178, -17}, false},
		{*bx(178, -19, 181, -16), orb.Point{177, -17}, false},
	} {
		b, ok := boxOf(c.b)
		if !ok {
			t.Fatalf("boxOf(%v) not ok", c.b)
		}
		if got := b.holds(c.p); got != c.want {
			t.Errorf("%v holds %v = %v, want %v", c.b, c.p, got, c.want)
		}
	}
	if _, ok := boxOf(*bx(0, 10, 5, 5)); ok {
		t.Error("a box with south above north is a box")
	}
	if _, ok := boxOf(*bx(math.NaN(), 0, 5, 5)); ok {
		t.Error("a box with a NaN edge is a box")
	}
	if _, ok := boxOf(*bx(0, -95, 5, 5)); ok {
		t.Error("a box past the pole is a box")
	}
	if _, ok := boxOf(*bx(-1e9, 0, 5, 5)); ok {
		t.Error("a box a million turns wide is a box")
	}
}

// TestAreaBox: only areas with a box get one.
func TestAreaBox(t *testing.T) {
	b := &[2][2]float64{{1, 2}, {3, 4}}
	if got := AreaBox("country", b); got == nil || *got != *bx(1, 2, 3, 4) {
		t.Errorf("AreaBox(country) = %v", got)
	}
	for _, k := range []string{"sea", "river", "city", "lake"} {
		if AreaBox(k, b) != nil {
			t.Errorf("AreaBox(%s) is not nil", k)
		}
	}
	if AreaBox("region", nil) != nil {
		t.Error("AreaBox(region, nil) is not nil")
	}
}

// FuzzFitArea: any box, however bad (NaN, inverted, wider than the world),
// gives a view on the globe that holds the framed point, never a panic.
func FuzzFitArea(f *testing.F) {
	f.Add(-76.79, 18.0, -78.3, 17.7, -76.2, 18.5)
	f.Add(178.4, -18.1, 178.0, -19.0, -179.0, -16.0)
	f.Fuzz(func(t *testing.T, lon, lat, w, s, e, n float64) {
		if !finite(orb.Point{lon, lat}) || math.Abs(lon) > 180 || math.Abs(lat) > 85 {
			return
		}
		r := Fit([]Item{{ID: "p", Point: orb.Point{lon, lat}, Weight: 1},
			{ID: "a", Point: orb.Point{lon, lat}, Weight: 1, Coarse: true, Box: bx(w, s, e, n)}})
		if !r.OK || !finite(r.Bound.Min) || !finite(r.Bound.Max) || r.Bound.Min[1] < -90 || r.Bound.Max[1] > 90 ||
			r.Bound.Min[0] < -180 || r.Bound.Max[0] > 540 {
			t.Fatalf("view %+v", r)
		}
		if !(box{r.Bound}).holds(orb.Point{lon, lat}) {
			t.Fatalf("view %v does not hold %v", r.Bound, orb.Point{lon, lat})
		}
	})
}
