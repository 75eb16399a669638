package charts

import (
	"fmt"
	"math"

	ec "github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/storylens/storylens/story/analysis"
)

// sourceCoverage: a claims × sources heatmap, a filled cell when the source
// reports the claim, with each source's total under its column.
func (b *builder) sourceCoverage(c *Chart) error {
	cov := b.rep.Coverage
	if len(cov.Matrix) != len(cov.Sources) {
		return fmt.Errorf("coverage matrix has %d rows for %d sources", len(cov.Matrix), len(cov.Sources))
	}
	for i, row := range cov.Matrix {
		if len(row) != len(cov.Claims) {
			return fmt.Errorf("coverage matrix row %d (source %s) has %d cells for %d claims", i, cov.Sources[i], len(row), len(cov.Claims))
		}
	}
	claimByID := map[string]analysis.ClaimReport{}
	for _, cl := range b.rep.Claims {
		claimByID[cl.ID] = cl
	}
	srcByID := map[string]analysis.SourceReport{}
	for _, s := range b.rep.Sources {
		srcByID[s.ID] = s
	}
	nS, nC := len(cov.Sources), len(cov.Claims)
	b.scope(append(append([]string(nil), cov.Sources...), cov.Claims...))
	title := "Which source reports which claim"
	sub := fmt.Sprintf("%s · %s · %s · filled: the source reports the claim", b.o.Title, plural(nS, "source"), plural(nC, "claim"))

	// Layout: claims are rows (labels on the left), sources are columns.
	top, bottom := 62, 14+3*lineHeight
	lw := math.Floor(float64(b.o.Width) * 0.40)
	plotW := float64(b.o.Width) - lw - 20 - 24
	colW := plotW / math.Max(1, float64(nS))
	rowH := float64(b.plotHeight()-top-bottom) / math.Max(1, float64(nC))
	lines := 1
	if rowH >= 2*lineHeight+6 {
		lines = 2
	}
	claimLabels := make([]string, nC)
	for j, id := range cov.Claims {
		claimLabels[j] = fitLabel(claimLabel(claimByID, id), lw, lines)
	}
	claimLabels = unique(claimLabels)
	totals := make([]int, nS)
	srcLabels := make([]string, nS)
	for i, id := range cov.Sources {
		for _, v := range cov.Matrix[i] {
			if v {
				totals[i]++
			}
		}
		srcLabels[i] = fitLabel(sourceLabel(srcByID, id), colW-8, 2) + "\n" + plural(totals[i], "claim")
	}
	srcLabels = unique(srcLabels)

	hm := ec.NewHeatMap()
	hm.SetGlobalOptions(ec.WithTitleOpts(opts.Title{Title: title, Subtitle: sub}))
	hm.SetXAxis(srcLabels)
	var data []opts.HeatMapData
	var items []any
	for i, sid := range cov.Sources {
		for j, cid := range cov.Claims {
			v := 0
			if cov.Matrix[i][j] {
				v = 1
			}
			data = append(data, opts.HeatMapData{Value: [3]int{i, j, v}})
			color := b.th.empty
			if v == 1 {
				color = b.th.palette[0]
			}
			style := map[string]any{"color": color, "borderColor": b.th.bg, "borderWidth": 2}
			if b.highlighting() && !b.hi[cid] && !b.hi[sid] {
				style["opacity"] = b.th.dim
			}
			items = append(items, map[string]any{"value": []int{i, j, v}, "itemStyle": style})
			word := "does not report"
			if v == 1 {
				word = "reports"
			}
			c.hits[hitKey{0, len(data) - 1}] = Hit{Kind: "claim", ID: cid, Label: claimLabel(claimByID, cid),
				Value: float64(v), Source: sid,
				Text: fmt.Sprintf("%s\n%s: %s", claimLabel(claimByID, cid), sourceLabel(srcByID, sid), word)}
		}
	}
	hm.AddSeries("coverage", data)
	yData := make([]any, nC)
	for j, l := range claimLabels {
		yData[j] = b.categoryItem(l, cov.Claims[j])
	}
	xData := make([]any, nS)
	for i, l := range srcLabels {
		xData[i] = b.categoryItem(l, cov.Sources[i])
	}
	patch := b.common(title, sub)
	noSplit := map[string]any{"show": false}
	merge(patch, map[string]any{
		"legend": map[string]any{"show": false},
		"grid":   map[string]any{"left": int(lw) + 20, "right": 24, "top": top, "bottom": bottom},
		"xAxis": merged(b.axisStyle(), map[string]any{"type": "category", "data": xData, "position": "bottom",
			"splitLine": noSplit, "axisLine": noSplit,
			"axisLabel": map[string]any{"interval": 0, "lineHeight": lineHeight}}),
		"yAxis": merged(b.axisStyle(), map[string]any{"type": "category", "inverse": true, "data": yData,
			"splitLine": noSplit, "axisLine": noSplit,
			"axisLabel": map[string]any{"interval": 0, "lineHeight": lineHeight}}),
		"series": []map[string]any{{"data": items, "emphasis": map[string]any{"itemStyle": map[string]any{"borderColor": b.th.text, "borderWidth": 2}}}},
	})
	return b.finish(c, hm, patch)
}

func claimLabel(m map[string]analysis.ClaimReport, id string) string {
	if cl, ok := m[id]; ok && cl.Label != "" {
		return cl.Label
	}
	return id
}

// sourceLabel is a source's title (its id when untitled) with its date.
func sourceLabel(m map[string]analysis.SourceReport, id string) string {
	s, ok := m[id]
	if !ok {
		return id
	}
	t := s.Title
	if t == "" {
		t = s.ID
	}
	if s.Outlet != "" {
		t = s.Outlet + ": " + t
	}
	return t
}
