package geoparse

import (
	"slices"
	"testing"

	"github.com/storylens/storylens/story"
)

func TestDiacritics(t *testing.T) {
	p := NewParser(guardWorld(t), nil)
	for _, tc := range []struct{ text, want string }{
		{"Troops gathered in Dong Dang overnight.", "Dong Dang=g:dongdang"},
		{"Troops gathered in Đồng Đăng overnight.", "Đồng Đăng=g:dongdang"},
		{"Troops gathered in ĐỒNG ĐĂNG overnight.", "ĐỒNG ĐĂNG=g:dongdang"},
		{"The parish of Sant Julia de Loria voted.", "Sant Julia de Loria=g:sjl"},
		{"The parish of Sant Julià de Lòria voted.", "Sant Julià de Lòria=g:sjl"},
	} {
		got := found(p.ParseArticle(art(tc.text)))
		if !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%q: got %v, want [%s]", tc.text, got, tc.want)
		}
	}
}

func TestStoryPlacesOverride(t *testing.T) {
	sp := []*story.Place{
		{ID: "vladivostok", Name: "Vladivostok", Aliases: []string{"Vladik"}, Kind: "city", Lat: 43.11, Lon: 131.88},
		{ID: "khasan", Name: "Khasan station", Aliases: []string{"Khasan"}, Kind: "station", Lat: 42.43, Lon: 130.64},
	}
	p := NewParser(guardWorld(t), sp)
	res := p.ParseArticle(art("The train left Pyongyang for Khasan and reached Vladivostok, or Vladik, on Tuesday."))
	want := []string{"Pyongyang=g:pyongyang", "Khasan=khasan", "Vladivostok=vladivostok", "Vladik=vladivostok"}
	if got := found(res); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	origins := map[string]string{}
	for _, m := range res.Mentions {
		origins[m.PlaceID] = m.Origin
	}
	if origins["vladivostok"] != OriginStory || origins["g:pyongyang"] != OriginGazetteer {
		t.Errorf("origins %v", origins)
	}
	// story places alone, without a gazetteer
	res = NewParser(nil, sp).ParseArticle(art("From Pyongyang to Vladivostok."))
	if got := found(res); !slices.Equal(got, []string{"Vladivostok=vladivostok"}) {
		t.Errorf("without gazetteer: got %v", got)
	}
}

func TestMentionOffsets(t *testing.T) {
	p := NewParser(guardWorld(t), nil)
	a := art("Kim left.", "Then the train reached Vladivostok’s station.")
	res := p.ParseArticle(a)
	if len(res.Mentions) != 1 {
		t.Fatalf("mentions %v", found(res))
	}
	m := res.Mentions[0]
	if m.Sentence != 1 || a.Sentences[1].Text[m.Start:m.End] != "Vladivostok" || m.Surface != "Vladivostok" {
		t.Errorf("mention %+v", m)
	}
	if res.Focus != "g:vlad" {
		t.Errorf("focus %q", res.Focus)
	}
}
