package analysis

import (
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/storylens/storylens/story/claims"
	"github.com/storylens/storylens/story/geoparse/fold"
)

// minLegSources is how many sources must tell a leg for it to be a claim.
const minLegSources = 3

// legClaims makes a claim of each leg of the inferred routes that at least
// minLegSources sources tell and that no claim in have already holds: "the
// ship was bound for Rotterdam", told in five articles in five different
// ways ("sailing north from China to the port of Rotterdam", "on its way
// from China to Rotterdam", "the Dutch port it had been heading for"), shares
// too few words for claim discovery but is one leg to the itinerary. The
// label is the leg's most central sentence (the one sharing most content
// words with the leg's other sentences, the shorter on a tie), cleaned as
// discovered labels are; the sources are the leg's. A leg whose sentences
// already support a claim with mostly the same sources adds nothing.
func legClaims(routes []RouteReport, have []ClaimReport) []ClaimReport {
	type key struct{ source, text string }
	owner := map[key][]int{}
	for ci, c := range have {
		for _, e := range c.Evidence {
			owner[key{e.Source, e.Text}] = append(owner[key{e.Source, e.Text}], ci)
		}
	}
	// The set of each claim's sources, made when a leg first meets the
	// claim (once per claim, not once per leg sentence and claim: a big
	// story's claims have thousands of sources).
	sourceSets := make([]map[string]bool, len(have))
	sourcesOf := func(ci int) map[string]bool {
		if sourceSets[ci] == nil {
			sourceSets[ci] = make(map[string]bool, len(have[ci].Sources))
			for _, id := range have[ci].Sources {
				sourceSets[ci][id] = true
			}
		}
		return sourceSets[ci]
	}
	var out []ClaimReport
	labels := map[string]bool{}
	for _, rt := range routes {
		if rt.Origin != "inferred" {
			continue
		}
		for _, l := range rt.Legs {
			if len(l.Sources) < minLegSources || len(l.Evidence) == 0 {
				continue
			}
			held, tested := false, map[int]bool{}
			legSources := distinct(l.Sources)
		evidence:
			for _, e := range l.Evidence {
				for _, ci := range owner[key{e.Source, e.Text}] {
					if tested[ci] {
						continue
					}
					tested[ci] = true
					if overlap(sourcesOf(ci), legSources, len(l.Sources)) >= 0.5 {
						held = true
						break evidence
					}
				}
			}
			label := centralLabel(l.Evidence)
			if held || label == "" || labels[label] {
				continue
			}
			labels[label] = true
			h := fnv.New32a()
			fmt.Fprintf(h, "leg:%s>%s:%s", l.From, l.To, label)
			c := ClaimReport{ID: fmt.Sprintf("d:%08x", h.Sum32()), Label: label, Topic: claims.KindLeg, Origin: "discovered",
				Sources: append([]string{}, l.Sources...)}
			for _, e := range l.Evidence {
				e.Discovered = true
				c.Evidence = append(c.Evidence, e)
			}
			out = append(out, c)
		}
	}
	return out
}

// centralLabel is the label of the evidence sentence that shares most
// content words (four letters or more, folded) with the others, the
// shorter on a tie; page furniture is never one ("" when all are).
func centralLabel(es []Evidence) string {
	sets := make([]map[string]bool, len(es))
	for i, e := range es {
		sets[i] = map[string]bool{}
		for _, w := range strings.Fields(fold.Key(e.Text)) {
			if len(w) >= 4 {
				sets[i][w] = true
			}
		}
	}
	best, bestScore, bestLen := "", -1, 0
	for i, e := range es {
		if claims.IsBoilerplate(e.Text) {
			continue
		}
		score := 0
		for j := range es {
			if j == i || es[j].Source == e.Source {
				continue
			}
			for w := range sets[i] {
				if sets[j][w] {
					score++
				}
			}
		}
		label := claims.Label(e.Text)
		if label == "" {
			continue
		}
		if score > bestScore || score == bestScore && len(label) < bestLen {
			best, bestScore, bestLen = label, score, len(label)
		}
	}
	return best
}

// overlap is the Jaccard index |A ∩ B| / |A ∪ B| of a claim's sources A
// and a leg's (B: its distinct ids, n of them with repeats, each repeat
// counted in the union, as a list of sources reads).
func overlap(a map[string]bool, b []string, n int) float64 {
	inter := 0
	for _, id := range b {
		if a[id] {
			inter++
		}
	}
	union := len(a) + n - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// distinct is ids without repeats, in order.
func distinct(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
