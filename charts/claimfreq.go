package charts

import (
	"fmt"
	"math"
	"sort"
	"strings"

	ec "github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/story/analysis"
)

// maxTopicColours is the largest number of topics coloured apart; with more
// topics (or fewer than two) the bars are coloured curated / discovered.
const maxTopicColours = 7

// claimFrequency: horizontal bars of claims by number of sources, most
// reported on top, coloured by topic (or origin), the count on each bar.
func (b *builder) claimFrequency(c *Chart) error {
	claims := append([]analysis.ClaimReport(nil), b.rep.Claims...)
	sort.SliceStable(claims, func(i, j int) bool {
		if len(claims[i].Sources) != len(claims[j].Sources) {
			return len(claims[i].Sources) > len(claims[j].Sources)
		}
		return claims[i].Label < claims[j].Label
	})
	total := len(claims)
	title := "Claims by number of sources"
	sub := fmt.Sprintf("%s · %s · %s", b.o.Title, lexicon.Count(len(b.rep.Sources), "source"), lexicon.Count(total, "claim"))
	if total == 0 {
		sub += " · no claims found"
	}
	b.header(title, sub)
	claims = b.topClaims(claims)
	b.more = total - len(claims)
	b.moreText = moreClaimsNote(b.more)
	ids := make([]string, len(claims))
	for i, cl := range claims {
		ids[i] = cl.ID
	}
	b.scope(ids)
	// Colour groups: topics when there are 2..maxTopicColours, else origin.
	groupOf, groups := claimGroups(claims)
	lay := b.barLayout(len(groups) > 1)
	if x := b.legendExtra(groups); x > 0 {
		b.legendLines = x
		lay.grid["top"] = lay.grid["top"].(int) + x
	}
	labels := make([]string, len(claims))
	for i, cl := range claims {
		labels[i] = strings.Join(wrapText(cl.Label, lay.labelWidth, cssFont(labelSize, false)), "\n")
	}
	labels = unique(labels)
	bar := ec.NewBar()
	bar.SetGlobalOptions(ec.WithTitleOpts(opts.Title{Title: title, Subtitle: sub}))
	bar.SetXAxis(labels).XYReversal()
	maxV := 0
	for gi, g := range groups {
		data := make([]opts.BarData, len(claims))
		for i, cl := range claims {
			if groupOf[i] != gi {
				data[i] = opts.BarData{Value: "-"}
				continue
			}
			n := len(cl.Sources)
			if n > maxV {
				maxV = n
			}
			data[i] = opts.BarData{Name: labels[i], Value: n, ItemStyle: b.itemStyle(cl.ID)}
			c.hits[hitKey{gi, i}] = Hit{Kind: "claim", ID: cl.ID, Label: cl.Label, Value: float64(n),
				Text: fmt.Sprintf("%s\n%s (%s)", claimTip(cl), lexicon.Count(n, "source"), claimKind(cl))}
		}
		bar.AddSeries(g, data, ec.WithBarChartOpts(opts.BarChart{Stack: "claims", BarCategoryGap: "25%"}),
			ec.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "right"}))
	}
	yData := make([]any, len(labels))
	for i, l := range labels {
		yData[i] = b.categoryItem(l, claims[i].ID)
	}
	series := make([]map[string]any, len(groups))
	for i := range groups {
		series[i] = map[string]any{"label": map[string]any{"color": b.th.text, "fontSize": labelSize}}
	}
	patch := b.common(title, sub)
	merge(patch, map[string]any{
		"grid":   lay.grid,
		"legend": b.legend(groups),
		"xAxis": merged(b.axisStyle(), map[string]any{"type": "value", "minInterval": 1, "max": niceMax(max(maxV, len(b.rep.Sources))),
			"splitNumber": splitNumber(lay.plotWidth),
			"name":        "sources", "nameLocation": "middle", "nameGap": 26, "nameTextStyle": map[string]any{"color": b.th.subtext}}),
		"yAxis": merged(b.axisStyle(), map[string]any{"type": "category", "inverse": true, "data": yData,
			"splitLine": map[string]any{"show": false},
			"axisLabel": map[string]any{"lineHeight": lineHeight, "width": lay.labelWidth, "overflow": "none"}}),
		"series": series,
	})
	if b.more > 0 {
		b.moreNote(patch, moreClaimsNote(b.more))
	}
	return b.finish(c, bar, patch)
}

// claimGroups colours claims by topic when there are 2..maxTopicColours
// topics, otherwise by origin (curated / discovered).
func claimGroups(claims []analysis.ClaimReport) (groupOf []int, groups []string) {
	topics := map[string]int{}
	var order []string
	for _, cl := range claims {
		t := cl.Topic
		if t == "" {
			t = "other"
		}
		if _, ok := topics[t]; !ok {
			topics[t] = len(order)
			order = append(order, t)
		}
	}
	groupOf = make([]int, len(claims))
	if len(order) >= 2 && len(order) <= maxTopicColours {
		for i, cl := range claims {
			t := cl.Topic
			if t == "" {
				t = "other"
			}
			groupOf[i] = topics[t]
		}
		return groupOf, order
	}
	idx := map[string]int{}
	for i, cl := range claims {
		k := claimKind(cl)
		if _, ok := idx[k]; !ok {
			idx[k] = len(groups)
			groups = append(groups, k)
		}
		groupOf[i] = idx[k]
	}
	if len(groups) == 0 {
		groups = []string{"curated"}
	}
	return groupOf, groups
}

func claimKind(cl analysis.ClaimReport) string {
	if cl.Origin == "discovered" {
		return "discovered"
	}
	return "curated"
}

// barLayout is the geometry of a horizontal bar chart: the grid and the
// width a category label may take (it wraps onto as many lines as it
// needs).
type barLayout struct {
	grid       map[string]any
	labelWidth float64
	// plot is the height of the rows, plotWidth the length of the value
	// axis.
	plot, plotWidth float64
}

// MaxClaimBars caps the bars of the claim-frequency chart; fewer when the
// chart is too short for their labels in full.
const MaxClaimBars = 40

// topClaims keeps the most reported claims (sorted first) whose rows fit
// with their labels in full, and any highlighted claim beyond them; a line
// under the plot says how many more there are.
func (b *builder) topClaims(claims []analysis.ClaimReport) []analysis.ClaimReport {
	lay := b.barLayout(true)
	font := cssFont(labelSize, false)
	n := min(len(claims), MaxClaimBars)
	if b.o.lite {
		n = min(n, 10)
	}
	lines := make([][]string, n)
	for i := range lines {
		lines[i] = wrapText(claims[i].Label, lay.labelWidth, font)
	}
	_, groups := claimGroups(claims[:n])
	plot := lay.plot - float64(b.legendExtra(groups))
	if len(claims) > n || fitRows(lines, plot) < n {
		plot -= float64(b.moreHeight(moreClaimsNote(len(claims)))) // room for "+ N more claims"
	}
	n = fitRows(lines, plot)
	if len(claims) <= n {
		return claims
	}
	keep := append([]analysis.ClaimReport(nil), claims[:n]...)
	for _, cl := range claims[n:] {
		if b.hi[cl.ID] && len(keep) > 0 {
			keep[len(keep)-1] = cl // a highlighted claim is always shown
		}
	}
	return keep
}

// barLayout lays out the rows of a horizontal bar chart: labels get 42% of
// the width; the legend, when shown, and the "+ N more" line take their
// room.
func (b *builder) barLayout(legend bool) barLayout {
	top := 62
	if legend {
		top = 86
	}
	bottom := 44
	if b.more > 0 {
		bottom += b.moreHeight(b.moreText)
	}
	left := 12
	lw := math.Floor(float64(b.o.Width) * 0.42)
	plot := float64(b.plotHeight() - top - bottom)
	return barLayout{
		grid:       map[string]any{"left": left + int(lw) + 8, "right": 40, "top": top, "bottom": bottom},
		labelWidth: lw,
		plot:       plot,
		plotWidth:  float64(b.o.Width - left - int(lw) - 8 - 40),
	}
}

// itemStyle dims items that are not highlighted and outlines those that are.
func (b *builder) itemStyle(id string) *opts.ItemStyle {
	if !b.highlighting() {
		return nil
	}
	if b.hi[id] {
		return &opts.ItemStyle{BorderColor: b.th.text, BorderWidth: 2, Opacity: opts.Float(1)}
	}
	return &opts.ItemStyle{Opacity: opts.Float(float32(b.th.dim))}
}

// categoryItem is a category axis entry, bold when highlighted and dimmed
// when something else is.
func (b *builder) categoryItem(label, id string) any {
	if !b.highlighting() {
		return label
	}
	if b.hi[id] {
		return map[string]any{"value": label, "textStyle": map[string]any{"fontWeight": "bold", "color": b.th.text}}
	}
	return map[string]any{"value": label, "textStyle": map[string]any{"color": b.th.subtext}}
}

// legend shows the colour groups when there is more than one.
func (b *builder) legend(groups []string) map[string]any {
	if len(groups) < 2 {
		return map[string]any{"show": false}
	}
	return map[string]any{"show": true, "top": 58, "left": 12, "right": 12, "itemWidth": 14, "itemHeight": 10,
		"itemGap": legendGap, "textStyle": map[string]any{"color": b.th.text, "fontSize": labelSize}}
}

// Legend geometry in CSS pixels: the gap between items (and between
// lines), and the height of one line.
const (
	legendGap  = 10
	legendLine = 14
)

// legendExtra is the height the legend of groups takes beyond its one
// line when a narrow chart wraps it onto more lines (ECharts breaks a
// horizontal legend at the chart's width less its left and right).
func (b *builder) legendExtra(groups []string) int {
	if len(groups) < 2 {
		return 0
	}
	width := float64(b.o.Width - 24)
	font := cssFont(labelSize, false)
	lines, x := 1, 0.0
	for _, g := range groups {
		w := 14 + 5 + measureText(g, font)
		if x > 0 && x+legendGap+w > width {
			lines++
			x = 0
		}
		if x > 0 {
			x += legendGap
		}
		x += w
	}
	return (lines - 1) * (legendLine + legendGap)
}

// merged returns a copy of a with b merged over it.
func merged(a, b map[string]any) map[string]any {
	out := map[string]any{}
	merge(out, a)
	merge(out, b)
	return out
}

// niceMax is the axis maximum: the largest value, at least 1.
func niceMax(v int) int {
	if v < 1 {
		return 1
	}
	return v
}
