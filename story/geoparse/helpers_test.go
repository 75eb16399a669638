package geoparse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storylens/storylens/story/article"
	"github.com/storylens/storylens/story/geoparse/fold"
)

// rec builds one P record of a synthetic gazetteer.
func rec(id, kind, name string, lat, lon float64, cc string, pop int64, alts ...string) string {
	keys := make([]string, len(alts))
	for i, a := range alts {
		if allUpper(a) {
			keys[i] = "^" + a
		} else {
			keys[i] = fold.Key(a)
		}
	}
	p := ""
	if pop > 0 {
		p = fmt.Sprint(pop)
	}
	return fmt.Sprintf("P\t%s\t%s\t%s\t%.4f\t%.4f\t%s\t\t%s\t%s", id, kind, name, lat, lon, cc, p, strings.Join(keys, "|"))
}

// synth reads a synthetic gazetteer from records.
func synth(t testing.TB, lines ...string) *Gazetteer {
	t.Helper()
	g, err := Read(strings.NewReader(strings.Join(lines, "\n") + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// art builds an article from sentences (one paragraph each).
func art(sentences ...string) *article.Article {
	a := &article.Article{}
	for i, s := range sentences {
		a.Sentences = append(a.Sentences, article.Sentence{Paragraph: i, Text: s})
	}
	return a
}

// found returns "surface=id" for every mention, in order.
func found(res ArticleResult) []string {
	var out []string
	for _, m := range res.Mentions {
		out = append(out, m.Surface+"="+m.PlaceID)
	}
	return out
}
