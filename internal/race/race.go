//go:build race

package race

// Enabled is true when the program (or test) is built with the race
// detector, which makes every timing several times slower.
const Enabled = true
