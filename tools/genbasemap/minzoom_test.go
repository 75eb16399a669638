package main

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// The zoom from which a border is drawn grows with how small its regions
// are: German Länder and US states early, French départements later,
// small municipalities last; the pole does not overflow.
func TestRegionMinZoom(t *testing.T) {
	km2 := 1e6
	for _, tc := range []struct {
		name string
		area float64 // km²
		lat  float64
		want uint8
	}{
		{"unknown area", 0, 45, 4},
		{"Siberian oblast", 700_000, 60, 4},
		{"Texas", 695_000, 31, 4},
		{"Baden-Württemberg", 35_750, 48.5, 5},
		{"a French département", 6_000, 46, 6},
		{"an English county", 2_500, 52, 7},
		{"a Slovenian municipality", 100, 46, 9},
		{"a city ward", 5, 35, 10},
		{"near the pole (cos clamped at 0.05)", 1, 89.9, 9},
	} {
		if got := regionMinZoom(tc.area*km2, tc.lat); got != tc.want {
			t.Errorf("%s (%g km² at %g°): min zoom %d, want %d", tc.name, tc.area, tc.lat, got, tc.want)
		}
	}
	// Monotonic: a smaller region never shows earlier.
	prev := uint8(0)
	for a := 1e12; a > 1e5; a /= 1.7 {
		z := regionMinZoom(a, 40)
		if z < prev {
			t.Fatalf("area %g m²: zoom %d after %d for a larger one", a, z, prev)
		}
		prev = z
	}
}

func TestRegionSize(t *testing.T) {
	// A 1°×1° square at the equator is about 12,364 km²; the small island
	// beside it does not count.
	sq := []orb.Point{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}
	island := []orb.Point{{2, 0}, {2.1, 0}, {2.1, 0.1}, {2, 0.1}, {2, 0}}
	got := regionSize([][]orb.Point{island, sq}) / 1e6
	if math.Abs(got-12364) > 100 {
		t.Errorf("region size %.0f km², want about 12,364", got)
	}
	if regionSize([][]orb.Point{{{0, 0}, {1, 1}}}) != 0 {
		t.Error("an open line has an area")
	}
}
