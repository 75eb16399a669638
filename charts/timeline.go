package charts

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	ec "github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/storylens/storylens/internal/lexicon"
)

// Timeline limits: up to maxTimelineRows outlets (or sources) and
// maxTimelineSources sources the timeline has a row per outlet; beyond, it
// is a histogram of sources per day or week.
const (
	maxTimelineRows    = 20
	maxTimelineSources = 200
)

// timeFormatter makes every time-axis tick carry its year.
var timeFormatter = map[string]any{"year": "{yyyy}", "month": "{MMM} {yyyy}", "day": "{d} {MMM} {yyyy}",
	"hour": "{d} {MMM} {yyyy}", "minute": "{d} {MMM} {yyyy}", "second": "{d} {MMM} {yyyy}", "millisecond": "{d} {MMM} {yyyy}"}

// dated is a source with a parsed publication date.
type dated struct {
	i   int // index in the report's sources
	t   time.Time
	inf bool
}

// timeline draws when the sources were published. With few outlets, each
// outlet (or source of unknown outlet) is a row and each day it published
// one mark, sized and labelled by its number of sources, so that sources of
// one day never hide each other; a mark of inferred dates only is a ring.
// With more, it is a histogram of sources per day (per week when the dates
// span more than four months), stated and inferred dates stacked.
func (b *builder) timeline(c *Chart) error {
	var ds []dated
	undated := 0
	for i, s := range b.rep.Sources {
		t, err := parseDate(s.Date)
		if err != nil {
			undated++
			continue
		}
		ds = append(ds, dated{i, t.UTC().Truncate(24 * time.Hour), s.DateInferred})
	}
	sub := fmt.Sprintf("%s · %s", b.o.Title, lexicon.Count(len(b.rep.Sources), "source"))
	var axisMin, axisMax any
	if len(ds) > 0 {
		first, last := dateSpan(ds)
		sub += fmt.Sprintf(" · %s to %s", first.Format("2 Jan 2006"), last.Format("2 Jan 2006"))
		// Pad the axis so the first and last marks are not on its ends.
		pad := last.Sub(first) / 20
		if pad < 24*time.Hour {
			pad = 24 * time.Hour
		}
		axisMin, axisMax = first.Add(-pad).Format("2006-01-02"), last.Add(pad).Format("2006-01-02")
	}
	if undated > 0 {
		sub += fmt.Sprintf(" · %d without a date", undated)
	}
	groups := groupSources(b.rep)
	if !b.o.lite && len(groups) <= maxTimelineRows && len(b.rep.Sources) <= maxTimelineSources {
		return b.timelineRows(c, ds, groups, sub, axisMin, axisMax)
	}
	return b.timelineHistogram(c, ds, sub, axisMin, axisMax)
}

// timelineRows: a row per group, a mark per day with sources.
func (b *builder) timelineRows(c *Chart, ds []dated, groups []sourceGroup, sub string, axisMin, axisMax any) error {
	rowOf := make([]int, len(b.rep.Sources))
	for g, gr := range groups {
		for _, i := range gr.sources {
			rowOf[i] = g
		}
	}
	type key struct {
		row int
		day time.Time
	}
	type mark struct {
		key
		last    time.Time // the last day of a mark of nearby days
		srcs    []int
		stated  int
		dateStr string
	}
	byKey := map[key]*mark{}
	var marks []*mark
	for _, d := range ds {
		k := key{rowOf[d.i], d.t}
		m := byKey[k]
		if m == nil {
			m = &mark{key: k, dateStr: d.t.Format("2006-01-02")}
			byKey[k] = m
			marks = append(marks, m)
		}
		m.srcs = append(m.srcs, d.i)
		if !d.inf {
			m.stated++
		}
	}
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].row != marks[j].row {
			return marks[i].row < marks[j].row
		}
		return marks[i].day.Before(marks[j].day)
	})
	// Marks of one row closer than a mark's width are one mark of their
	// days together (its count says how many sources), so that none hides
	// another.
	lw := timelineLabelWidth(b.o.Width)
	if lo, err1 := parseDate(fmt.Sprint(axisMin)); err1 == nil {
		if hi, err2 := parseDate(fmt.Sprint(axisMax)); err2 == nil && hi.After(lo) {
			pxPerDay := (float64(b.o.Width) - lw - 20 - 150) / (hi.Sub(lo).Hours() / 24)
			var merged []*mark
			for _, m := range marks {
				m.last = m.day
				if n := len(merged); n > 0 {
					p := merged[n-1]
					if p.row == m.row && m.day.Sub(p.last).Hours()/24*pxPerDay < minMarkGap {
						p.srcs = append(p.srcs, m.srcs...)
						p.stated += m.stated
						p.last = m.day
						continue
					}
				}
				merged = append(merged, m)
			}
			marks = merged
			for _, m := range marks {
				if m.last.After(m.day) { // drawn at the middle of its days
					m.dateStr = m.day.Add(m.last.Sub(m.day) / 2).Format("2006-01-02")
				}
			}
		}
	}
	var ids []string
	for _, d := range ds {
		ids = append(ids, b.rep.Sources[d.i].ID)
	}
	b.scope(ids)
	srcByID := sourceMap(b.rep)
	title := "When the sources were published"
	b.header(title, sub)
	top, bottom := 86, 44
	labels := make([]string, len(groups))
	for g, gr := range groups {
		labels[g] = timelineRowLabel(gr, lw)
	}
	labels = unique(labels)
	// Dates written beside the marks when they are few enough to read and
	// the plot keeps room for them (not in a narrow panel).
	dateLabels := len(marks) <= 2*len(groups) && len(marks) <= 24 && float64(b.o.Width)-lw-20-150 >= minDatedPlot
	sc := ec.NewScatter()
	sc.SetGlobalOptions(ec.WithTitleOpts(opts.Title{Title: title, Subtitle: sub}))
	legend := []string{"date stated", "date inferred"}
	series := make([]map[string]any, 2)
	for gi := range legend {
		var data []opts.ScatterData
		var items []any
		for _, m := range marks {
			if (m.stated > 0) != (gi == 0) {
				continue
			}
			n := len(m.srcs)
			size := 14 + 5*math.Sqrt(float64(n-1))
			st := map[string]any{"color": b.th.palette[0], "borderColor": b.th.palette[0], "borderWidth": 2}
			if gi == 1 {
				st["color"] = b.th.bg // an inferred date is a ring
			}
			hiAny := false
			for _, i := range m.srcs {
				hiAny = hiAny || b.hi[b.rep.Sources[i].ID]
			}
			if b.highlighting() {
				if hiAny {
					st["borderColor"] = b.th.text
				} else {
					st["opacity"] = b.th.dim
				}
			}
			label := ""
			days := dayRange(m.day, m.last)
			switch {
			case dateLabels && n > 1:
				label = days + " · " + lexicon.Count(n, "source")
			case dateLabels:
				label = days
			case n > 1:
				label = fmt.Sprint(n)
			}
			item := map[string]any{"name": label, "value": []any{m.dateStr, m.row}, "symbol": "circle",
				"symbolSize": math.Round(size), "itemStyle": st}
			if label == "" {
				item["label"] = map[string]any{"show": false}
			} else if !dateLabels {
				// A count sits inside its mark.
				item["label"] = map[string]any{"position": "inside", "color": "#ffffff", "fontSize": 10}
				if gi == 1 {
					item["label"] = map[string]any{"position": "inside", "color": b.th.text, "fontSize": 10}
				}
			}
			items = append(items, item)
			data = append(data, opts.ScatterData{Name: label, Value: []any{m.dateStr, m.row}})
			var names []string
			for _, i := range m.srcs {
				s := b.rep.Sources[i]
				line := sourceLabel(srcByID, s.ID)
				if s.DateInferred {
					line += " (date inferred"
					if s.DateReason != "" {
						line += ": " + s.DateReason
					}
					line += ")"
				}
				names = append(names, line)
			}
			if len(names) > tooltipNames {
				names = append(names[:tooltipNames], fmt.Sprintf("and %d more", len(m.srcs)-tooltipNames))
			}
			when := m.day.Format("Monday 2 January 2006")
			if m.last.After(m.day) {
				when = dayRange(m.day, m.last)
			}
			text := fmt.Sprintf("%s, %s\n%s", groups[m.row].name, when, strings.Join(names, "\n"))
			h := Hit{Kind: "date", ID: m.day.Format("2006-01-02"), Label: dayRange(m.day, m.last), Value: float64(n), Text: text}
			if n == 1 {
				s := b.rep.Sources[m.srcs[0]]
				h = Hit{Kind: "source", ID: s.ID, Label: sourceLabel(srcByID, s.ID), Value: float64(m.day.Unix()), Text: text}
			}
			c.hits[hitKey{gi, len(data) - 1}] = h
		}
		fill := b.th.palette[0]
		if gi == 1 {
			fill = b.th.bg
		}
		sc.AddSeries(legend[gi], data, ec.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "right", Formatter: "{b}"}))
		series[gi] = map[string]any{"data": items, "itemStyle": map[string]any{"color": fill, "borderColor": b.th.palette[0], "borderWidth": 2},
			"label": map[string]any{"color": b.th.text, "fontSize": labelSize, "distance": 8}}
	}
	yData := make([]any, len(labels))
	for g, l := range labels {
		id := ""
		if len(groups[g].sources) == 1 {
			id = b.rep.Sources[groups[g].sources[0]].ID
		}
		yData[g] = b.categoryItem(l, id)
	}
	right := 24
	if dateLabels {
		right = 150
	}
	patch := b.common(title, sub)
	merge(patch, map[string]any{
		"grid": map[string]any{"left": int(lw) + 20, "right": right, "top": top, "bottom": bottom},
		"legend": merged(b.legend(legend), map[string]any{"data": []any{
			map[string]any{"name": legend[0], "icon": "circle"}, map[string]any{"name": legend[1], "icon": "circle"}}}),
		"xAxis": b.timeAxis(axisMin, axisMax),
		"yAxis": merged(b.axisStyle(), map[string]any{"type": "category", "inverse": true, "data": yData,
			"axisLine": map[string]any{"show": false}, "boundaryGap": true,
			"axisLabel": map[string]any{"interval": 0, "lineHeight": lineHeight}}),
		"series": series,
	})
	return b.finish(c, sc, patch)
}

// timelineLabelWidth is the width of the timeline's row names in a chart
// width px wide.
func timelineLabelWidth(width int) float64 { return math.Floor(float64(width) * 0.24) }

// timelineRowLabel is a timeline row's name, its number of sources when
// more than one, on up to two lines lw px wide.
func timelineRowLabel(gr sourceGroup, lw float64) string {
	l := gr.name
	if len(gr.sources) > 1 {
		l += " (" + lexicon.Count(len(gr.sources), "source") + ")"
	}
	return fitLabel(l, lw, 2)
}

// minDatedPlot is the least width in px of the timeline's plot with the
// dates written beside its marks (they take 150 px on its right).
const minDatedPlot = 160

// minMarkGap is the least distance in px between two marks of one
// timeline row; closer marks are one.
const minMarkGap = 18

// dayRange writes a day or a range of days: "12 Sep 2023", "11–12 Sep
// 2023", "30 Aug – 2 Sep 2023", "30 Dec 2022 – 2 Jan 2023".
func dayRange(a, b time.Time) string {
	switch {
	case !b.After(a):
		return a.Format("2 Jan 2006")
	case a.Year() != b.Year():
		return a.Format("2 Jan 2006") + " – " + b.Format("2 Jan 2006")
	case a.Month() != b.Month():
		return a.Format("2 Jan") + " – " + b.Format("2 Jan 2006")
	}
	return a.Format("2") + "–" + b.Format("2 Jan 2006")
}

// timeAxis is the timeline's x axis: every tick with its year, labels
// kept clear of the axis line and of each other.
func (b *builder) timeAxis(axisMin, axisMax any) map[string]any {
	return merged(b.axisStyle(), map[string]any{"type": "time", "splitNumber": 6, "min": axisMin, "max": axisMax,
		"axisTick":  map[string]any{"show": true, "lineStyle": map[string]any{"color": b.th.axis}},
		"axisLabel": map[string]any{"hideOverlap": true, "margin": 10, "formatter": timeFormatter}})
}

// timelineHistogram: sources per day or week, stated and inferred stacked.
func (b *builder) timelineHistogram(c *Chart, ds []dated, sub string, axisMin, axisMax any) error {
	week := false
	if len(ds) > 0 {
		first, last := dateSpan(ds)
		week = last.Sub(first) > 122*24*time.Hour
	}
	// The fewest marks: one bin size up (days to weeks, weeks to months).
	month := b.o.lite && week
	week = week || b.o.lite
	bin := func(t time.Time) time.Time {
		switch {
		case month:
			return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		case week:
			return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) // that week's Monday
		}
		return t
	}
	type cnt struct{ stated, inferred int }
	counts := map[time.Time]*cnt{}
	var bins []time.Time
	for _, d := range ds {
		k := bin(d.t)
		n := counts[k]
		if n == nil {
			n = &cnt{}
			counts[k] = n
			bins = append(bins, k)
		}
		if d.inf {
			n.inferred++
		} else {
			n.stated++
		}
	}
	sort.Slice(bins, func(i, j int) bool { return bins[i].Before(bins[j]) })
	b.scope(nil)
	unit := "day"
	switch {
	case month:
		unit = "month"
	case week:
		unit = "week"
	}
	title := "Sources published per " + unit
	b.header(title, sub)
	bar := ec.NewBar()
	bar.SetGlobalOptions(ec.WithTitleOpts(opts.Title{Title: title, Subtitle: sub}))
	legend := []string{"date stated", "date inferred"}
	series := make([]map[string]any, 2)
	maxV := 0
	for gi := range legend {
		var items []any
		var data []opts.BarData
		for _, k := range bins {
			n := counts[k].stated
			if gi == 1 {
				n = counts[k].inferred
			}
			maxV = max(maxV, counts[k].stated+counts[k].inferred)
			if n == 0 {
				continue
			}
			ds := k.Format("2006-01-02")
			items = append(items, map[string]any{"value": []any{ds, n}})
			data = append(data, opts.BarData{Value: n})
			when := "on " + k.Format("Monday 2 January 2006")
			switch {
			case month:
				when = "in " + k.Format("January 2006")
			case week:
				when = "in the week of " + k.Format("Monday 2 January 2006")
			}
			c.hits[hitKey{gi, len(data) - 1}] = Hit{Kind: "date", ID: ds, Label: k.Format("2 January 2006"), Value: float64(n),
				Text: fmt.Sprintf("%s published %s (%s)", lexicon.Count(n, "source"), when, legend[gi])}
		}
		bar.AddSeries(legend[gi], data, ec.WithBarChartOpts(opts.BarChart{Stack: "dates"}))
		col := b.th.palette[0]
		if gi == 1 {
			col = b.th.palette[4]
		}
		series[gi] = map[string]any{"data": items, "itemStyle": map[string]any{"color": col}, "barMaxWidth": 18,
			"barMinWidth": 1, "label": map[string]any{"show": false}}
	}
	patch := b.common(title, sub)
	merge(patch, map[string]any{
		"grid":   map[string]any{"left": 56, "right": 24, "top": 86, "bottom": 44},
		"legend": b.legend(legend),
		"xAxis":  b.timeAxis(axisMin, axisMax),
		"yAxis": merged(b.axisStyle(), map[string]any{"type": "value", "minInterval": 1, "max": niceMax(maxV),
			"splitNumber": splitNumber(float64(b.plotHeight()-86-44) * 0.6),
			"name":        "sources per " + unit, "nameLocation": "middle", "nameGap": 36, "nameTextStyle": map[string]any{"color": b.th.subtext}}),
		"series": series,
	})
	return b.finish(c, bar, patch)
}

// parseDate reads a YYYY-MM-DD date (or a full RFC 3339 time).
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

// dateSpan is the first and the last day of ds (not empty).
func dateSpan(ds []dated) (first, last time.Time) {
	first, last = ds[0].t, ds[0].t
	for _, d := range ds {
		if d.t.Before(first) {
			first = d.t
		}
		if d.t.After(last) {
			last = d.t
		}
	}
	return first, last
}
