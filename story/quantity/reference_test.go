package quantity

import (
	"reflect"
	"testing"

	"github.com/storylens/storylens/internal/corpus"
	"github.com/storylens/storylens/story/article"
	"github.com/storylens/storylens/story/quantity/internal/refextract"
)

// fromRef converts the reference extractor's quantities.
func fromRef(rs []refextract.Quantity) []Quantity {
	var out []Quantity
	for _, r := range rs {
		out = append(out, Quantity{Kind: r.Kind, Value: r.Value, Unit: r.Unit,
			Normalized: Value{r.Normalized.Value, r.Normalized.Unit}, ISO: r.ISO, Qualifier: r.Qualifier,
			About: r.About, Places: r.Places, Text: r.Text, Start: r.Start, End: r.End, Source: r.Source,
			Sentence: r.Sentence, SentenceIndex: r.SentenceIndex})
	}
	return out
}

// sameAsReference fails when ExtractDated and the frozen reference differ.
func sameAsReference(t *testing.T, name, date string, ss []article.Sentence) {
	t.Helper()
	got := ExtractDated(name, date, ss)
	want := fromRef(refextract.ExtractDated(name, date, ss))
	if reflect.DeepEqual(got, want) {
		return
	}
	for i := 0; i < max(len(got), len(want)); i++ {
		var g, w Quantity
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if !reflect.DeepEqual(g, w) {
			t.Fatalf("%s (date %q): quantity %d:\n got %+v\nwant %+v", name, date, i, g, w)
		}
	}
}

// TestExtractSameAsReference compares the extractor with the frozen copy
// of it from before its optimisation on corpora other than the golden one.
func TestExtractSameAsReference(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 50
	}
	for _, seed := range []uint64{5, 11} {
		for _, a := range corpusArticles(t, corpus.Options{Articles: n, Words: 600, Seed: seed}) {
			sameAsReference(t, a.Name, a.Date, a.Sent)
			sameAsReference(t, a.Name, "", a.Sent)
		}
	}
	for _, a := range seedArticles(t) {
		sameAsReference(t, a.Name, a.Date, a.Sent)
		sameAsReference(t, a.Name, "2019-04-25", a.Sent)
	}
}

// FuzzExtractSameAsReference checks that the extractor finds exactly what
// the frozen reference finds on arbitrary text.
func FuzzExtractSameAsReference(f *testing.F) {
	for _, s := range []string{"After his 420-mile trip from Pyongyang", "Sept. 10-13, 2023", "in February, the",
		"Tens of thousands of North Koreans", "$1.5 billion", "2,500,000.5 km", "Feb. 30", "twenty-five hundred troops",
		"more than 18 months", "20 hours or more", "İstanbul 5 KM", "the two leaders", "about 3 per cent",
		"10 September 2023 in June", "2000 troops", "May 5", "ÅÄÖ five Élan 2019"} {
		f.Add(s, "2023-09-11")
	}
	f.Fuzz(func(t *testing.T, s, date string) {
		sameAsReference(t, "s", date, sents(s, "x "+s+" 5", s+" from Vladivostok to Moscow"))
	})
}
