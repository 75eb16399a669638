package charts

import (
	"fmt"
	"math"
	"time"

	ec "github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// timeline: each source on a time axis at its publication date, so that
// sources years apart sit apart; an inferred date is a hollow mark.
func (b *builder) timeline(c *Chart) error {
	type row struct {
		i    int
		id   string
		t    time.Time
		date string
		inf  bool
	}
	var rows []row
	var axisMin, axisMax any
	undated := 0
	for i, s := range b.rep.Sources {
		t, err := parseDate(s.Date)
		if err != nil {
			undated++
			continue
		}
		rows = append(rows, row{i, s.ID, t, s.Date, s.DateInferred})
	}
	srcByID := sourceMap(b.rep)
	ids := make([]string, len(rows))
	for k, r := range rows {
		ids[k] = r.id
	}
	b.scope(ids)
	title := "When the sources were published"
	sub := fmt.Sprintf("%s · %s", b.o.Title, plural(len(b.rep.Sources), "source"))
	if len(rows) > 0 {
		first, last := rows[0].t, rows[0].t
		for _, r := range rows {
			if r.t.Before(first) {
				first = r.t
			}
			if r.t.After(last) {
				last = r.t
			}
		}
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
	top, bottom := 86, 44
	lw := math.Floor(float64(b.o.Width) * 0.36)
	labels := make([]string, len(rows))
	for k, r := range rows {
		labels[k] = fitLabel(sourceLabel(srcByID, r.id), lw, 2)
	}
	labels = unique(labels)
	sc := ec.NewScatter()
	sc.SetGlobalOptions(ec.WithTitleOpts(opts.Title{Title: title, Subtitle: sub}))
	groups := []string{"date stated", "date inferred"}
	for gi, g := range groups {
		var data []opts.ScatterData
		for k, r := range rows {
			if r.inf != (gi == 1) {
				continue
			}
			sym := "circle"
			if r.inf {
				sym = "emptyCircle"
			}
			data = append(data, opts.ScatterData{Name: r.t.Format("2 Jan 2006"), Value: []any{r.date, k}, Symbol: sym, SymbolSize: 14})
			s := b.rep.Sources[r.i]
			text := fmt.Sprintf("%s\npublished %s", sourceLabel(srcByID, r.id), r.t.Format("Monday 2 January 2006"))
			if r.inf {
				text += " (inferred)"
				if s.DateReason != "" {
					text += ": " + s.DateReason
				}
			}
			c.hits[hitKey{gi, len(data) - 1}] = Hit{Kind: "source", ID: r.id, Label: sourceLabel(srcByID, r.id),
				Value: float64(r.t.Unix()), Text: text}
		}
		sc.AddSeries(g, data, ec.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "right", Formatter: "{b}"}))
	}
	yData := make([]any, len(labels))
	for k, l := range labels {
		yData[k] = b.categoryItem(l, rows[k].id)
	}
	series := make([]map[string]any, 2)
	for gi := range series {
		var items []any
		for k, r := range rows {
			if r.inf != (gi == 1) {
				continue
			}
			// An inferred date is a ring: filled with the background.
			st := map[string]any{"color": b.th.palette[0], "borderColor": b.th.palette[0], "borderWidth": 2}
			if r.inf {
				st["color"] = b.th.bg
			}
			if b.highlighting() {
				if b.hi[r.id] {
					st["borderColor"] = b.th.text
				} else {
					st["opacity"] = b.th.dim
				}
			}
			sym := "circle"
			items = append(items, map[string]any{"name": r.t.Format("2 Jan 2006"), "value": []any{r.date, k},
				"symbol": sym, "symbolSize": 14, "itemStyle": st})
		}
		fill := b.th.palette[0]
		if gi == 1 {
			fill = b.th.bg
		}
		series[gi] = map[string]any{"data": items, "itemStyle": map[string]any{"color": fill, "borderColor": b.th.palette[0], "borderWidth": 2},
			"label": map[string]any{"color": b.th.text, "fontSize": labelSize, "distance": 8}}
	}
	patch := b.common(title, sub)
	ax := b.axisStyle()
	merge(patch, map[string]any{
		"grid": map[string]any{"left": int(lw) + 20, "right": 96, "top": top, "bottom": bottom},
		"legend": merged(b.legend(groups), map[string]any{"data": []any{
			map[string]any{"name": groups[0], "icon": "circle"}, map[string]any{"name": groups[1], "icon": "circle"}}}),
		"xAxis": merged(ax, map[string]any{"type": "time", "splitNumber": 6, "min": axisMin, "max": axisMax,
			"axisLabel": map[string]any{"hideOverlap": true}}),
		"yAxis": merged(b.axisStyle(), map[string]any{"type": "category", "inverse": true, "data": yData,
			"axisLabel": map[string]any{"interval": 0, "lineHeight": lineHeight}}),
		"series": series,
	})
	return b.finish(c, sc, patch)
}

// parseDate reads a YYYY-MM-DD date (or a full RFC 3339 time).
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}
