// Package fonts embeds the font Storylens draws chart and map text with:
// Liberation Sans 2.1.5 (regular and bold, SIL Open Font License 1.1, see
// OFL.txt and README.md). The same bytes measure text for chart layout and
// draw the glyphs, so what is laid out is what is drawn.
//
// It is also the one place Storylens parses fonts: [Parse] returns any
// embedded face, Liberation Sans or the Go fonts that the slides draw
// with, parsed once per process.
package fonts

import _ "embed"

// SansRegular is LiberationSans-Regular.ttf.
//
//go:embed LiberationSans-Regular.ttf
var SansRegular []byte

// SansBold is LiberationSans-Bold.ttf.
//
//go:embed LiberationSans-Bold.ttf
var SansBold []byte

// Family is the CSS font family name chart options use for these fonts.
const Family = "Liberation Sans"
