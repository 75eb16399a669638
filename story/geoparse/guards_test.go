package geoparse

import (
	"slices"
	"testing"

	"github.com/storylens/storylens/story"
)

// guardWorld has places named like people, common words and organisations.
func guardWorld(t *testing.T) *Gazetteer {
	return synth(t,
		rec("country:KP", "country", "North Korea", 40, 127, "KP", 0, "DPRK"),
		rec("country:US", "country", "United States", 38, -97, "US", 0, "U.S.", "US"),
		rec("country:RU", "country", "Russia", 60, 100, "RU", 0),
		rec("country:JO", "country", "Jordan", 31, 36, "JO", 0),
		rec("g:jordan", "city", "Jordan", 44.6, -93.6, "US", 6000),
		"D\tcountry:KP\tNorth Korean",
		"D\tcountry:RU\tRussian",
		rec("g:kim", "city", "Kim", 37.2, -103.4, "US", 20000),
		rec("g:moon", "city", "Moon", 40.5, -80.2, "US", 25000),
		rec("g:harris", "city", "Harris", 45.0, -93.0, "US", 30000),
		rec("g:putin", "city", "Putin", 50.0, 50.0, "RU", 20000),
		rec("g:police", "city", "Police", 53.55, 14.57, "PL", 33000),
		rec("g:mobile", "city", "Mobile", 30.69, -88.04, "US", 190000),
		rec("g:sunday", "city", "Sunday", 1.0, 1.0, "NG", 20000),
		rec("g:march", "city", "March", 52.55, 0.09, "GB", 22000),
		rec("g:forum", "city", "Forum", 2.0, 2.0, "XX", 20000),
		rec("g:brussels", "capital", "Brussels", 50.85, 4.35, "BE", 1000000, "Bruxelles"),
		rec("g:nyc", "city", "New York", 40.71, -74.0, "US", 8000000, "New York City"),
		rec("g:vlad", "seat", "Vladivostok", 43.1, 131.9, "RU", 600000),
		rec("g:pyongyang", "capital", "Pyongyang", 39.03, 125.75, "KP", 3000000),
		rec("g:dongdang", "city", "Đồng Đăng", 21.95, 106.7, "VN", 20000),
		rec("g:sjl", "seat", "Sant Julià de Lòria", 42.46, 1.49, "AD", 8000),
		rec("supp:fefu", "venue", "Far Eastern Federal University", 43.02, 131.89, "RU", 0),
		rec("supp:sea", "sea", "Sea of Japan", 40, 135, "", 0, "East Sea"),
		"W\tpolice", "W\tmobile", "W\tmarch", "W\tforum", "W\tmoon",
	)
}

func TestGuards(t *testing.T) {
	p := NewParser(guardWorld(t), nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string
	}{
		{"person names after a title or given name", []string{
			"North Korean leader Kim Jong Un met President Moon Jae-in and Vice President Kamala Harris."}, nil},
		{"a surname alone once the article named the person", []string{
			"Vice President Kamala Harris spoke.", "Harris said Kim would go.", "Kim Jong Un left."}, nil},
		{"President + surname", []string{"President Putin arrived in Vladivostok."}, []string{"Vladivostok=g:vlad"}},
		{"title before a single capitalised word", []string{"Mr. Harris and leader Kim left for Pyongyang."}, []string{"Pyongyang=g:pyongyang"}},
		{"common words at the start of a sentence", []string{"Police said the Mobile unit was ready."}, nil},
		{"common word after a locative", []string{"He flew to Mobile and then to Police."}, []string{"Mobile=g:mobile", "Police=g:police"}},
		{"lower case single words", []string{"the police presence and a mobile phone"}, nil},
		{"weekdays and months", []string{"They met on Sunday in March at the Forum."}, nil},
		{"demonyms are not places", []string{"Russian and North Korean officials met."}, nil},
		{"given and family names alone need a locative", []string{"Kim left for Pyongyang.", "He stayed in Kim."},
			[]string{"Pyongyang=g:pyongyang", "Kim=g:kim"}},
		{"organisation names", []string{"said the Brussels School of Governance and The New York Times."}, nil},
		{"the same places outside organisation names", []string{"He teaches in Brussels and lives in New York."},
			[]string{"Brussels=g:brussels", "New York=g:nyc"}},
		{"venue from the supplement", []string{"The forum is at the Far Eastern Federal University."},
			[]string{"Far Eastern Federal University=supp:fefu"}},
		{"possessives and multi-word names", []string{"Russia's navy sailed the Sea of Japan to North Korea's coast."},
			[]string{"Russia=country:RU", "Sea of Japan=supp:sea", "North Korea=country:KP"}},
		{"abbreviations only in upper case", []string{"U.S. and US officials told us."},
			[]string{"U.S.=country:US", "US=country:US"}},
		{"country before a title", []string{"U.S. President Donald Trump met DPRK officials."},
			[]string{"U.S.=country:US", "DPRK=country:KP"}},
		{"all-capitals words are abbreviations except in a dateline", []string{"PYONGYANG, North Korea — MOBILE and KIM officials."},
			[]string{"PYONGYANG=g:pyongyang", "North Korea=country:KP"}},
		{"a given name that is also a country", []string{"Officials said the deal with Jordan held."},
			[]string{"Jordan=country:JO"}},
		{"sentence-initial stopword does not join a name", []string{"In Vladivostok, the streets were quiet."},
			[]string{"Vladivostok=g:vlad"}},
	} {
		got := found(p.ParseArticle(art(tc.text...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

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

func TestFocus(t *testing.T) {
	p := NewParser(guardWorld(t), nil)
	for _, tc := range []struct {
		text []string
		want string
	}{
		{[]string{"PYONGYANG, North Korea — Officials in Vladivostok and Vladivostok again."}, "g:pyongyang"},
		{[]string{"Officials in Vladivostok met.", "Pyongyang said no.", "Pyongyang said yes."}, "g:pyongyang"},
		{[]string{"Officials in Vladivostok met.", "Pyongyang said no."}, "g:vlad"},
		{[]string{"Russia and North Korea, and North Korea."}, "country:KP"},
		{[]string{"Nothing here."}, ""},
	} {
		if got := p.ParseArticle(art(tc.text...)).Focus; got != tc.want {
			t.Errorf("%q: focus %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNoPlacesFromPeople runs the embedded gazetteer over sentences full
// of person names (with and without titles, then the surname alone).
func TestNoPlacesFromPeople(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser(g, nil)
	res := p.ParseArticle(art(
		"North Korean leader Kim Jong Un and his sister Kim Yo Jong met President Vladimir Putin.",
		"Former President Donald Trump, Vice President Kamala Harris and adviser Jake Sullivan spoke.",
		"Ramon Pacheco Pardo, Sergei Shoigu, Dmitry Peskov and Mike Pompeo were quoted; so was Moon Jae-in.",
		"Kim said Putin, Trump, Harris, Sullivan, Pardo, Shoigu, Peskov, Pompeo and Moon agreed.",
		"Mr. Lincoln thanked Ms. Victoria Nuland and Dr. Jackson.",
	))
	if len(res.Mentions) != 0 {
		t.Errorf("places from person names: %v", found(res))
	}
}
