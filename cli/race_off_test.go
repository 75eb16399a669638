//go:build !race

package cli

// raceSlowdown scales time limits in tests under the race detector.
const raceSlowdown = 1
