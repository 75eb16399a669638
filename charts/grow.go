package charts

import (
	"math"
	"sort"
)

// neededHeight is the height at which chart id shows every claim (up to
// MaxClaimBars) with its label in full at the builder's width, the caption
// included; 0 for charts whose rows do not depend on it.
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
	}
	return 0
}
