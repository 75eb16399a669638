package charts

import (
	"fmt"
	"sort"

	ec "github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/story/analysis"
)

// minRowHeight is the least height in px a bar row may get; places beyond
// what fits are left out (and counted in the subtitle).
const minRowHeight = 16

// places: horizontal bars of the places the sources mention most.
func (b *builder) places(c *Chart) error {
	var ps []analysis.PlaceReport
	for _, p := range b.rep.Places {
		if p.Mentions > 0 {
			ps = append(ps, p)
		}
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Mentions != ps[j].Mentions {
			return ps[i].Mentions > ps[j].Mentions
		}
		return ps[i].Name < ps[j].Name
	})
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	b.scope(ids)
	total := len(ps)
	title := "Places by mentions"
	sub := fmt.Sprintf("%s · %s · %s mentioned", b.o.Title, lexicon.Count(len(b.rep.Sources), "source"), lexicon.Count(total, "place"))
	b.header(title, sub)
	top, bottom := 62, 44
	fit := (b.plotHeight() - top - bottom) / minRowHeight
	if fit < total {
		bottom += b.moreHeight(morePlacesNote(total))
		fit = (b.plotHeight() - top - bottom) / minRowHeight
	}
	if b.o.lite {
		fit = min(fit, 10)
	}
	fit = max(fit, 1)
	if len(ps) > fit {
		ps = ps[:fit]
	}
	b.more = total - len(ps)
	b.moreText = morePlacesNote(b.more)
	lay := b.barLayout(false)
	lw := lay.labelWidth * 0.6
	labels := make([]string, len(ps))
	for i, p := range ps {
		labels[i] = fitLabel(placeName(p), lw, 1)
	}
	labels = unique(labels)
	bar := ec.NewBar()
	bar.SetGlobalOptions(ec.WithTitleOpts(opts.Title{Title: title, Subtitle: sub}))
	bar.SetXAxis(labels).XYReversal()
	data := make([]opts.BarData, len(ps))
	for i, p := range ps {
		data[i] = opts.BarData{Name: labels[i], Value: p.Mentions, ItemStyle: b.itemStyle(p.ID)}
		c.hits[hitKey{0, i}] = Hit{Kind: "place", ID: p.ID, Label: placeName(p), Value: float64(p.Mentions),
			Text: fmt.Sprintf("%s\n%s in %s", placeName(p), lexicon.Count(p.Mentions, "mention"), lexicon.Count(len(p.Sources), "source"))}
	}
	bar.AddSeries("mentions", data, ec.WithBarChartOpts(opts.BarChart{BarCategoryGap: "25%"}),
		ec.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "right"}))
	yData := make([]any, len(labels))
	for i, l := range labels {
		yData[i] = b.categoryItem(l, ps[i].ID)
	}
	patch := b.common(title, sub)
	merge(patch, map[string]any{
		"grid":   map[string]any{"left": int(lw) + 20, "right": 40, "top": top, "bottom": bottom},
		"legend": map[string]any{"show": false},
		"xAxis": merged(b.axisStyle(), map[string]any{"type": "value", "minInterval": 1, "splitNumber": splitNumber(float64(b.o.Width) - lw - 60),
			"name": "mentions", "nameLocation": "middle", "nameGap": 26, "nameTextStyle": map[string]any{"color": b.th.subtext}}),
		"yAxis": merged(b.axisStyle(), map[string]any{"type": "category", "inverse": true, "data": yData,
			"splitLine": map[string]any{"show": false}, "axisLabel": map[string]any{"interval": 0}}),
		"series": []map[string]any{{"label": map[string]any{"color": b.th.text, "fontSize": labelSize}}},
	})
	if b.more > 0 {
		b.moreNote(patch, b.moreText)
	}
	return b.finish(c, bar, patch)
}

func placeName(p analysis.PlaceReport) string {
	if p.Name != "" {
		return p.Name
	}
	return p.ID
}

func sourceMap(r *analysis.Report) map[string]analysis.SourceReport {
	m := map[string]analysis.SourceReport{}
	for _, s := range r.Sources {
		m[s.ID] = s
	}
	return m
}
