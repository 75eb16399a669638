package sphere_test

import (
	"fmt"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/internal/sphere"
)

// A flight from Fiji to Samoa: the raw longitudes jump at the antimeridian,
// the unwrapped ones go on past 180.
func ExampleUnwrap() {
	line := orb.LineString{{178.4, -18.1}, {-179.5, -16.5}, {-171.8, -13.8}}
	for _, p := range sphere.Unwrap(line) {
		fmt.Printf("%.1f ", p[0])
	}
	fmt.Println()
	// Output: 178.4 180.5 188.2
}

// Suva to Apia in four equal steps: the great circle crosses 180 and the
// longitudes go on past it.
func ExampleGreatCircle() {
	suva, apia := orb.Point{178.44, -18.14}, orb.Point{-171.77, -13.83}
	for i, p := range sphere.GreatCircle(suva, apia, 4) {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("(%.1f, %.1f)", p[0], p[1])
	}
	fmt.Println()
	fmt.Println(sphere.Segments(suva, apia, 50_000, 256), "segments of at most 50 km")
	// Output:
	// (178.4, -18.1) (180.9, -17.1) (183.4, -16.0) (185.8, -14.9) (188.2, -13.8)
	// 24 segments of at most 50 km
}
