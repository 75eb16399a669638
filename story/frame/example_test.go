package frame_test

import (
	"fmt"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story/frame"
)

func ExampleFit() {
	r := frame.Fit([]frame.Item{
		{ID: "lisbon", Point: orb.Point{-9.139, 38.722}, Weight: 6},
		{ID: "porto", Point: orb.Point{-8.611, 41.150}, Weight: 2},
		{ID: "washington", Point: orb.Point{-77.036, 38.895}, Weight: 1},
	})
	fmt.Printf("framed %.1f..%.1f°E, %.1f..%.1f°N; outside: %s\n",
		r.Bound.Min[0], r.Bound.Max[0], r.Bound.Min[1], r.Bound.Max[1], r.Outside[0].ID)
	// Output: framed -9.1..-8.6°E, 38.7..41.1°N; outside: washington
}
