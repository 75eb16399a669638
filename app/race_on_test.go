//go:build race

package app

// raceEnabled is true when the tests run with the race detector, which makes
// every timing several times slower.
const raceEnabled = true
