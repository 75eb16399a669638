package locale_test

import (
	"fmt"

	"github.com/storylens/storylens/internal/locale"
)

// Normalise works on any environment: here a map stands in for the
// process's.
func ExampleNormalise() {
	env := map[string]string{"LANG": "C.UTF-8", "LC_ALL": "de_DE.UTF-8"}
	locale.Normalise(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
	fmt.Println(env["LANG"], env["LC_ALL"])
	// Output: C de_DE.UTF-8
}
