package charts

import (
	"fmt"
	"strings"

	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/story/analysis"
)

// Theme is a chart's colour scheme, chosen for an export whatever the
// screen's theme.
type Theme string

// The chart themes.
const (
	// ThemeLight is dark text on white.
	ThemeLight Theme = "light"
	// ThemeDark is light text on a dark grey.
	ThemeDark Theme = "dark"
	// ThemeTransparent is the light colours with no background at all: a
	// transparent PNG, an SVG, PDF and HTML page without a background
	// rectangle, to lay over a page of the publisher's own.
	ThemeTransparent Theme = "transparent"
)

// Themes lists the themes in the order a menu shows them.
var Themes = []Theme{ThemeLight, ThemeDark, ThemeTransparent}

// ParseTheme reads a theme name ("light", "dark", "transparent").
func ParseTheme(s string) (Theme, error) {
	t := Theme(strings.ToLower(strings.TrimSpace(s)))
	for _, k := range Themes {
		if t == k {
			return t, nil
		}
	}
	names := make([]string, len(Themes))
	for i, k := range Themes {
		names[i] = string(k)
	}
	return "", fmt.Errorf("theme %q: want one of %s", s, strings.Join(names, ", "))
}

// Preset is a named export size: the chart is laid out at Width × Height
// CSS pixels and a PNG drawn at Scale device pixels per CSS pixel, so that
// the PNG has exactly PixelWidth × PixelHeight pixels. The PDF page is the
// paper (PaperMM) for print presets, the CSS size at 96 dpi otherwise.
type Preset struct {
	// Name is the identifier used by --preset and saved in settings.
	Name string
	// Label is how a menu shows it.
	Label string
	// Width and Height are the layout size in CSS pixels.
	Width, Height int
	// PixelWidth and PixelHeight are the PNG's size.
	PixelWidth, PixelHeight int
	// PaperMM is the paper's width and height in millimetres for the print
	// presets (the PDF page is exactly that), zero otherwise.
	PaperMM [2]float64
}

// PagePt is the PDF page of the preset in points: its paper, or zero for a
// screen preset.
func (p Preset) PagePt() [2]float64 {
	if p.PaperMM[0] == 0 {
		return [2]float64{}
	}
	return [2]float64{p.PaperMM[0] * 72 / 25.4, p.PaperMM[1] * 72 / 25.4}
}

// Scale is the PNG pixel scale of the preset.
func (p Preset) Scale() float64 { return float64(p.PixelWidth) / float64(p.Width) }

// Presets are the export sizes offered by name: web (1200×675 pixels),
// slide (1920×1080), and print A4 and Letter, landscape at 300 dpi.
var Presets = []Preset{
	{Name: "web", Label: "Web 1200×675", Width: 1200, Height: 675, PixelWidth: 1200, PixelHeight: 675},
	{Name: "slide", Label: "Slide 1920×1080", Width: 1920, Height: 1080, PixelWidth: 1920, PixelHeight: 1080},
	// A4 landscape is 297 × 210 mm: 1123 × 794 CSS px at 96 dpi, 3508 × 2480 px at 300 dpi.
	{Name: "a4", Label: "Print A4 landscape, 300 dpi", Width: 1123, Height: 794, PixelWidth: 3508, PixelHeight: 2480,
		PaperMM: [2]float64{297, 210}},
	// Letter landscape is 11 × 8.5 in: 1056 × 816 CSS px, 3300 × 2550 px at 300 dpi.
	{Name: "letter", Label: "Print Letter landscape, 300 dpi", Width: 1056, Height: 816, PixelWidth: 3300, PixelHeight: 2550,
		PaperMM: [2]float64{279.4, 215.9}},
}

// PresetByName returns the preset called name (case-insensitive); the error
// lists the presets there are.
func PresetByName(name string) (Preset, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, p := range Presets {
		if p.Name == n {
			return p, nil
		}
	}
	return Preset{}, fmt.Errorf("preset %q: want one of %s", name, presetNames())
}

func presetNames() string {
	names := make([]string, len(Presets))
	for i, p := range Presets {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}

// ParseSizeOrPreset reads either a preset name or a custom size
// "WIDTHxHEIGHT" (checked by CheckSize). It returns the CSS size and the
// PNG scale the preset fixes (0 for a custom size: the caller's scale
// applies). The error names every preset and the custom size range.
func ParseSizeOrPreset(s string) (w, h int, scale float64, err error) {
	if p, perr := PresetByName(s); perr == nil {
		return p.Width, p.Height, p.Scale(), nil
	}
	w, h, err = ParseSize(s)
	if err != nil {
		return 0, 0, 0, fmt.Errorf("size %q: want a preset (%s) or WIDTHxHEIGHT from %dx%d to %dx%d",
			s, presetNames(), MinWidth, MinHeight, MaxSide, MaxSide)
	}
	return w, h, 0, nil
}

// Caption is what a published chart carries besides the chart: each field
// left empty keeps the chart's own (title, subtitle) or draws nothing
// (notes, credit).
type Caption struct {
	// Title replaces the chart's title.
	Title string
	// Subtitle replaces the chart's computed subtitle.
	Subtitle string
	// Notes are drawn under the chart, wrapped to its width (line breaks
	// kept).
	Notes string
	// Credit is the line at the bottom naming the data, e.g.
	// DefaultCredit(report).
	Credit string
}

// DefaultCredit names the data of a report: "Source: 5 articles, 2019–2023
// · Storylens" (the years of the dated sources; none when no source has a
// date).
func DefaultCredit(r *analysis.Report) string {
	if r == nil {
		return "Source: Storylens"
	}
	first, last := "", ""
	for _, s := range r.Sources {
		t, err := parseDate(s.Date)
		if err != nil {
			continue
		}
		y := t.Format("2006")
		if first == "" || y < first {
			first = y
		}
		if y > last {
			last = y
		}
	}
	out := "Source: " + lexicon.Count(len(r.Sources), "article")
	switch {
	case first == "":
	case first == last:
		out += ", " + first
	default:
		out += ", " + first + "–" + last
	}
	return out + " · Storylens"
}
