package fold_test

import (
	"fmt"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// Key folds a place name into the key the gazetteer is looked up by: lower
// case, without diacritics, punctuation as spaces.
func ExampleKey() {
	for _, name := range []string{"Sant Julià de Lòria", "U.S.", "São Paulo", "Genève"} {
		fmt.Printf("%s → %q\n", name, fold.Key(name))
	}
	// Output:
	// Sant Julià de Lòria → "sant julia de loria"
	// U.S. → "u s"
	// São Paulo → "sao paulo"
	// Genève → "geneve"
}
