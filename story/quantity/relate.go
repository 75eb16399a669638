package quantity

import (
	"regexp"
	"slices"
	"strings"
)

// A stated distance is checked only against the two places the sentence
// relates it to; when no such pair is found, no great-circle check is made
// ("when unsure, no check"). The patterns, each a general English way of
// stating a distance:
//
//   - "between A and B"                        A, B
//   - "from A to B" (also "out of A to B")     A, B
//   - "A and B are N km apart"                 A, B
//   - "A is/lies N km [north-east] of/from B"  A (the place before the number, or the article's focus when
//     the subject refers to a place without naming it: "It lies ...", "The city is ..."), B
//   - "N km to the north" of one named place   that place and the article's focus (the lookup's place with Start < 0)
//   - "N km [south] to B"                      the place before the number, or the focus as above, and B
//
// A subject that is a thing or a person ("The boat went down 50 miles from
// Pylos", "The president is driven 60 km to Przemyśl") is not the article's
// place: the other end is unknown, so there is no check.
var (
	afterNumberOf = regexp.MustCompile(`^(?i)[\s,]*(?:(?:to the\s+)?(?:north|south|east|west)?[- ]?(?:east|west)?(?:ern|ward|wards)?\s+)?(?:of|from|away from)\s+(?:the\s+)?$`)
	afterNumberTo = regexp.MustCompile(`^(?i)[\s,]*(?:(?:north|south|east|west)?[- ]?(?:east|west)?(?:ward|wards)?\s+)?(?:to|into|on to)\s+(?:the\s+)?$`)
	toTheDir      = regexp.MustCompile(`^(?i)[\s,]*(?:to the|further)\s+(?:north|south|east|west)(?:[- ]?(?:east|west))?\b`)
	apartAfter    = regexp.MustCompile(`^(?i)[\s,]*(?:of each other\s+|from each other\s+)?apart\b`)
	fromTo        = regexp.MustCompile(`(?i)^[^;:.]{0,80}?\b(?:to|into)\s+(?:the\s+)?$`)
)

// related returns the pair of places a sentence relates the distance at
// [start, end) to, and whether it found one. ps are the sentence's places;
// one with Start < 0 is the article's focus, not named in the sentence.
func related(s string, ps []Place, start, end int) (Place, Place, bool) {
	var named []Place
	var focus *Place
	for i := range ps {
		if ps[i].Start < 0 || ps[i].End > len(s) || ps[i].Start > ps[i].End {
			if focus == nil {
				focus = &ps[i]
			}
			continue
		}
		named = append(named, ps[i])
	}
	slices.SortStableFunc(named, func(a, b Place) int { return a.Start - b.Start })
	low := func(i, j int) string {
		if i < 0 || j > len(s) || i > j {
			return ""
		}
		return strings.ToLower(s[i:j])
	}
	// between A and B; from A to B; A and B ... apart
	for k := 0; k+1 < len(named); k++ {
		a, b := named[k], named[k+1]
		if b.Start < a.End {
			continue
		}
		before := strings.TrimRight(low(max(0, a.Start-16), a.Start), " ")
		gap := low(a.End, b.Start)
		and := gap == " and " || gap == " and the "
		switch {
		case and && (strings.HasSuffix(before, "between") || strings.HasSuffix(before, "between the")):
			return a, b, true
		case and && b.End <= start && apartAfter.MatchString(s[end:]):
			return a, b, true
		case (strings.HasSuffix(before, "from") || strings.HasSuffix(before, "out of")) && fromTo.MatchString(gap):
			return a, b, true
		}
	}
	// The place named right after the number.
	var after *Place
	for i := range named {
		if named[i].Start >= end {
			after = &named[i]
			break
		}
	}
	subject := func() *Place {
		var p *Place
		for i := range named {
			if named[i].End <= start {
				p = &named[i]
			}
		}
		if p == nil && placeSubject(s[:start]) {
			p = focus
		}
		return p
	}
	if after != nil {
		gap := s[end:after.Start]
		if afterNumberOf.MatchString(gap) || afterNumberTo.MatchString(gap) {
			if a := subject(); a != nil && a.Name != after.Name {
				return *a, *after, true
			}
			return Place{}, Place{}, false
		}
	}
	// "about 250 km to the north-east": from the one place named to the
	// article's place.
	if len(named) == 1 && focus != nil && named[0].End <= start && toTheDir.MatchString(s[end:]) &&
		named[0].Name != focus.Name {
		return named[0], *focus, true
	}
	return Place{}, Place{}, false
}

// placeNouns refer to a place without naming it: "the city lies ...".
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "capital": true, "port": true,
	"island": true}

// placeSubject reports whether the words before a number open with a
// subject that refers to a place without naming it, the article's place,
// and say where it lies: "It lies 250 km north-east of Canberra", "The city
// is about 560 km west of Kyiv"; not "The boat went down ...", "The
// president is driven ..." nor "It sank ..." (a thing).
func placeSubject(before string) bool {
	w := strings.Fields(strings.ToLower(before))
	verb := 1
	switch {
	case len(w) > 0 && (w[0] == "it's" || w[0] == "it’s"):
		return true
	case len(w) > 0 && w[0] == "it":
	case len(w) > 1 && (w[0] == "the" || w[0] == "this" || w[0] == "that") && placeNouns[w[1]]:
		verb = 2
	default:
		return false
	}
	return len(w) > verb && locationVerbs[w[verb]]
}

// locationVerbs say where a place is: "it lies", "the town is".
var locationVerbs = map[string]bool{"is": true, "lies": true, "sits": true, "stands": true, "was": true,
	"lay": true}

// FocusEnd reports whether the article's focus place may stand for the end
// of a distance that its sentence leaves unnamed, as Checks lets it: the
// length of a trip ("his 420-mile trip from Pyongyang", told where it
// ended), a subject that refers to a place and says where it lies ("It
// lies 250 km north-east of Canberra"), or a direction from here ("Lima,
// about 2,100 kilometres to the west"). Not a thing's distance from a place
// ("The trawler sank about 80 km from Pylos"): its other end is the thing.
func FocusEnd(q *Quantity) bool {
	if q.Kind != Distance || q.Start < 0 || int(q.End) > len(q.Sentence) || q.Start > q.End {
		return false
	}
	return tripDistance(q) || placeSubject(q.Sentence[:q.Start]) || toTheDir.MatchString(q.Sentence[q.End:])
}
