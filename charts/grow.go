package charts

import (
	"math"
	"sort"
	"strings"
)

// neededHeight is the height at which chart id shows every claim (up to
// MaxClaimBars) with its label in full at the builder's width, and the
// timeline every row with room for its name and the places chart its
// first minGrownPlaces rows, the caption included.
func (b *builder) neededHeight(id ID) int {
	font := cssFont(labelSize, false)
	rows := func(labels []string, lw float64) int {
		need := 1
		for _, l := range labels {
			need = max(need, len(wrapText(l, lw, font)))
		}
		return len(labels) * (need*lineHeight + 4)
	}
	switch id {
	case ClaimFrequency:
		claims := append(b.rep.Claims[:0:0], b.rep.Claims...)
		sort.SliceStable(claims, func(i, j int) bool { return len(claims[i].Sources) > len(claims[j].Sources) })
		var labels []string
		for i, cl := range claims {
			if i == MaxClaimBars {
				break
			}
			labels = append(labels, cl.Label)
		}
		return 86 + 44 + rows(labels, math.Floor(float64(b.o.Width)*0.42)) + b.footerHeight() + 2
	case SourceCoverage:
		var labels []string
		byID := map[string]string{}
		for _, cl := range b.rep.Claims {
			byID[cl.ID] = cl.Label
		}
		for _, id := range b.rep.Coverage.Claims {
			l := byID[id]
			if l == "" {
				l = id
			}
			labels = append(labels, l)
		}
		lw := math.Floor(float64(b.o.Width) * 0.38)
		bottom := 14 + 4*lineHeight
		plotW := float64(b.o.Width) - lw - 44
		cols := min(MaxCoverageColumns, len(groupSources(b.rep)))
		if plotW/math.Max(1, float64(cols)) < 64 {
			bottom = 160 // the most sourceCoverage gives turned names
		}
		return 62 + bottom + rows(labels, lw) + b.footerHeight() + 2
	case Timeline:
		// A row per outlet with room for its name (up to two lines); the
		// histogram a plot tall enough for its turned axis name and a few
		// ticks.
		plot := minHistogramPlot
		if groups := groupSources(b.rep); !b.o.lite && len(groups) <= maxTimelineRows && len(b.rep.Sources) <= maxTimelineSources {
			need := 1
			for _, gr := range groups {
				need = max(need, strings.Count(timelineRowLabel(gr, timelineLabelWidth(b.o.Width)), "\n")+1)
			}
			plot = len(groups) * (need*lineHeight + 8)
		}
		return 86 + 44 + plot + b.footerHeight() + 2
	case Places:
		// The most mentioned places, at least minGrownPlaces rows, and
		// the note saying how many more there are.
		n := 0
		for _, p := range b.rep.Places {
			if p.Mentions > 0 {
				n++
			}
		}
		return 62 + 44 + b.moreHeight(morePlacesNote(n)) + min(n, minGrownPlaces)*minRowHeight + b.footerHeight() + 2
	}
	return 0
}

// minGrownPlaces is how many rows a grown places chart has room for at
// least.
const minGrownPlaces = 5

// minHistogramPlot is the least plot height in px of the timeline's
// histogram: its turned axis name ("sources per week") and three ticks.
const minHistogramPlot = 120
