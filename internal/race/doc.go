// Package race tells whether the race detector is on, for tests whose
// timings or sizes must allow for it: one home for the constant that app,
// charts, mapview and story/article each declared in a pair of build-tagged
// test files.
package race
