package story

import "github.com/storylens/storylens/story/article"

// Limits on what a story may contain. A story over any of them is refused
// with an error naming the file; they keep a hostile or broken story from
// exhausting memory or time. All are documented in docs/story-format.md.
const (
	// MaxArticleBytes is the largest article file (5 MB).
	MaxArticleBytes = article.MaxArticleBytes
	// MaxArticles is the most article files a story may have: a researcher's
	// corpus of a long-running story (200,000), still a bound on what a
	// hostile folder can make Storylens list and read.
	MaxArticles = 200000
	// MaxGeoJSONBytes is the largest places.geojson or routes.geojson (20 MB).
	MaxGeoJSONBytes = 20 << 20
	// MaxCoordinates is the most positions one GeoJSON file may hold.
	MaxCoordinates = 1000000
	// MaxJSONBytes is the largest story.json, claims.json or sources.json (10 MB).
	MaxJSONBytes = 10 << 20
	// MaxJSONDepth is the deepest nesting of arrays and objects accepted in
	// any JSON or GeoJSON file; it is checked before decoding.
	MaxJSONDepth = 64
	// MaxStoryBytes is the most bytes read for one story, all files
	// together, from a folder or (uncompressed) from a .zip (1 GiB: the
	// MaxArticles articles at 5 KB each, a long news article).
	MaxStoryBytes = 1 << 30
	// MaxZipEntries is the most entries a story .zip may have: the
	// MaxArticles articles and room for the other files of a package.
	MaxZipEntries = MaxArticles + 5000
)

// storyBudget is MaxStoryBytes; tests lower it to check the limit cheaply.
var storyBudget int64 = MaxStoryBytes
