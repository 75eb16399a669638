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
