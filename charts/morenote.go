package charts

import "fmt"

// The notes under a plot saying what it leaves out.
func moreClaimsNote(n int) string {
	return fmt.Sprintf("+ %d more claims, none reported more often", n)
}

func moreCoverageNote(n int) string {
	return fmt.Sprintf("+ %d more claims, none more widely reported (all in the HTML and CSV table)", n)
}

func morePlacesNote(n int) string {
	return fmt.Sprintf("+ %d more places, none mentioned more often", n)
}

// moreLines is a note wrapped to the chart's width.
func (b *builder) moreLines(text string) []string {
	return wrapText(text, float64(b.o.Width-24), cssFont(labelSize, false))
}

// moreHeight is the room a note takes under the plot: its wrapped lines
// and a gap. Charts reserve it with the note for all their rows, whose
// count has the most digits.
func (b *builder) moreHeight(text string) int { return len(b.moreLines(text))*lineHeight + 8 }

// moreNote writes a note just under the plot, left-aligned with the
// chart, wrapped to its width, saying what was left out.
func (b *builder) moreNote(patch map[string]any, text string) {
	g, _ := patch["graphic"].(map[string]any)
	if g == nil {
		g = map[string]any{"elements": []any{}}
		patch["graphic"] = g
	}
	els, _ := g["elements"].([]any)
	lines := b.moreLines(text)
	// The plot's bottom is the chart's less the caption's footer.
	y := b.o.Height - b.footerHeight() - 6 - len(lines)*lineHeight
	for _, l := range lines {
		els = append(els, map[string]any{"type": "text", "left": 12, "top": y, "silent": true,
			"style": map[string]any{"text": l, "fill": b.th.subtext, "fontSize": labelSize, "fontFamily": fontFamily}})
		y += lineHeight
	}
	g["elements"] = els
}
