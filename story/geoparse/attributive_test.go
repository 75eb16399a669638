package geoparse

import (
	"slices"
	"testing"
)

// TestAttributiveCountry: a country an article names only as the modifier
// of who acts for it is no mention, as a demonym is none; a country also
// named as a place keeps every mention. Made-up sentences, embedded
// gazetteer.
func TestAttributiveCountry(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser(g, nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string // surfaces found
	}{
		{"an office title after the country", []string{"U.S. President Ann Smith landed in Lagos."}, []string{"Lagos"}},
		{"a lower-case role noun", []string{"The Canadian envoy met US officials and the Chile ambassador in Lima."},
			[]string{"Lima"}},
		{"a hyphen and a participle", []string{"The US-led coalition and Qatar-based fund met in Oslo."}, []string{"Oslo"}},
		{"support and intelligence", []string{"Kenya promised full Norway support, Norway intelligence said."},
			[]string{"Kenya"}},
		{"the same country named as a place keeps every mention", []string{
			"US President Ann Smith flew home.", "She returned to the United States on Friday."},
			[]string{"US", "United States"}},
		{"a possessive is of the country", []string{"Brazil's President met Togo's president."},
			[]string{"Brazil", "Togo"}},
		{"a country before a verb or after a locative stays", []string{"Japan said troops went to Peru."},
			[]string{"Japan", "Peru"}},
		{"a city before a role noun stays", []string{"Lagos officials met in Accra."}, []string{"Lagos", "Accra"}},
	} {
		var got []string
		for _, m := range p.ParseArticle(art(tc.text...)).Mentions {
			got = append(got, m.Surface)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}
