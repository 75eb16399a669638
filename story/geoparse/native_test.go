package geoparse

import (
	"slices"
	"testing"
)

// TestNativeName: a word that matches no name is a region named with a
// Romance article, or an island or island commune named with an island
// word, in the gazetteer; rows where the rule must not fire.
func TestNativeName(t *testing.T) {
	g := synth(t,
		rec("country:CL", "country", "Chile", -30, -71, "CL", 0),
		rec("country:IT", "country", "Italy", 42.8, 12.8, "IT", 0),
		rec("r:arauc", "region", "La Araucanía", -38.5, -72.4, "CL", 0, "Región de la Araucanía"),
		rec("g:temuco", "seat", "Temuco", -38.74, -72.6, "CL", 250000),
		rec("g:lapaz", "city", "La Serena", -29.9, -71.25, "CL", 200000),
		rec("g:giglio", "town", "Isola del Giglio", 42.36, 10.9, "IT", 1400),
		rec("g:grosseto", "seat", "Grosseto", 42.77, 11.11, "IT", 80000),
	)
	p := NewParser(g, nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string // surface=id
	}{
		{"a region without its article", []string{"Temuco, in the Araucanía region, lies in the south.", "Violence still breaks out in Araucanía."},
			[]string{"Temuco=g:temuco", "Araucanía=r:arauc", "Araucanía=r:arauc"}},
		{"an article does not make a settlement", []string{"He flew from Temuco to Serena."}, []string{"Temuco=g:temuco"}},
		{"an island commune without its island words, near a place of the article",
			[]string{"The wreck lay off Giglio, 60 km from Grosseto."}, []string{"Giglio=g:giglio", "Grosseto=g:grosseto"}},
		{"... but not far from every place of the article",
			[]string{"Giglio spoke to reporters in Temuco."}, []string{"Temuco=g:temuco"}},
		{"not inside a longer capitalised name", []string{"Crowds met at Giglio Porto, near Grosseto, and Luca Araucanía spoke."},
			[]string{"Grosseto=g:grosseto"}},
	} {
		var got []string
		for _, m := range p.ParseArticle(art(tc.text...)).Mentions {
			got = append(got, m.Surface+"="+m.PlaceID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// BenchmarkNativeIndex: the index of names without their native article or
// island word is built once per parser, on the first capitalised word that
// matches no name.
func BenchmarkNativeIndex(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if len(NewParser(g, nil).nativeIndex()) == 0 {
			b.Fatal("no native names")
		}
	}
	b.ReportMetric(float64((cpuTime()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
