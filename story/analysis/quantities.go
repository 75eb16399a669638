package analysis

import (
	"slices"
	"strings"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/quantity"
)

// extractQuantities finds one article's numbers, naming as their places the
// places geoparsing resolved in the same sentence. An area written right
// after another place, after a comma ("St. John's, Newfoundland", "Everett,
// Washington"), says where that place is: it is not a second place the
// sentence relates a distance to, so it is left out (qualifiesPlace).
func extractQuantities(src *story.Source, mentions []mention) []quantity.Quantity {
	if src.Article == nil {
		return nil
	}
	qs := quantity.ExtractDated(src.ID, src.Date, src.Article.Sentences)
	if len(qs) == 0 {
		return qs
	}
	// Only the sentences with a number need their places.
	hasQuantity := make([]bool, len(src.Article.Sentences))
	for i := range qs {
		hasQuantity[qs[i].SentenceIndex] = true
	}
	bySentence := map[int][]string{}
	for k, m := range mentions {
		if m.sentence < 0 || m.sentence >= len(hasQuantity) || !hasQuantity[m.sentence] {
			continue
		}
		if qualifiesPlace(src.Article.Sentences[m.sentence].Text, mentions, k) {
			continue
		}
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
		if names, ok := bySentence[int(qs[i].SentenceIndex)]; ok {
			qs[i].Places = names
		}
	}
	return qs
}

// qualifiesPlace reports whether mentions[k] is an area written right after
// another place of its sentence, after a comma: "St. John's, Newfoundland"
// names one place, St. John's, and where it is.
func qualifiesPlace(text string, mentions []mention, k int) bool {
	m := mentions[k]
	if !areaKinds[m.kind] || m.start < 2 || m.start > len(text) {
		return false
	}
	for j, p := range mentions {
		if j == k || p.sentence != m.sentence || p.end > m.start || areaKinds[p.kind] {
			continue
		}
		// The gap is a comma, after the possessive of a name the place
		// ends with ("St. George's, Grenada" matched as "St. George").
		gap := strings.TrimSpace(text[p.end:m.start])
		for _, pos := range []string{"'s", "’s", "'", "’"} {
			if rest, ok := strings.CutPrefix(gap, pos); ok {
				gap = strings.TrimSpace(rest)
				break
			}
		}
		if gap == "," {
			return true
		}
	}
	return false
}

// takeQuantities takes the quantities out of per, in article order
// (per[i].quants is nil afterwards): one copy of a big story's quantities,
// not two.
func takeQuantities(per []sourceResult) []quantity.Quantity {
	n := 0
	for _, r := range per {
		n += len(r.quants)
	}
	all := make([]quantity.Quantity, 0, n)
	for i := range per {
		all = append(all, per[i].quants...)
		per[i].quants = nil
	}
	return all
}

// quantities reports every quantity of all (takeQuantities), the conflicts
// between sources, and the checks of stated distances and directions
// against the map. It changes all, and only reads per and places.
func quantities(s *story.Story, all []quantity.Quantity, per []sourceResult, places []PlaceReport) ([]Quantity, []Conflict, []Check) {
	qs := make([]Quantity, 0, len(all))
	for _, q := range all {
		qs = append(qs, Quantity{Value: q.Value, Unit: q.Unit, Normalized: Value(q.Normalized),
			Text: q.Text(), Source: q.Source, Sentence: q.Sentence})
	}
	cks := checks(s, all, per, places) // before withFocus changes all; checks reads no Places
	conflicts := []Conflict{}
	for _, c := range quantity.Conflicts(withFocus(s, all, per, places), quantity.Tolerances{}) {
		cf := Conflict{About: c.About, Sources: c.Sources, Verdict: c.Verdict}
		for _, v := range c.Values {
			cf.Values = append(cf.Values, Value(v))
		}
		conflicts = append(conflicts, cf)
	}
	return qs, conflicts, cks
}

// withFocus returns qs where each distance whose sentence names a single
// place that is not an area, and whose other end the focus may stand for
// (quantity.FocusEnd: a trip, "It lies ...", "... to the west"; not "The
// trawler sank 80 km from Pylos"), also names its article's focus place, as
// checks measures it: "his 420-mile trip from Pyongyang" in an article about
// Vladivostok is about Pyongyang–Vladivostok. Conflicts compares distances
// only between the same pair of places, so without this a one-place
// sentence would be compared with nothing. qs is changed in place (a big
// story has millions of quantities; a copy would double them); a changed
// quantity gets a new Places slice, so what shared the old one is not changed.
func withFocus(s *story.Story, qs []quantity.Quantity, per []sourceResult, places []PlaceReport) []quantity.Quantity {
	kind := map[string]string{}
	byID := map[string]PlaceReport{}
	for _, p := range places {
		kind[p.Name] = p.Kind
		byID[p.ID] = p
	}
	focus := map[string]string{}
	for i, src := range s.Sources {
		if f, ok := byID[per[i].focus]; ok && !areaKinds[f.Kind] {
			focus[src.ID] = f.Name
		}
	}
	out := qs
	for i := range out {
		q := &out[i]
		f, ok := focus[q.Source]
		if q.Kind != quantity.Distance || !ok {
			continue
		}
		var named []string
		for _, n := range q.Places {
			if !areaKinds[kind[n]] && !slices.Contains(named, n) {
				named = append(named, n)
			}
		}
		if len(named) == 1 && named[0] != f && quantity.FocusEnd(q) {
			q.Places = append(slices.Clone(q.Places), f)
		}
	}
	return out
}
