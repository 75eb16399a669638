package claims

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/storylens/storylens/story"
)

// MatchCurated returns one group per curated claim, in the order given, with
// the sentences of every document that the claim's matchers find (compiled
// with story.CompileClaim). A claim no source reports has no evidence. The
// error names the claim and matcher that do not compile.
func MatchCurated(claims []*story.Claim, docs []Doc) ([]Group, error) {
	ms := make([]*story.ClaimMatcher, len(claims))
	for i, c := range claims {
		m, err := story.CompileClaim(c)
		if err != nil {
			return nil, fmt.Errorf("curated claims: %w", err)
		}
		ms[i] = m
	}
	out := make([]Group, len(claims))
	for i, c := range claims {
		out[i] = Group{ID: c.ID, Label: c.Label, Topic: c.Topic, Kind: KindCurated, Origin: "curated",
			Sources: []string{}, Evidence: []Evidence{}}
	}
	for _, d := range docs {
		for j, s := range d.Sentences {
			for i, m := range ms {
				start, end, ok := m.Match(s.Text)
				if !ok {
					continue
				}
				g := &out[i]
				g.Evidence = append(g.Evidence, Evidence{Source: d.Source, Text: s.Text, Sentence: j, Line: s.Line,
					Match: []int{start, end}})
				if !slices.Contains(g.Sources, d.Source) {
					g.Sources = append(g.Sources, d.Source)
				}
			}
		}
	}
	return out, nil
}

// Merge folds every discovered group whose evidence mostly overlaps a
// curated claim's evidence into that claim: more than half of the group's
// sentences are among the claim's. The curated claim keeps its id, label and
// topic, gains the group's other sentences and sources, and lists the
// group's id in Merged. When several claims qualify, the one sharing the most
// sentences wins (the first in order on a tie). It returns the curated
// claims, then the discovered groups that were not folded, in their order.
func Merge(curated, discovered []Group) []Group {
	type key struct {
		src  string
		sent int
	}
	out := make([]Group, len(curated))
	sets := make([]map[key]bool, len(curated))
	for i, c := range curated {
		c.Evidence = slices.Clone(c.Evidence)
		c.Sources = slices.Clone(c.Sources)
		out[i] = c
		sets[i] = map[key]bool{}
		for _, e := range c.Evidence {
			sets[i][key{e.Source, e.Sentence}] = true
		}
	}
	var rest []Group
	for _, g := range discovered {
		best, bestN := -1, 0
		for i := range out {
			n := 0
			for _, e := range g.Evidence {
				if sets[i][key{e.Source, e.Sentence}] {
					n++
				}
			}
			if 2*n > len(g.Evidence) && n > bestN {
				best, bestN = i, n
			}
		}
		if best < 0 {
			rest = append(rest, g)
			continue
		}
		c := &out[best]
		for _, e := range g.Evidence {
			k := key{e.Source, e.Sentence}
			if sets[best][k] {
				continue
			}
			sets[best][k] = true
			c.Evidence = append(c.Evidence, e)
			if !slices.Contains(c.Sources, e.Source) {
				c.Sources = append(c.Sources, e.Source)
			}
		}
		c.Merged = append(c.Merged, g.ID)
	}
	for i := range out {
		slices.SortStableFunc(out[i].Evidence, func(a, b Evidence) int {
			if c := cmp.Compare(a.Source, b.Source); c != 0 {
				return c
			}
			return cmp.Compare(a.Sentence, b.Sentence)
		})
		slices.Sort(out[i].Sources)
	}
	return append(out, rest...)
}
