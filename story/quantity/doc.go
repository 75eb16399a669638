// Package quantity finds numbers in article sentences (distances, durations,
// counts, percentages, money, dates and date ranges), normalises their units
// (km, h, count, %, ISO dates), reports values that sources give differently
// for the same thing (Conflicts), and compares stated distances and compass
// directions with the map (Checks: great-circle distance, route length and
// bearing with orb/geo).
//
// The package is pure Go with no UI dependency and does not import
// story/analysis, which converts its results. See README.md for the rules
// and tolerances.
package quantity
