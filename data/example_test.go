package data_test

import (
	"fmt"

	"github.com/storylens/storylens/data"
	"github.com/storylens/storylens/story"
)

// Bundled is a story package like any other: story.LoadFS reads it.
func ExampleBundled() {
	s, problems := story.LoadFS(data.Bundled(), "bundled")
	if problems.HasErrors() {
		fmt.Println(problems)
		return
	}
	fmt.Println(s.Title)
	fmt.Println(len(s.Steps), "steps,", len(s.Sources), "sources,", len(s.Places), "places")
	// Output:
	// Kim Jong Un's train to Vladivostok
	// 14 steps, 5 sources, 36 places
}
