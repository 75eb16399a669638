package charts

// theme holds the colours of the light or dark variant.
type theme struct {
	bg, text, subtext, axis, split, empty, border string
	// series colours, colour-blind safe (Okabe & Ito 2008)
	palette []string
	// dim is the opacity of items that are not highlighted.
	dim float64
}

// okabeIto is the Okabe-Ito palette without black, in the order the charts
// use it: blue, orange, bluish green, vermillion, sky blue, reddish purple,
// yellow, grey.
var okabeIto = []string{"#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#999999"}

// okabeItoDark is the same palette with the dark blue swapped for sky blue
// first, which keeps contrast on a dark background.
var okabeItoDark = []string{"#56B4E9", "#E69F00", "#009E73", "#D55E00", "#0072B2", "#CC79A7", "#F0E442", "#BBBBBB"}

func themeFor(dark bool) theme {
	if dark {
		return theme{bg: "#1e2126", text: "#e6e8eb", subtext: "#a4abb4", axis: "#7a828c", split: "#363b43",
			empty: "#2c3138", border: "#1e2126", palette: okabeItoDark, dim: 0.3}
	}
	return theme{bg: "#ffffff", text: "#1f2328", subtext: "#59636e", axis: "#8c959f", split: "#e1e5ea",
		empty: "#eef1f4", border: "#ffffff", palette: okabeIto, dim: 0.3}
}

// fontFamily is the CSS font stack of every chart text: the embedded font
// first (it measures and draws the text), then look-alikes for SVG viewers
// without it.
const fontFamily = "Liberation Sans, Arial, Helvetica, sans-serif"

// Text sizes in CSS pixels.
const (
	titleSize    = 16
	subtitleSize = 12
	labelSize    = 12
	lineHeight   = 14
)

// common returns the option parts every chart shares: background, fonts,
// title and subtitle, tooltip.
func (b *builder) common(title, subtitle string) map[string]any {
	th := b.th
	return map[string]any{
		"backgroundColor": th.bg,
		"color":           th.palette,
		"textStyle":       map[string]any{"fontFamily": fontFamily, "fontSize": labelSize, "color": th.text},
		"title": map[string]any{
			"text": title, "subtext": subtitle, "left": 12, "top": 8, "itemGap": 6,
			"textStyle":    map[string]any{"fontFamily": fontFamily, "fontSize": titleSize, "fontWeight": "bold", "color": th.text},
			"subtextStyle": map[string]any{"fontFamily": fontFamily, "fontSize": subtitleSize, "color": th.subtext},
		},
		"tooltip": map[string]any{"show": true, "trigger": "item", "confine": true},
	}
}

// axisStyle is the look of an axis in the theme.
func (b *builder) axisStyle() map[string]any {
	th := b.th
	return map[string]any{
		"axisLine":  map[string]any{"show": true, "lineStyle": map[string]any{"color": th.axis}},
		"axisTick":  map[string]any{"show": false},
		"axisLabel": map[string]any{"color": th.text, "fontFamily": fontFamily, "fontSize": labelSize},
		"splitLine": map[string]any{"show": true, "lineStyle": map[string]any{"color": th.split}},
	}
}

// minTickGap is the least room, in CSS pixels, between two value-axis
// ticks: a label such as "4,000" with space on each side.
const minTickGap = 48

// splitNumber is how many intervals a value axis span px long is split
// into: ECharts' default 5, fewer when the ticks would be closer than
// minTickGap (a narrow panel), at least 1.
func splitNumber(span float64) int { return max(1, min(5, int(span/minTickGap))) }
