package limitread_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/storylens/storylens/internal/limitread"
)

// A reader is read to its end unless it holds more than the limit; then the
// error names it and the limit, and at most limit + 1 bytes were read.
func ExampleRead() {
	b, err := limitread.Read(strings.NewReader("small"), "a.txt", -1, 10)
	fmt.Printf("%q %v\n", b, err)
	_, err = limitread.Read(strings.NewReader(strings.Repeat("x", 64)), "b.txt", -1, 10)
	fmt.Println(err, errors.Is(err, limitread.ErrTooLarge))
	// Output:
	// "small" <nil>
	// b.txt: over the limit of 10 bytes true
}
