package testfixture_test

import (
	"fmt"

	"github.com/storylens/storylens/internal/testfixture"
)

// MapStory needs no articles, so a map test can draw it at once.
func ExampleMapStory() {
	s, r := testfixture.MapStory()
	fmt.Println(len(s.Places), "places,", len(s.Steps), "steps;", s.Routes[0].Name, "through", s.Routes[0].Stops)
	fmt.Println(r.Places[2].Name, r.Places[2].Mentions)
	// Output:
	// 5 places, 3 steps; Armoured train through [pyongyang khasan vladivostok]
	// Vladivostok 12
}
