package charts

import (
	"strings"

	"github.com/storylens/storylens/story/analysis"
)

// claimInFull is the sentence a claim's label was cut from, when the
// analysis shortened it: story/claims cuts a discovered claim's sentence
// longer than 140 bytes at a clause and ends the label with "…". It is the
// first of the claim's evidence sentences that holds the label's opening
// words (up to eight), its runs of spaces made one; "" when the label is
// whole or no sentence holds its opening.
func claimInFull(cl analysis.ClaimReport) string {
	stem, cut := strings.CutSuffix(strings.TrimSpace(cl.Label), ellipsis)
	if !cut {
		return ""
	}
	words := strings.Fields(stem)
	if len(words) == 0 {
		return ""
	}
	opening := strings.Join(words[:min(len(words), 8)], " ")
	for _, e := range cl.Evidence {
		s := strings.Join(strings.Fields(e.Text), " ")
		if strings.Contains(s, opening) && len(s) > len(stem) {
			return s
		}
	}
	return ""
}

// claimTip is a claim's label for a tooltip: the label, and on the next
// line the sentence it was cut from when the analysis shortened it.
func claimTip(cl analysis.ClaimReport) string {
	if full := claimInFull(cl); full != "" {
		return cl.Label + "\nIn full: " + full
	}
	return cl.Label
}
