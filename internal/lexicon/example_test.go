package lexicon_test

import (
	"fmt"

	"github.com/storylens/storylens/internal/lexicon"
)

// A reader of dates looks a lower-case word up in Months, and asks whether
// it was abbreviated (a following "." is then not a sentence end).
func ExampleMonths() {
	for _, w := range []string{"sept", "may", "monday"} {
		m, ok := lexicon.Months[w]
		fmt.Println(w, m, ok, lexicon.IsMonthAbbreviation(w), lexicon.MonthName(m))
	}
	// Output:
	// sept 9 true true September
	// may 5 true false May
	// monday 0 false false
}

// A reader that tells a person's name from a place's asks whether the word
// before it is a title; one for which a saint's name is a place leaves the
// saints' titles out.
func ExamplePersonTitles() {
	titles := lexicon.PersonTitles(lexicon.SaintTitles()...)
	for _, w := range []string{"president", "sheikh", "st", "moscow"} {
		fmt.Println(w, titles[w])
	}
	// Output:
	// president true
	// sheikh true
	// st false
	// moscow false
}

func ExampleCount() {
	fmt.Println(lexicon.Count(1, "article"), "and", lexicon.Count(3, "source"))
	// Output: 1 article and 3 sources
}
