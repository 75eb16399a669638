package analysis

import "github.com/storylens/storylens/story"

// analyseSource does all per-article work; it runs on a worker goroutine and
// touches nothing shared.
func analyseSource(src *story.Source, places *placeFinder) sourceResult {
	var r sourceResult
	r.mentions, r.focus = places.find(src)
	r.quants = extractQuantities(src, r.mentions)
	return r
}
