package charts

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	ec "github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/storylens/storylens/charts/internal/svg"
	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/story/analysis"
)

// MaxCoverageColumns is the most columns the coverage chart draws: beyond
// it the smallest outlets (or sources) are added up in one "N other
// outlets" column. Fewer when the chart is too narrow for them.
const MaxCoverageColumns = 20

// minCoverageColumn is the narrowest column in CSS px.
const minCoverageColumn = 30

// sourceCoverage: a claims × outlets heatmap. A column is an outlet (all
// its sources) or a source of unknown outlet; a cell's colour is the share
// of the column's sources that report the claim (filled or empty for one
// source), with "k/n" written in it when the column has several sources.
// Beyond MaxCoverageColumns the smallest columns are added up in one.
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
	// The matrix row of each report source (-1: not in the matrix).
	srcIdx := make(map[string]int, len(b.rep.Sources))
	for i, s := range b.rep.Sources {
		srcIdx[s.ID] = i
	}
	rowOf := make([]int, len(b.rep.Sources))
	for i := range rowOf {
		rowOf[i] = -1
	}
	for i, id := range cov.Sources {
		if k, ok := srcIdx[id]; ok {
			rowOf[k] = i
		}
	}
	groups := groupSources(b.rep)
	word := groupWord(groups)
	nC := len(cov.Claims)
	// count[g][j]: sources of group g reporting claim j.
	count := make([][]int, len(groups))
	for g, gr := range groups {
		count[g] = make([]int, nC)
		for _, si := range gr.sources {
			if r := rowOf[si]; r >= 0 {
				for j, v := range cov.Matrix[r] {
					if v {
						count[g][j]++
					}
				}
			}
		}
	}
	reporting := make([]int, nC) // groups reporting each claim
	for j := range reporting {
		for g := range groups {
			if count[g][j] > 0 {
				reporting[j]++
			}
		}
	}
	var summary []string
	c.Table, summary = coverageTable(b.rep, groups, count, cov.Claims, claimByID, word)

	// Claims: most widely reported first.
	order := make([]int, nC)
	for j := range order {
		order[j] = j
	}
	srcCount := make([]int, nC)
	for g := range groups {
		for j, k := range count[g] {
			srcCount[j] += k
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		if reporting[order[a]] != reporting[order[b]] {
			return reporting[order[a]] > reporting[order[b]]
		}
		return srcCount[order[a]] > srcCount[order[b]]
	})

	// Columns: the groups that fit; the rest added up in the last column.
	top, left := 62, 12
	lw := math.Floor(float64(b.o.Width) * 0.38)
	plotW := float64(b.o.Width) - lw - float64(left) - 8 - 24
	maxCols := min(MaxCoverageColumns, max(2, int(plotW/minCoverageColumn)))
	if b.o.lite {
		maxCols = min(maxCols, 8)
	}
	type column struct {
		name    string
		groups  []int
		sources int
		single  string // the source id when the column is one source
		outlet  bool
	}
	var cols []column
	for g, gr := range groups {
		if len(groups) > maxCols && len(cols) == maxCols-1 {
			rest := column{}
			for h := g; h < len(groups); h++ {
				rest.groups = append(rest.groups, h)
				rest.sources += len(groups[h].sources)
			}
			rest.name = "other " + groupsPhrase(len(rest.groups), word)
			cols = append(cols, rest)
			break
		}
		col := column{name: gr.name, groups: []int{g}, sources: len(gr.sources), outlet: gr.outlet}
		if len(gr.sources) == 1 {
			col.single = b.rep.Sources[gr.sources[0]].ID
		}
		cols = append(cols, col)
	}
	nX := len(cols)
	colW := plotW / math.Max(1, float64(nX))
	rotate := colW < 64
	bottom := 14 + 4*lineHeight
	if rotate {
		// Room for the turned names: more on a taller chart.
		bottom = max(100, min(160, b.plotHeight()*2/9))
	}
	labelBand := bottom // the axis labels' height, without the line under them

	nS := len(b.rep.Sources)
	title := "Which outlets report which claim"
	if word == "source" {
		title = "Which source reports which claim"
	}
	sub := fmt.Sprintf("%s · %s", b.o.Title, lexicon.Count(nS, "source"))
	if word != "source" {
		sub += " · " + groupsPhrase(len(groups), word)
	}
	sub += " · " + lexicon.Count(nC, "claim")
	if len(groups) > len(cols) || len(groups) != nS {
		sub += " · colour: share of the column's sources reporting the claim"
	} else {
		sub += " · filled: the source reports the claim"
	}

	b.header(title, sub)

	// Rows: every claim label in full, wrapped; as many claims as fit (a
	// line under the plot says how many more there are).
	font := cssFont(labelSize, false)
	lines := make([][]string, len(order))
	for k, j := range order {
		lines[k] = wrapText(claimLabel(claimByID, cov.Claims[j]), lw, font)
	}
	plotH := float64(b.plotHeight() - top - bottom)
	if b.o.lite && len(lines) > 10 {
		lines = lines[:10]
	}
	nY := fitRows(lines, plotH)
	if nY < nC {
		bottom += b.moreHeight(moreCoverageNote(nC))
		plotH = float64(b.plotHeight() - top - bottom)
		nY = fitRows(lines, plotH)
	}
	shownIDs := []string{}
	for _, col := range cols {
		for _, g := range col.groups {
			for _, si := range groups[g].sources {
				shownIDs = append(shownIDs, b.rep.Sources[si].ID)
			}
		}
	}
	for _, j := range order[:nY] {
		shownIDs = append(shownIDs, cov.Claims[j])
	}
	b.scope(shownIDs)
	// A column is highlighted when one of its sources is.
	colHi := make([]bool, len(cols))
	for x, col := range cols {
		for _, g := range col.groups {
			for _, si := range groups[g].sources {
				colHi[x] = colHi[x] || b.hi[b.rep.Sources[si].ID]
			}
		}
	}

	claimLabels := make([]string, nY)
	for k := range claimLabels {
		claimLabels[k] = strings.Join(lines[k], "\n")
	}
	claimLabels = unique(claimLabels)
	xLabels := make([]string, nX)
	for x, col := range cols {
		n := 0 // claims the column reports
		for _, j := range order {
			for _, g := range col.groups {
				if count[g][j] > 0 {
					n++
					break
				}
			}
		}
		what := lexicon.Count(n, "claim")
		if col.sources > 1 {
			what = lexicon.Count(col.sources, "source")
		}
		if rotate {
			xLabels[x] = fitLabel(col.name, float64(labelBand-22), 1) + "\n" + what
		} else {
			xLabels[x] = fitLabel(col.name, colW-6, 2) + "\n" + what
		}
	}
	xLabels = unique(xLabels)

	hm := ec.NewHeatMap()
	hm.SetGlobalOptions(ec.WithTitleOpts(opts.Title{Title: title, Subtitle: sub}))
	hm.SetXAxis(xLabels)
	var data []opts.HeatMapData
	var items []any
	cellLabel := !b.o.lite && colW >= 30 && plotH/math.Max(1, float64(nY)) >= 16
	tips := make([]string, nY) // each row's claim for its tooltips
	for y, j := range order[:nY] {
		tips[y] = claimTipByID(claimByID, cov.Claims[j])
	}
	for x, col := range cols {
		for y, j := range order[:nY] {
			cid := cov.Claims[j]
			k := 0
			for _, g := range col.groups {
				k += count[g][j]
			}
			share := float64(k) / math.Max(1, float64(col.sources))
			data = append(data, opts.HeatMapData{Value: [3]float64{float64(x), float64(y), share}})
			style := map[string]any{"color": b.shade(share), "borderColor": b.th.bg, "borderWidth": 1}
			if nX*nY < 400 {
				style["borderWidth"] = 2
			}
			if b.highlighting() && !b.hi[cid] && !colHi[x] {
				style["opacity"] = b.th.dim
			}
			item := map[string]any{"value": []any{x, y, round3(share)}, "itemStyle": style}
			if col.sources > 1 && cellLabel {
				txt := strconv.Itoa(k) + "/" + strconv.Itoa(col.sources)
				if measureText(txt, cssFont(10, false)) > colW-4 {
					txt = strconv.Itoa(int(math.Round(share*100))) + "%"
				}
				col := b.th.text
				if share > 0.5 {
					col = "#ffffff"
				}
				item["label"] = map[string]any{"show": true, "formatter": txt, "fontSize": 10, "color": col}
			}
			items = append(items, item)
			text := fmt.Sprintf("%s\n%s: %s", tips[y], col.name, reportWords(k, col.sources, col.single != ""))
			text += "\n" + summary[j]
			h := Hit{Kind: "claim", ID: cid, Label: claimLabel(claimByID, cid), Value: round3(share), Source: col.single, Text: text}
			if col.outlet {
				h.Outlet = col.name
			}
			c.hits[hitKey{0, len(data) - 1}] = h
		}
	}
	hm.AddSeries("coverage", data)
	yData := make([]any, nY)
	for y, l := range claimLabels {
		yData[y] = b.categoryItem(l, cov.Claims[order[y]])
	}
	xData := make([]any, nX)
	for x, l := range xLabels {
		id := ""
		if colHi[x] {
			id = b.rep.Sources[groups[cols[x].groups[0]].sources[0]].ID
			for _, g := range cols[x].groups {
				for _, si := range groups[g].sources {
					if b.hi[b.rep.Sources[si].ID] {
						id = b.rep.Sources[si].ID
					}
				}
			}
		}
		xData[x] = b.categoryItem(l, id)
	}
	patch := b.common(title, sub)
	noSplit := map[string]any{"show": false}
	xLabel := map[string]any{"interval": 0, "lineHeight": lineHeight}
	if rotate {
		xLabel["rotate"] = 90
	}
	merge(patch, map[string]any{
		"legend": map[string]any{"show": false},
		"grid":   map[string]any{"left": left + int(lw) + 8, "right": 24, "top": top, "bottom": bottom},
		"xAxis": merged(b.axisStyle(), map[string]any{"type": "category", "data": xData, "position": "bottom",
			"splitLine": noSplit, "axisLine": noSplit, "axisLabel": xLabel}),
		"yAxis": merged(b.axisStyle(), map[string]any{"type": "category", "inverse": true, "data": yData,
			"splitLine": noSplit, "axisLine": noSplit,
			"axisLabel": map[string]any{"interval": 0, "lineHeight": lineHeight, "width": lw, "overflow": "none"}}),
		"series": []map[string]any{{"data": items, "emphasis": map[string]any{"itemStyle": map[string]any{"borderColor": b.th.text, "borderWidth": 2}}}},
	})
	if nY < nC {
		b.moreNote(patch, moreCoverageNote(nC-nY))
	}
	return b.finish(c, hm, patch)
}

// fitRows is how many of the wrapped labels, in order, fit as equal rows of
// a category axis plotH px tall (each row as tall as its tallest label
// needs); at least one.
func fitRows(lines [][]string, plotH float64) int {
	n, need := 0, 0
	for k := range lines {
		need = max(need, len(lines[k]))
		if plotH/float64(k+1) < float64(need*lineHeight+4) {
			break
		}
		n = k + 1
	}
	if n == 0 && len(lines) > 0 {
		n = 1
	}
	return n
}

// reportWords says how many of a column's sources report a claim.
func reportWords(k, n int, single bool) string {
	switch {
	case single && k > 0:
		return "reports it"
	case single:
		return "does not report it"
	case k == 0:
		return fmt.Sprintf("none of its %d sources report it", n)
	}
	return fmt.Sprintf("%d of its %d sources report it", k, n)
}

// shade is the cell colour for a share of 0 to 1: the empty colour at 0,
// the series colour at 1, and in between a mix that stays visible.
func (b *builder) shade(share float64) string {
	if share <= 0 {
		return b.th.empty
	}
	e, _ := svg.ParseColor(b.th.empty)
	f, _ := svg.ParseColor(b.th.palette[0])
	t := 0.25 + 0.75*math.Min(1, share)
	mix := func(a, b uint8) uint8 { return uint8(math.Round(float64(a) + (float64(b)-float64(a))*t)) }
	return fmt.Sprintf("#%02x%02x%02x", mix(e.R, f.R), mix(e.G, f.G), mix(e.B, f.B))
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }

func claimLabel(m map[string]analysis.ClaimReport, id string) string {
	if cl, ok := m[id]; ok && cl.Label != "" {
		return cl.Label
	}
	return id
}

// claimTipByID is claimTip of the claim id (its id when unknown).
func claimTipByID(m map[string]analysis.ClaimReport, id string) string {
	if cl, ok := m[id]; ok && cl.Label != "" {
		return claimTip(cl)
	}
	return id
}

// sourceLabel is a source's title (its id when untitled), after its
// outlet when known.
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
