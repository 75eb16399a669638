package itinerary

import (
	"strings"
	"testing"
)

func TestSubject(t *testing.T) {
	tests := []struct{ text, want string }{
		{"President Joe Biden flew to Geneva on Tuesday.", "joe biden"},
		{"Putin's plane landed in Geneva.", "putin"},
		{"After the talks, Biden flew from Geneva to Washington.", "biden"},
		{"Prime Minister Narendra Modi arrived in Tokyo.", "narendra modi"},
		{"On Saturday Chancellor Olaf Scholz travelled to Beijing.", "olaf scholz"},
		{"Kenya's president flew from Nairobi to Addis Ababa.", ""}, // no name: the article's last traveller
		{"He returned to Delhi on Friday.", ""},
		{"His plane touched down in Lima.", ""},
		{"The ferry departed Helsinki at dawn.", ""},
		{"Air Force One landed in Tokyo.", ""},
	}
	for _, tt := range tests {
		s := sent(0, tt.text)
		toks := tokenize(s.Text, s.Mentions, nil)
		k, _ := subject(s.Text, toks, firstCue(toks, 0, len(toks)))
		if got := strings.Join(k, " "); got != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTripsPerTraveller(t *testing.T) {
	docs := []Doc{
		doc(t, "a", "2021-06-16",
			"President Joe Biden flew to Geneva from Brussels on Tuesday.",
			"Putin's plane landed in Geneva on Wednesday after a flight from Moscow.",
			"Putin flew back to Moscow on Wednesday evening."),
		doc(t, "b", "2021-06-17",
			"Biden flew from Geneva to Washington on Wednesday.",
			"He arrived in Washington late Wednesday."),
	}
	r := Extract(docs, Options{})
	var got []string
	for _, tr := range r.Trips {
		got = append(got, tr.Traveller+": "+legString([]Trip{tr}))
	}
	want := []string{
		"Joe Biden: brussels>geneva:air:2021-06-15 geneva>washington:air:2021-06-16 |",
		"Putin: moscow>geneva:air:2021-06-16 geneva>moscow:air:2021-06-16 |",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// "He arrived in Washington" is Biden's (the last traveller named in b)
	if n := len(r.Trips[0].Legs[1].Evidence); n != 2 {
		t.Errorf("Geneva-Washington evidence %d, want 2", n)
	}
}
