//go:build race

package article

// raceEnabled is true when tests run with the race detector, which slows
// them too much for timing assertions.
const raceEnabled = true
