//go:build race

package charts

// raceEnabled is true when the tests run with the race detector, which makes
// every chart build and render several times slower.
const raceEnabled = true
