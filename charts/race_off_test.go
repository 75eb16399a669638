//go:build !race

package charts

// raceEnabled is true when the tests run with the race detector.
const raceEnabled = false
