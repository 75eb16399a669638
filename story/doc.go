// Package story is Storylens' model of a news story: the articles (sources)
// that report it, the places and routes they mention, the claims they make,
// and the steps a reader walks through. It loads and validates story packages
// (a folder or a .zip) and plain folders of articles, and writes packages.
//
// Package story is pure Go with no UI dependency, so everything in it can be
// tested and benchmarked headless.
package story
