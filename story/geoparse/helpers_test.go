package geoparse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storylens/storylens/story/article"
	"github.com/storylens/storylens/story/geoparse/fold"
)

// rec builds one place of a synthetic gazetteer: a P record followed by
// its names, tab-separated, "|" between names (see synth).
func rec(id, kind, name string, lat, lon float64, cc string, pop int64, alts ...string) string {
	p := ""
	if pop > 0 {
		p = fmt.Sprint(pop)
	}
	return fmt.Sprintf("P\t%s\t%s\t%s\t%.4f\t%.4f\t%s\t\t%s\t%s", id, kind, name, lat, lon, cc, p,
		strings.Join(append([]string{name}, alts...), "|"))
}

// synth builds a synthetic gazetteer in the generator's format from rec
// lines, raw P and N lines, "D\tid\tdemonym" lines (by id) and "W\tword"
// lines.
func synth(t testing.TB, lines ...string) *Gazetteer {
	t.Helper()
	var out []string
	index := map[string]int{}
	names := map[string][]string{}
	var keys []string
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if f[0] != "P" {
			continue
		}
		index[f[1]] = len(index)
		out = append(out, strings.Join(f[:9], "\t"))
		if len(f) < 10 {
			continue // names given by raw N lines
		}
		for _, n := range strings.Split(f[9], "|") {
			k := fold.Key(n)
			if _, ok := names[k]; !ok {
				keys = append(keys, k)
			}
			r := fmt.Sprint(index[f[1]])
			if fold.AllUpper(n) {
				r = "^" + r
			}
			names[k] = append(names[k], r)
		}
	}
	for _, k := range keys {
		out = append(out, "N\t"+k+"\t"+strings.Join(names[k], ","))
	}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		switch f[0] {
		case "D":
			out = append(out, fmt.Sprintf("D\t%s\t%d", fold.Key(f[2]), index[f[1]]))
		case "W", "N":
			out = append(out, l)
		}
	}
	g, err := Read(strings.NewReader(strings.Join(out, "\n") + "\n"))
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

// foundKinds returns "surface=kind" for every mention, in order.
func foundKinds(res ArticleResult) []string {
	var out []string
	for _, m := range res.Mentions {
		out = append(out, m.Surface+"="+m.Kind)
	}
	return out
}
