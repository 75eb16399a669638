package itinerary

import (
	"testing"
	"time"
)

// FuzzExtract runs Extract on random text with mentions at random offsets
// (including offsets outside the text): it must never panic, and every leg
// must join two stops of its trip.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"The president flew from Lisbon to New York on Saturday.",
		"He arrived in Hanoi late Sunday after a train journey from Beijing.",
		"The summit will be held at the Grand Hotel in Geneva on Sept. 10.",
		"She left Nairobi for Mombasa the next day, then sailed to Cape Town via Suez.",
		"", "-to-", "at the", "On Saturday's 31 April 2019 will",
	} {
		f.Add(s, 0, 5, 10, 20)
	}
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		ms := []Mention{
			{PlaceID: "p1", Name: "P1", Kind: "city", Lat: 10, Lon: 20, Start: a, End: b},
			{PlaceID: "p2", Name: "P2", Kind: "venue", Lat: -10, Lon: 179, Start: c, End: d},
		}
		docs := []Doc{
			{Source: "x", Date: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC),
				Sentences: []Sentence{{Index: 0, Text: text, Mentions: ms}, sent(1, text)}},
			{Source: "y", Sentences: []Sentence{{Index: 0, Text: text, Mentions: ms[:1]}}},
		}
		r := Extract(docs, Options{})
		for _, tr := range r.Trips {
			ids := map[string]bool{}
			for _, s := range tr.Stops {
				ids[s.PlaceID] = true
			}
			for _, l := range tr.Legs {
				if !ids[l.From] || !ids[l.To] || l.From == l.To {
					t.Fatalf("leg %s>%s in trip with stops %v", l.From, l.To, tr.Stops)
				}
			}
		}
	})
}
