package charts

import (
	"strings"
	"testing"

	"github.com/storylens/storylens/story/analysis"
)

// TestClaimInFull: a label the analysis cut with "…" is found in the
// evidence sentence it was cut from (after a dropped lead-in too); a whole
// label, or one no sentence holds, has no sentence in full.
func TestClaimInFull(t *testing.T) {
	full := "China was represented at the summit by Premier Li Qiang rather than President Xi Jinping, and Russia by Foreign Minister Sergei Lavrov in place of President Vladimir Putin."
	cut := "China was represented at the summit by Premier Li Qiang rather than President Xi Jinping…"
	ev := func(texts ...string) []analysis.Evidence {
		var out []analysis.Evidence
		for _, s := range texts {
			out = append(out, analysis.Evidence{Source: "s", Text: s})
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		claim analysis.ClaimReport
		want  string
	}{
		{"cut", analysis.ClaimReport{Label: cut, Evidence: ev("Other words.", full)}, full},
		{"lead-in dropped, spaces", analysis.ClaimReport{Label: cut, Evidence: ev("Meanwhile, China  was represented at the summit by Premier Li Qiang rather than President Xi Jinping, and Russia by Lavrov.")},
			"Meanwhile, China was represented at the summit by Premier Li Qiang rather than President Xi Jinping, and Russia by Lavrov."},
		{"whole label", analysis.ClaimReport{Label: "Kim met Putin", Evidence: ev("Kim met Putin at the cosmodrome.")}, ""},
		{"no sentence holds it", analysis.ClaimReport{Label: cut, Evidence: ev("Li Qiang went instead of Xi.")}, ""},
		{"no evidence", analysis.ClaimReport{Label: cut}, ""},
		{"only an ellipsis", analysis.ClaimReport{Label: "…", Evidence: ev(full)}, ""},
	} {
		if got := claimInFull(tc.claim); got != tc.want {
			t.Errorf("%s: claimInFull = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestCutClaimTooltips: the claim-frequency and coverage tooltips of a
// claim whose label the analysis cut give its sentence in full; those of a
// whole label do not add one.
func TestCutClaimTooltips(t *testing.T) {
	rep := testReport()
	full := "China was represented at the summit by Premier Li Qiang rather than President Xi Jinping, and Russia by Foreign Minister Sergei Lavrov in place of President Vladimir Putin."
	rep.Claims[0].Label = "China was represented at the summit by Premier Li Qiang rather than President Xi Jinping…"
	rep.Claims[0].Evidence = append(rep.Claims[0].Evidence, analysis.Evidence{Source: rep.Claims[0].Sources[0], Text: full})
	cut := rep.Claims[0].ID
	for _, id := range []ID{ClaimFrequency, SourceCoverage} {
		c, err := Build(id, rep, Options{Width: 1024, Height: 700})
		if err != nil {
			t.Fatal(err)
		}
		seen := false
		for _, h := range c.Hits() {
			if h.Kind != "claim" {
				continue
			}
			has := strings.Contains(h.Text, "In full: "+full)
			if h.ID == cut {
				seen = true
				if !has {
					t.Errorf("%s: tooltip %q of the cut claim has no sentence in full", id, h.Text)
				}
			} else if strings.Contains(h.Text, "In full:") {
				t.Errorf("%s: tooltip %q of a whole label adds a sentence", id, h.Text)
			}
		}
		if !seen {
			t.Errorf("%s: no tooltip for the cut claim", id)
		}
	}
}
