package charts

import (
	"math"
	"strings"

	"github.com/storylens/storylens/assets/fonts"
)

// Caption text sizes in CSS pixels.
const (
	footerSize       = 11
	footerLineHeight = 14
	footerPad        = 8
)

// footerLine is one drawn line of the caption's notes or credit.
type footerLine struct {
	text   string
	credit bool
	// rtl: the line's paragraph runs right to left (its first strong
	// letter is Arabic or Hebrew), so it is aligned right.
	rtl bool
}

// footerLines wraps the caption's notes (their own line breaks kept) and
// credit to the chart's width, never shortening them.
func (b *builder) footerLines() []footerLine {
	width := float64(b.o.Width - 24)
	font := cssFont(footerSize, false)
	var out []footerLine
	for _, para := range strings.Split(strings.TrimSpace(b.o.Caption.Notes), "\n") {
		if strings.TrimSpace(para) == "" {
			continue
		}
		rtl := fonts.RightToLeft(para)
		for _, l := range wrapText(para, width, font) {
			out = append(out, footerLine{text: l, rtl: rtl})
		}
	}
	if c := strings.TrimSpace(b.o.Caption.Credit); c != "" {
		rtl := fonts.RightToLeft(c)
		for _, l := range wrapText(c, width, font) {
			out = append(out, footerLine{text: l, credit: true, rtl: rtl})
		}
	}
	return out
}

// footerHeight is the height the caption takes under the plot.
func (b *builder) footerHeight() int {
	if len(b.footer) == 0 {
		return 0
	}
	return footerPad + len(b.footer)*footerLineHeight + footerPad
}

// plotHeight is the chart's height less the caption under it and the
// title's and subtitle's extra lines above: what the chart lays its rows
// out in.
func (b *builder) plotHeight() int { return b.o.Height - b.footerHeight() - b.headerExtra }

// Title line heights in CSS pixels.
const (
	titleLineHeight    = 20
	subtitleLineHeight = 15
)

// header wraps the chart's title and subtitle (the caption's when given)
// to the chart's width, never shortening them; every line beyond the
// first moves the plot down (headerExtra). Charts call it before laying
// out their rows.
func (b *builder) header(title, sub string) {
	if b.o.Caption.Title != "" {
		title = b.o.Caption.Title
	}
	if b.o.Caption.Subtitle != "" {
		sub = b.o.Caption.Subtitle
	}
	width := float64(b.o.Width - 24)
	b.titleLines = wrapText(title, width, cssFont(titleSize, true))
	b.subLines = wrapText(sub, width, cssFont(subtitleSize, false))
	b.headerExtra = max(0, len(b.titleLines)-1)*titleLineHeight + max(0, len(b.subLines)-1)*subtitleLineHeight
	if n := len(b.titleLines); n > 0 {
		b.titleDrop = dropBelow(b.titleLines[n-1], true, titleSize)
		b.headerExtra += b.titleDrop
	}
}

// dropBelow is how many CSS px the glyphs of line s, at size px, reach
// below Liberation Sans' descent: 0 for text that face draws alone, else
// from the shaped outlines (fonts.Shape's Bottom), rounded up.
func dropBelow(s string, bold bool, size float64) int {
	if strings.TrimSpace(s) == "" || fonts.Simple(s, bold) {
		return 0
	}
	reg, bd, err := loadFaces()
	if err != nil {
		return 0
	}
	fc := reg
	if bold {
		fc = bd
	}
	l, err := fonts.Shape(s, bold)
	if err != nil {
		return 0
	}
	return max(0, int(math.Ceil((l.Bottom-fc.descent)*size-0.25)))
}

// applyCaption puts the caption into a chart's option patch: the title and
// subtitle replaced when given, the grid raised by the footer's height, and
// the notes and credit drawn as text under it.
func (b *builder) applyCaption(c *Chart, patch map[string]any) {
	if c.Transparent {
		patch["backgroundColor"] = "transparent"
	}
	cap := b.o.Caption
	if t, ok := patch["title"].(map[string]any); ok {
		if cap.Title != "" {
			t["text"] = cap.Title
		}
		if title, _ := t["text"].(string); fonts.RightToLeft(title) {
			// A title in a right-to-left script starts at the right:
			// ECharts' own left: "right", whose text it then aligns right
			// (the header: title and subtitle, every wrapped line), 12 px
			// plus the title's default padding of 5 from the edge, as the
			// left-aligned title is from the left edge.
			t["left"] = "right"
			t["padding"] = []int{5, 12 + 5, 5, 5}
		}
		if cap.Subtitle != "" {
			t["subtext"] = cap.Subtitle
		}
		if b.titleDrop > 0 {
			t["itemGap"] = 6 + b.titleDrop
		}
		if len(b.titleLines) > 1 {
			t["text"] = strings.Join(b.titleLines, "\n")
			t["textStyle"].(map[string]any)["lineHeight"] = titleLineHeight
		}
		if len(b.subLines) > 1 {
			t["subtext"] = strings.Join(b.subLines, "\n")
			t["subtextStyle"].(map[string]any)["lineHeight"] = subtitleLineHeight
		}
	}
	if x := b.headerExtra; x > 0 {
		for _, k := range []string{"grid", "legend"} {
			if g, ok := patch[k].(map[string]any); ok {
				if v, ok := g["top"].(int); ok {
					g["top"] = v + x
				}
			}
		}
	}
	fh := b.footerHeight()
	if fh == 0 {
		return
	}
	if g, ok := patch["grid"].(map[string]any); ok {
		if v, ok := g["bottom"].(int); ok {
			g["bottom"] = v + fh
		}
	}
	g, _ := patch["graphic"].(map[string]any)
	if g == nil {
		g = map[string]any{}
		patch["graphic"] = g
	}
	els, _ := g["elements"].([]any)
	y := b.o.Height - fh + footerPad
	for _, l := range b.footer {
		col := b.th.text
		if l.credit {
			col = b.th.subtext
		}
		el := map[string]any{"type": "text", "left": 12, "top": y, "silent": true,
			"style": map[string]any{"text": l.text, "fill": col, "fontSize": footerSize,
				"fontFamily": fontFamily, "lineHeight": footerLineHeight}}
		if l.rtl {
			// A note or credit in a right-to-left script is aligned right,
			// each line of its paragraph alike.
			delete(el, "left")
			el["right"] = 12
		}
		els = append(els, el)
		y += footerLineHeight
	}
	g["elements"] = els
}
