package geoparse

import (
	"slices"
	"testing"
)

// TestInitials: a word in capitals made of the initials of a country or
// region the article names in full is that place; rows where it must not
// be.
func TestInitials(t *testing.T) {
	g := synth(t,
		rec("country:PG", "country", "Papua New Guinea", -6, 147, "PG", 0),
		rec("country:CD", "country", "Democratic Republic of the Congo", -2.5, 23.5, "CD", 0),
		rec("country:PA", "country", "Panama", 9, -80, "PA", 0),
		rec("r:pn", "region", "Pangasinan North Guard", 16, 120.3, "PH", 0),
		rec("g:pom", "capital", "Port Moresby", -9.44, 147.18, "PG", 360000),
	)
	p := NewParser(g, nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string // surface=id
	}{
		{"initials before and after the full name", []string{"Modi flew to PNG.", "Papua New Guinea welcomed him in Port Moresby."},
			[]string{"PNG=country:PG", "Papua New Guinea=country:PG", "Port Moresby=g:pom"}},
		{"words of the name left out of its initials", []string{"Troops from the Democratic Republic of the Congo left.", "The DRC said so."},
			[]string{"Democratic Republic of the Congo=country:CD", "DRC=country:CD"}},
		{"no full name in the article: no place", []string{"The PNG files were sent from Port Moresby."},
			[]string{"Port Moresby=g:pom"}},
		{"initials two names of the article share: no place",
			[]string{"Papua New Guinea and Pangasinan North Guard signed.", "PNG officials spoke."},
			[]string{"Papua New Guinea=country:PG", "Pangasinan North Guard=r:pn"}},
		{"initials before another capitalised word are part of a longer name",
			[]string{"Papua New Guinea voted.", "The PNG Post said so."}, []string{"Papua New Guinea=country:PG"}},
		{"initials of a one-word name or in lower case: no place", []string{"Panama spoke; P officials and png files too."},
			[]string{"Panama=country:PA"}},
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
