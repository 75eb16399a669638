package sphere

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

func TestGreatCircle(t *testing.T) {
	line := GreatCircle(orb.Point{0, 0}, orb.Point{90, 0}, 4)
	if len(line) != 5 || math.Abs(line[2][0]-45) > 1e-9 || math.Abs(line[2][1]) > 1e-9 {
		t.Fatalf("equator: %v", line)
	}
	for _, tc := range []struct {
		name string
		a, b orb.Point
		n    int
	}{
		{"Pyongyang to Vladivostok", orb.Point{125.75, 39.02}, orb.Point{131.88, 43.11}, 32},
		{"Apia to London, over the Arctic", orb.Point{-171.77, -13.83}, orb.Point{-0.13, 51.51}, 300},
		{"Suva to Apia, over 180", orb.Point{178.44, -18.14}, orb.Point{-171.77, -13.83}, 20},
		{"Tokyo to San Francisco", orb.Point{139.69, 35.69}, orb.Point{-122.42, 37.77}, 100},
		{"a start past 180 (a leg after another)", orb.Point{188.23, -13.83}, orb.Point{-0.13, 51.51}, 50},
		{"near the pole", orb.Point{10, 89}, orb.Point{-170, 88}, 10},
	} {
		gc := GreatCircle(tc.a, tc.b, tc.n)
		if len(gc) != tc.n+1 {
			t.Fatalf("%s: %d points, want %d", tc.name, len(gc), tc.n+1)
		}
		if gc[0] != tc.a || gc[tc.n][1] != tc.b[1] || math.Abs(Near(gc[tc.n][0], tc.b[0])-tc.b[0]) > 1e-9 {
			t.Errorf("%s: ends %v %v, want %v %v", tc.name, gc[0], gc[tc.n], tc.a, tc.b)
		}
		// Every point lies on the shortest path, at equal steps.
		total := geo.DistanceHaversine(tc.a, tc.b)
		for i, p := range gc {
			if d := geo.DistanceHaversine(tc.a, p) + geo.DistanceHaversine(p, tc.b); math.Abs(d-total) > 1 {
				t.Fatalf("%s: %v is %.0f m off the great circle", tc.name, p, d-total)
			}
			if i > 0 {
				if d := geo.DistanceHaversine(gc[i-1], p); math.Abs(d-total/float64(tc.n)) > 1 {
					t.Fatalf("%s: step %d is %.0f m, want %.0f", tc.name, i, d, total/float64(tc.n))
				}
				if d := math.Abs(p[0] - gc[i-1][0]); d > 180 {
					t.Fatalf("%s: step %d jumps %.1f° of longitude", tc.name, i, d)
				}
			}
		}
	}
	// Across the antimeridian the longitudes stay continuous to the end.
	am := GreatCircle(orb.Point{170, 50}, orb.Point{-170, 50}, 8)
	if math.Abs(am[8][0]-190) > 1e-9 {
		t.Errorf("end %v, want 190 (continuous)", am[8])
	}
	if got := GreatCircle(orb.Point{3, 4}, orb.Point{3, 4}, 10); len(got) != 2 || got[0] != got[1] {
		t.Errorf("identical points: %v", got)
	}
	if got := GreatCircle(orb.Point{0, 0}, orb.Point{10, 0}, 0); len(got) != 2 {
		t.Errorf("n = 0: %v", got)
	}
	// Antipodes: some great circle, half the Earth's circumference long.
	anti := GreatCircle(orb.Point{0, 10}, orb.Point{180, -10}, 8)
	if got, want := geo.LengthHaversine(anti), math.Pi*orb.EarthRadius; len(anti) != 9 || math.Abs(got-want) > 1000 {
		t.Errorf("antipodes: %d points, %.0f m, want %.0f m: %v", len(anti), got, want, anti)
	}
}

func TestSegments(t *testing.T) {
	a, b := orb.Point{0, 0}, orb.Point{1, 0} // 111.2 km
	for _, tc := range []struct {
		step float64
		maxN int
		want int
	}{
		{50_000, 256, 3}, {200_000, 0, 1}, {1_000, 0, 112}, {1_000, 100, 100}, {0, 0, 1}, {-5, 10, 1},
	} {
		if got := Segments(a, b, tc.step, tc.maxN); got != tc.want {
			t.Errorf("Segments(step %g, max %d) = %d, want %d", tc.step, tc.maxN, got, tc.want)
		}
	}
	if got := Segments(a, a, 50_000, 256); got != 1 {
		t.Errorf("no distance: %d segments", got)
	}
}
