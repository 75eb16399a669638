package storyview_test

import (
	"fmt"

	"github.com/storylens/storylens/storyview"
)

// Open the bundled story, step to its second step and list what the
// evidence panel would show.
func Example() {
	l := storyview.DefaultLoader("", func(string) {})
	if l.Failed {
		fmt.Println(l.Problems)
		return
	}
	n := storyview.NewNav(l.Story, l.Report)
	n.Next()
	fmt.Println("step", n.Index()+1)
	v := n.Evidence()
	fmt.Println(v.Heading+":", len(v.Groups()) > 0)
	// Output:
	// step 2
	// Evidence for this step: true
}
