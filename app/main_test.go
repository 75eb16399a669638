package app

import (
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	// Fyne's test driver runs fyne.Do inline on the goroutine that calls it,
	// so chart renders finishing on their own goroutines would update
	// widgets concurrently with the test. Run them at once instead.
	goBackground = func(f func()) { f() }
	chartDebounce = 0
	os.Exit(m.Run())
}
