package svg_test

import (
	"fmt"

	"github.com/storylens/storylens/charts/internal/svg"
)

// A rounded shape's path, moved by its group's transform, as a chart scene
// reads it.
func ExampleParsePath() {
	segs, err := svg.ParsePath("M0 0h10v5H0z")
	if err != nil {
		fmt.Println(err)
		return
	}
	m := svg.ParseTransform("translate(100 50) scale(2)")
	for _, s := range svg.Transform(segs, m) {
		if s.Op == 'Z' {
			fmt.Println("Z")
			continue
		}
		fmt.Printf("%c %v\n", s.Op, s.P[0])
	}
	_, err = svg.ParsePath("M0 0L1")
	fmt.Println(err)
	// Output:
	// M [100 50]
	// L [120 50]
	// L [120 60]
	// L [100 60]
	// Z
	// path data at byte 6: expected a number
}

func ExampleParseColor() {
	c, ok := svg.ParseColor("rgba(0, 114, 178, 0.5)")
	fmt.Println(c, ok)
	_, ok = svg.ParseColor("none")
	fmt.Println(ok)
	// Output:
	// {0 114 178 128} true
	// false
}
