package charts

// Tests of the helpers that lay a chart out in a narrow panel: the "+ N
// more" note (morenote.go), the legend's wrapped lines (claimfreq.go) and
// the value axes' ticks (theme.go).

import (
	"strings"
	"testing"
)

// TestMoreNoteWrapsToTheChartWidth: the "+ N more" note keeps every word,
// takes one line in a wide chart and more in a narrow one, and its
// reserved height follows its lines.
func TestMoreNoteWrapsToTheChartWidth(t *testing.T) {
	note := moreCoverageNote(38)
	for _, tc := range []struct {
		width     int
		wantLines int // at least
		maxLines  int
	}{
		{960, 1, 1},
		{480, 1, 2},
		{240, 2, 4},
		{220, 2, 4},
	} {
		b := &builder{o: Options{Width: tc.width}}
		lines := b.moreLines(note)
		if len(lines) < tc.wantLines || len(lines) > tc.maxLines {
			t.Errorf("%d px: %d lines %q, want %d to %d", tc.width, len(lines), lines, tc.wantLines, tc.maxLines)
		}
		if got := strings.Join(lines, " "); got != note {
			t.Errorf("%d px: lines %q lose words of %q", tc.width, got, note)
		}
		font := cssFont(labelSize, false)
		for _, l := range lines {
			if w := measureText(l, font); w > float64(tc.width-24) {
				t.Errorf("%d px: line %q is %.0f px wide", tc.width, l, w)
			}
		}
		if h := b.moreHeight(note); h != len(lines)*lineHeight+8 {
			t.Errorf("%d px: height %d for %d lines", tc.width, h, len(lines))
		}
	}
}

// TestLegendExtraCountsWrappedLines: a legend that fits one line adds
// nothing; a narrow chart's legend wraps and adds a line's height per
// extra line.
func TestLegendExtraCountsWrappedLines(t *testing.T) {
	groups := []string{"travel", "announcement", "history", "arms", "other"}
	for _, tc := range []struct {
		name   string
		width  int
		groups []string
		want   int // extra lines
	}{
		{"one group, no legend", 220, groups[:1], 0},
		{"wide", 960, groups, 0},
		{"two short at 220", 220, []string{"curated", "discovered"}, 0},
		{"five at 240", 240, groups, 1},
		{"five at 480", 480, groups, 0},
	} {
		b := &builder{o: Options{Width: tc.width}}
		if got := b.legendExtra(tc.groups); got != tc.want*(legendLine+legendGap) {
			t.Errorf("%s: extra %d px, want %d lines (%d px)", tc.name, got, tc.want, tc.want*(legendLine+legendGap))
		}
	}
}

// TestSplitNumberKeepsTicksApart: fewer value-axis intervals in a short
// span, never under one nor over ECharts' default five.
func TestSplitNumberKeepsTicksApart(t *testing.T) {
	for _, tc := range []struct {
		span float64
		want int
	}{{0, 1}, {40, 1}, {96, 2}, {100, 2}, {200, 4}, {240, 5}, {2000, 5}} {
		if got := splitNumber(tc.span); got != tc.want {
			t.Errorf("splitNumber(%v) = %d, want %d", tc.span, got, tc.want)
		}
	}
}
