// Package fonts embeds the font Storylens draws chart and map text with:
// Liberation Sans 2.1.5 (regular and bold, SIL Open Font License 1.1, see
// OFL.txt and README.md). The same bytes measure text for chart layout and
// draw the glyphs, so what is laid out is what is drawn.
//
// For the scripts Liberation Sans lacks it embeds fallback faces (subsets
// of Noto Sans Arabic, Devanagari and Thai, Nanum Gothic and Droid Sans
// Fallback): [Chain] orders them, [Shape] lays text out from them (bidi,
// per-rune fallback, HarfBuzz shaping) and [Line.Mask] rasterises it.
//
// It is also the one place Storylens parses fonts: [Parse] returns any
// embedded face, Liberation Sans, the Go fonts that the slides draw with
// or a fallback face, parsed once per process.
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

// The fallback faces, subsets that tools/genfonts writes (README.md).
var (
	//go:embed NotoSansArabic-Regular.ttf
	notoArabic []byte
	//go:embed NotoSansArabic-Bold.ttf
	notoArabicBold []byte
	//go:embed NotoSansDevanagari-Regular.ttf
	notoDevanagari []byte
	//go:embed NotoSansDevanagari-Bold.ttf
	notoDevanagariBold []byte
	//go:embed NotoSansThai-Regular.ttf
	notoThai []byte
	//go:embed NotoSansThai-Bold.ttf
	notoThaiBold []byte
	//go:embed NanumGothic-Regular.ttf
	nanum []byte
	//go:embed NanumGothic-Bold.ttf
	nanumBold []byte
	//go:embed DroidSansFallback-Subset.ttf
	droid []byte
)

// fallbackTTF holds the fallback faces' files in Face order, from
// NotoSansArabic on.
var fallbackTTF = [...][]byte{notoArabic, notoArabicBold, notoDevanagari, notoDevanagariBold,
	notoThai, notoThaiBold, nanum, nanumBold, droid}
