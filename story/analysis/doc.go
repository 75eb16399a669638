// Package analysis computes what Storylens shows from a story's articles and
// geometry: the places each source mentions, which sources report each claim
// (curated and discovered), quantities, conflicts between sources, checks of
// stated distances against the map, and per-source coverage. Nothing in a
// Report is typed in; every figure is computed.
//
// The JSON form of a Report is documented in docs/analyze-json.md.
package analysis
