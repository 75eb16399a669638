//go:build race

package mapview

// raceEnabled is true under the race detector, which slows drawing several
// times: timing budgets are not checked then.
const raceEnabled = true
