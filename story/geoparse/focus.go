package geoparse

import (
	"strings"

	"github.com/storylens/storylens/story/article"
	"github.com/storylens/storylens/story/geoparse/fold"
)

// focus picks the article's focus place: the dateline place if the first
// sentence starts with one ("SEOUL, South Korea ―"); else the non-coarse
// place with the highest position-weighted mention count (a mention in
// sentence s of n weighs 1 + (n-s)/n); else the same among all places.
// Ties go to the place mentioned first.
func focus(ms []Mention, a *article.Article, n int) string {
	if len(ms) == 0 {
		return ""
	}
	if m := ms[0]; m.Sentence == 0 && strings.TrimSpace(a.Sentences[0].Text[:m.Start]) == "" && fold.AllUpper(m.Surface) {
		rest := strings.TrimLeft(a.Sentences[0].Text[m.End:], " ")
		if strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "―") || strings.HasPrefix(rest, "—") ||
			strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "(") {
			return m.PlaceID
		}
	}
	pick := func(fine bool) string {
		score := map[string]float64{}
		var order []string
		for _, m := range ms {
			if fine && coarse(m.Kind) {
				continue
			}
			if _, ok := score[m.PlaceID]; !ok {
				order = append(order, m.PlaceID)
			}
			score[m.PlaceID] += 1 + float64(n-m.Sentence)/float64(n)
		}
		best := ""
		for _, id := range order {
			if best == "" || score[id] > score[best] {
				best = id
			}
		}
		return best
	}
	if f := pick(true); f != "" {
		return f
	}
	return pick(false)
}
