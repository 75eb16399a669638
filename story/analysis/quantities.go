package analysis

import (
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/quantity"
)

// extractQuantities finds one article's numbers, naming as their places the
// places geoparsing resolved in the same sentence.
func extractQuantities(src *story.Source, mentions []mention) []quantity.Quantity {
	if src.Article == nil {
		return nil
	}
	qs := quantity.ExtractDated(src.ID, src.Date, src.Article.Sentences)
	if len(qs) == 0 {
		return qs
	}
	bySentence := map[int][]string{}
	for _, m := range mentions {
		names := bySentence[m.sentence]
		dup := false
		for _, n := range names {
			dup = dup || n == m.name
		}
		if !dup {
			bySentence[m.sentence] = append(names, m.name)
		}
	}
	for i := range qs {
		if names, ok := bySentence[qs[i].SentenceIndex]; ok {
			qs[i].Places = names
		}
	}
	return qs
}

// quantities reports every quantity, the conflicts between sources, and the
// checks of stated distances and directions against the map.
func quantities(s *story.Story, per []sourceResult, places []PlaceReport) ([]Quantity, []Conflict, []Check) {
	n := 0
	for _, r := range per {
		n += len(r.quants)
	}
	all := make([]quantity.Quantity, 0, n)
	for _, r := range per {
		all = append(all, r.quants...)
	}
	qs := make([]Quantity, 0, len(all))
	for _, q := range all {
		qs = append(qs, Quantity{Value: q.Value, Unit: q.Unit, Normalized: Value(q.Normalized),
			Text: q.Text, Source: q.Source, Sentence: q.Sentence})
	}
	conflicts := []Conflict{}
	for _, c := range quantity.Conflicts(all, quantity.Tolerances{}) {
		cf := Conflict{About: c.About, Sources: c.Sources, Verdict: c.Verdict}
		for _, v := range c.Values {
			cf.Values = append(cf.Values, Value(v))
		}
		conflicts = append(conflicts, cf)
	}
	return qs, conflicts, checks(s, all, per, places)
}
