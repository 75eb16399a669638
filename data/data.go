// Package data embeds the bundled default story of Storylens: Kim Jong Un's
// armored-train trips to Vladivostok to meet Vladimir Putin, in April 2019
// and September 2023, told through five news articles.
//
// The kimputin folder is a complete story package (see docs/story-format.md):
// the five seed articles verbatim under articles/, and the hand-made
// story.json, sources.json, places.geojson, routes.geojson and claims.json.
// kimputin/PROVENANCE.md says where every hand-made item comes from and how
// approximate it is. Which sources support a claim is not stored here: it is
// computed from the articles' text.
package data

import (
	"embed"
	"io/fs"
)

// BundledName is the display name of the bundled story.
const BundledName = "Kim Jong Un's train to Vladivostok"

//go:embed kimputin
var bundled embed.FS

// Bundled returns the bundled story package as a read-only file system whose
// root is the story folder (story.json, articles/, ...).
func Bundled() fs.FS {
	sub, err := fs.Sub(bundled, "kimputin")
	if err != nil {
		// fs.Sub only fails on an invalid path; "kimputin" is valid.
		panic(err)
	}
	return sub
}
