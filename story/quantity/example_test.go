package quantity_test

import (
	"fmt"

	"github.com/storylens/storylens/story/article"
	"github.com/storylens/storylens/story/quantity"
)

// Extract finds the distances, counts and dates a source states; Conflicts
// compares the values that are about the same thing across sources.
func ExampleConflicts() {
	parse := func(name, text string) []article.Sentence {
		a, err := article.Parse(name, []byte(text))
		if err != nil {
			panic(err)
		}
		return a.Sentences
	}
	var qs []quantity.Quantity
	qs = append(qs, quantity.Extract("a", parse("a.txt", "The ship sailed 1,200 km from Bergen to Plymouth."))...)
	qs = append(qs, quantity.Extract("b", parse("b.txt", "It covered about 1,500 km from Bergen to Plymouth."))...)
	for _, q := range qs {
		fmt.Printf("%s: %s %v %s = %.0f %s\n", q.Source, q.Kind, q.Value, q.Unit, q.Normalized.Value, q.Normalized.Unit)
	}
	for _, c := range quantity.Conflicts(qs, quantity.Tolerances{}) {
		fmt.Println(c.About, "|", c.Verdict, "|", c.Sources)
	}
	// Output:
	// a: distance 1200 km = 1200 km
	// b: distance 1500 km = 1500 km
	// distance Bergen–Plymouth | differ by 25% (300 km) | [a b]
}
