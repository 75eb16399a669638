package itinerary

import (
	"testing"
)

func TestVenuePatterns(t *testing.T) {
	tests := []struct {
		name, text, want string // want: the top venue, "" for none
	}{
		{"held at", "The summit will be held at the Capella Hotel on Sentosa island.", "Capella Hotel"},
		{"talks at", "Talks at the Palais des Nations began on Monday.", "Palais des Nations"},
		{"met at", "The two leaders met at the Sofitel Legend Metropole Hotel in Hanoi.", "Sofitel Legend Metropole Hotel"},
		{"X will host", "Geneva will host the next round of negotiations.", "Geneva"},
		{"X hosted", "Helsinki hosted the 2018 summit.", "Helsinki"},
		{"held in", "The conference will be held in Nairobi.", "Nairobi"},
		{"summit in", "The summit in Hanoi ended without a deal.", "Hanoi"},
		{"ceremony at", "A signing ceremony at the Capella Hotel followed.", "Capella Hotel"},
		{"unresolved hotel", "The ministers met at the Grand Hyatt Hotel in Singapore.", "Grand Hyatt Hotel"},
		{"held at the Name", "Talks will be held at the Hofburg in Vienna on Tuesday.", "Hofburg"},
		{"met at the airport", "She was met at Helsinki Airport by the mayor.", "Helsinki Airport"},
		{"at a name without the", "A memorial service at Saint Mary's Chapel in Helsinki followed.", "Saint Mary's Chapel"},
		{"event in a name", "The state funeral in Berlin Cathedral drew thousands.", "Berlin Cathedral"},
		{"name of a name", "Talks took place at the Palace of Culture in Budapest.", "Palace of Culture"},
		{"name of a place", "A dinner at the Palace of Hungary in Budapest followed.", "Palace of Hungary"},
		{"incident", "The tanker ran aground in Suez on Tuesday.", "Suez"},
		{"a sinking", "The ferry sank in Mombasa harbour on Sunday.", "Mombasa"},
		{"a final at", "Kenya won the final at the Moi International Sports Centre in Nairobi on penalties.", "Moi International Sports Centre"},
		{"the final in", "They lost the final in Nairobi on Sunday.", "Nairobi"},
		{"venue visited", "The king visited the Palais des Nations on Monday.", "Palais des Nations"},
		{"welcomed at", "The president welcomed his guest at the Koubbeh Palace in Cairo on Thursday.", "Koubbeh Palace"},
		// must not fire
		{"a bare venue noun", "The ceremony at the Palace ended late in Vienna.", ""},
		{"a city visited", "The king visited Vienna on Monday.", ""},
		{"no place for the name", "Talks will be held at the Hofburg on Tuesday.", ""},
		{"said", "Moscow said the summit was a success.", ""},
		{"arrived at", "The delegation arrived at Helsinki Airport before the summit.", ""},
		{"no event", "He lives at the Capella Hotel in Singapore.", ""},
		{"born in", "Born in Lima, she moved to Cusco.", ""},
		{"hostage", "Tokyo demanded the hostages be freed.", ""},
		{"welcomed without a venue", "The president welcomed the decision in Cairo.", ""},
		// events that did not take place there
		{"a plan not made", "The king had been due to lay a wreath in Vienna and to attend a banquet at the Koubbeh Palace in Cairo.", ""},
		{"called off", "The summit at the Capella Hotel in Singapore was called off.", ""},
		{"could meet", "The leaders could meet at the Palais des Nations next year.", ""},
		{"not held", "The talks will not be held in Geneva.", ""},
		// another edition of the event
		{"the next summit", "The ministers agreed that the next summit would be held in Nairobi.", ""},
		{"last month's talks", "The meeting follows last month's Lisbon-Paris talks in Geneva.", ""},
		{"had last met", "The two leaders had last met in Vienna in March.", ""},
		{"the upcoming conference", "Diplomats are preparing for the upcoming conference in Geneva.", ""},
		{"the last session is this one", "The last session took place at the Palais des Nations on Friday.", "Palais des Nations"},
		{"next week's talks, a host", "Geneva will host next week's talks.", "Geneva"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract([]Doc{doc(t, "s", "2024-01-10", tt.text)}, Options{})
			got := ""
			if len(r.Venues) > 0 {
				got = r.Venues[0].Name
			}
			if got != tt.want {
				t.Errorf("%q: top venue %q, want %q (all %v)", tt.text, got, tt.want, r.Venues)
			}
		})
	}
}

func TestVenueRanking(t *testing.T) {
	docs := []Doc{
		doc(t, "a", "2018-06-08", "The summit will be held at the Capella Hotel in Singapore."),
		doc(t, "b", "2018-06-09", "The leaders will meet at the Capella Hotel on Tuesday.", "The summit in Singapore is the first."),
		doc(t, "c", "2018-06-10", "Singapore will host the summit."),
	}
	r := Extract(docs, Options{})
	if len(r.Venues) != 2 {
		t.Fatalf("venues %+v", r.Venues)
	}
	hotel, city := r.Venues[0], r.Venues[1]
	// hotel: a held-at (3+1) and b met-at (2+1); city: b summit-in (1.5) and c host (2)
	if hotel.Name != "Capella Hotel" || hotel.Score != 7 || len(hotel.Sources) != 2 || hotel.Approximate {
		t.Errorf("hotel %+v", hotel)
	}
	if city.Name != "Singapore" || city.Score != 3.5 || !city.Approximate || len(city.Evidence) != 2 {
		t.Errorf("city %+v", city)
	}
}

func TestVenueTransportHasNoBonus(t *testing.T) {
	r := Extract([]Doc{doc(t, "s", "2024-01-10",
		"She was met at Helsinki Airport by the mayor.",
		"The summit was held at the Palais des Nations in Geneva.")}, Options{})
	if len(r.Venues) != 2 || r.Venues[0].Name != "Palais des Nations" || r.Venues[0].Score != 4 ||
		r.Venues[1].Score != 2 {
		t.Errorf("venues %+v", r.Venues)
	}
}

func TestUnplacedVenueAtDateline(t *testing.T) {
	// a venue with no place before it in its sentence is at the article's
	// dateline, not at a place named after it ("where Tokyo's envoy waits")
	d := doc(t, "a", "2024-03-13",
		"Hanoi — The minister arrived on Wednesday for two days of talks.",
		"On Thursday she will meet the president at Parliament House, where Tokyo's envoy also waits.")
	r := Extract([]Doc{d}, Options{})
	for _, v := range r.Venues {
		if v.Name == "Parliament House" {
			if v.Lat != testPlaces["Hanoi"].lat || v.Lon != testPlaces["Hanoi"].lon || !v.Approximate {
				t.Errorf("Parliament House at %v,%v (approximate %v), want Hanoi's point", v.Lat, v.Lon, v.Approximate)
			}
			return
		}
	}
	t.Errorf("no Parliament House venue in %+v", r.Venues)
}
