package corpus_test

import (
	"bytes"
	"fmt"

	"github.com/storylens/storylens/internal/corpus"
)

// The same options give the same corpus, so benchmarks compare like with
// like.
func ExampleGenerate() {
	a := corpus.Generate(corpus.Options{Articles: 3, Words: 200, Seed: 7})
	b := corpus.Generate(corpus.Options{Articles: 3, Words: 200, Seed: 7})
	fmt.Println(len(a), a[0].Name, bytes.Equal(a[2].Text, b[2].Text))
	// Output: 3 a00000.md true
}
