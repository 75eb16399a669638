package analysis

import (
	"slices"
	"time"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/claims"
)

// foldOverlap is the share of a discovered group's sentences that must
// already support one curated claim for the group to be folded into it.
const foldOverlap = 0.5

// eraGap splits a discovered group whose sources were published more than
// this far apart: sentences about "the first trip" in 2019 and in 2023 are
// not one claim.
const eraGap = 180 * 24 * time.Hour

// docsOf gives the claims package one document per article.
func docsOf(s *story.Story) []claims.Doc {
	docs := make([]claims.Doc, 0, len(s.Sources))
	for _, src := range s.Sources {
		if src.Article != nil {
			docs = append(docs, claims.Doc{Source: src.ID, Sentences: src.Article.Sentences})
		}
	}
	return docs
}

// curatedClaims reports every curated claim, in claims.json order, with the
// sources whose text its matchers find.
func curatedClaims(s *story.Story, docs []claims.Doc) ([]ClaimReport, error) {
	groups, err := claims.MatchCurated(s.Claims, docs)
	if err != nil {
		return nil, err
	}
	out := make([]ClaimReport, 0, len(groups))
	for _, g := range groups {
		out = append(out, claimReport(g, "curated", false))
	}
	return out, nil
}

func claimReport(g claims.Group, origin string, discovered bool) ClaimReport {
	cr := ClaimReport{ID: g.ID, Label: g.Label, Topic: g.Topic, Origin: origin,
		Sources: append([]string{}, g.Sources...), Evidence: make([]Evidence, 0, len(g.Evidence))}
	if origin == "discovered" {
		cr.Topic = g.Kind
	}
	for _, e := range g.Evidence {
		cr.Evidence = append(cr.Evidence, Evidence{Source: e.Source, Text: e.Text, Line: e.Line, Match: e.Match,
			Discovered: discovered})
	}
	return cr
}

// discoverClaims finds claims that several sources share. A group whose
// sentences mostly support one curated claim is folded into it: the claim
// gains the group's other sentences as related evidence (marked discovered),
// but its sources stay those its matchers find, so a loose paraphrase never
// makes a source "report" a curated claim. The other groups are returned as
// discovered claims.
func discoverClaims(s *story.Story, docs []claims.Doc, curated []ClaimReport, workers int) []ClaimReport {
	groups := claims.Discover(docs, claims.Options{Workers: workers})
	dates := map[string]time.Time{}
	for _, src := range s.Sources {
		if t, err := time.Parse("2006-01-02", src.Date); err == nil {
			dates[src.ID] = t
		}
	}
	type key struct{ source, text string }
	owner := map[key][]int{}
	for ci, c := range curated {
		for _, e := range c.Evidence {
			k := key{e.Source, e.Text}
			owner[k] = append(owner[k], ci)
		}
	}
	out := []ClaimReport{}
	for _, g := range groups {
		g, ok := oneEra(g, dates)
		if !ok {
			continue
		}
		votes := map[int]int{}
		for _, e := range g.Evidence {
			for _, ci := range owner[key{e.Source, e.Text}] {
				votes[ci]++
			}
		}
		best, bestN := -1, 0
		for ci, n := range votes {
			if n > bestN || (n == bestN && ci < best) {
				best, bestN = ci, n
			}
		}
		if best >= 0 && float64(bestN) > foldOverlap*float64(len(g.Evidence)) {
			c := &curated[best]
			for _, e := range g.Evidence {
				if len(owner[key{e.Source, e.Text}]) > 0 && containsEvidence(c.Evidence, e.Source, e.Text) {
					continue
				}
				if !containsEvidence(c.Evidence, e.Source, e.Text) {
					c.Evidence = append(c.Evidence, Evidence{Source: e.Source, Text: e.Text, Line: e.Line, Match: e.Match, Discovered: true})
				}
			}
			continue
		}
		out = append(out, claimReport(g, "discovered", true))
	}
	return out
}

func containsEvidence(es []Evidence, source, text string) bool {
	for _, e := range es {
		if e.Source == source && e.Text == text {
			return true
		}
	}
	return false
}

// oneEra keeps, of a group whose dated sources lie more than eraGap apart,
// the sentences of the largest run of sources published close together
// (undated sources stay). It reports false when fewer than two sources remain.
func oneEra(g claims.Group, dates map[string]time.Time) (claims.Group, bool) {
	type sd struct {
		id string
		t  time.Time
	}
	dated := make([]sd, 0, len(g.Sources))
	for _, id := range g.Sources {
		if t, ok := dates[id]; ok {
			dated = append(dated, sd{id, t})
		}
	}
	if len(dated) < 2 {
		return g, len(g.Sources) >= 2
	}
	// Sources of the same date are in the same run whatever their order.
	slices.SortFunc(dated, func(a, b sd) int { return a.t.Compare(b.t) })
	if dated[len(dated)-1].t.Sub(dated[0].t) <= eraGap {
		return g, true
	}
	// runs of sources whose consecutive dates are within eraGap
	bestStart, bestLen, start := 0, 1, 0
	for i := 1; i <= len(dated); i++ {
		if i == len(dated) || dated[i].t.Sub(dated[i-1].t) > eraGap {
			if i-start > bestLen {
				bestStart, bestLen = start, i-start
			}
			start = i
		}
	}
	keep := make(map[string]bool, len(g.Sources))
	for _, d := range dated[bestStart : bestStart+bestLen] {
		keep[d.id] = true
	}
	for _, id := range g.Sources {
		if _, ok := dates[id]; !ok {
			keep[id] = true
		}
	}
	out := g
	out.Sources, out.Evidence = nil, make([]claims.Evidence, 0, len(g.Evidence))
	for _, id := range g.Sources {
		if keep[id] {
			out.Sources = append(out.Sources, id)
		}
	}
	for _, e := range g.Evidence {
		if keep[e.Source] {
			out.Evidence = append(out.Evidence, e)
		}
	}
	if len(out.Evidence) == 0 {
		out.Evidence = nil
	}
	return out, len(out.Sources) >= 2
}
